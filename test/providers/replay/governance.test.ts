// The scenario's security section narrows the runbook's governance: allowed by both lists, deny
// lists added up; the engine then refuses what either side refuses, before anything runs.
import {
  effectiveGovernance,
  intersectCommandLists,
  NOTHING_ALLOWED,
  withScenarioGovernance
} from '../../../src/providers/replay/governance.js'
import { runbookFrom } from '../../helpers/engine-fakes.js'
import { replayRig, scenarioOf, startReplay } from './helpers.js'

const scenario = (allowed: string[], deny: string[] = []) => ({
  name: 's',
  allowedCommands: allowed,
  denyEnvVars: deny
})

describe('intersectCommandLists', () => {
  it.each([
    [['kubectl', 'az'], ['kubectl', 'helm'], ['kubectl']],
    [['/usr/bin/kubectl'], ['kubectl'], ['/usr/bin/kubectl']],
    [['kubectl'], ['/opt/bin/kubectl', '/opt/bin/helm'], ['/opt/bin/kubectl']],
    [['/usr/bin/../bin/kubectl'], ['/usr/bin/kubectl'], ['/usr/bin/../bin/kubectl']],
    [['/a/kubectl'], ['/b/kubectl'], []],
    [['kubectl'], ['helm'], []]
  ])('%j and %j allow %j', (a, b, both) => {
    expect(intersectCommandLists(a, b)).toEqual(both)
  })
})

describe('effectiveGovernance', () => {
  it('keeps the runbook policy when the scenario lists no command, and adds deny_env_vars', () => {
    const runbook = {
      allowed_commands: ['kubectl'],
      denied_commands: ['rm'],
      deny_env_vars: ['AWS_*']
    }
    expect(effectiveGovernance(runbook, scenario([], ['AWS_*', 'SECRET_*']))).toEqual({
      governance: { ...runbook, deny_env_vars: ['AWS_*', 'SECRET_*'] }
    })
  })

  it("uses the scenario's list when the runbook has none, and the intersection when both do", () => {
    expect(
      effectiveGovernance(undefined, scenario(['kubectl'])).governance.allowed_commands
    ).toEqual(['kubectl'])
    expect(
      effectiveGovernance({ allowed_commands: ['kubectl', 'df'] }, scenario(['kubectl', 'az']))
        .governance.allowed_commands
    ).toEqual(['kubectl'])
  })

  it('refuses everything, saying why, when the two lists share no command', () => {
    const r = effectiveGovernance({ allowed_commands: ['df'] }, scenario(['kubectl']))
    expect(r.governance.allowed_commands).toEqual([NOTHING_ALLOWED])
    expect(r.refused).toBe(
      "no command may run: the runbook allows only df and scenario 's' only kubectl"
    )
  })
})

describe('a replay under the effective governance', () => {
  it('is refused before its first call when the scenario does not allow a command of the runbook', async () => {
    const rb = runbookFrom(`apiVersion: runbook/v0
meta: {name: t, governance: {allowed_commands: [kubectl, df]}}
steps:
  - {id: pods, type: cli, with: {argv: [kubectl, get, pods]}}
  - {id: disk, type: cli, with: {argv: [df, -h]}}`)
    const s = scenarioOf(`meta: {name: s, security: {allowed_commands: [kubectl]}}
steps:
  - {match: {argv: [kubectl, get, pods]}}`)
    const governed = withScenarioGovernance(rb, s)
    expect(governed.refused).toBeUndefined()
    const rig = replayRig(governed.runbook, s)
    const state = await startReplay(rig)
    expect(state.status).toBe('failed')
    expect(state.history).toEqual([])
    expect(rig.cli.snapshot().calls).toEqual([])
    const finished = rig.deps.store.records.find((r) => r.type === 'run_finished')
    expect(finished).toMatchObject({
      failure: 'governance',
      error:
        "governance refused the run before it started: step 'disk': 'df' (resolves to df) is not in allowed_commands (kubectl)"
    })
  })
})
