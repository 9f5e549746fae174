// How a run's decision flow is shown: the dry-run says which steps an outcome leaves unreached for
// the vars given, and the job summary's flowchart of a real run draws the branches with their guards,
// the steps not taken and not reached, and the outcome the run ended with.
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderSummary } from '../../src/action/summary.js'
import type { RunState, RunView } from '../../src/engine/model.js'
import { foldTrace } from '../../src/engine/reduce.js'
import { parse } from 'yaml'
import type { RunbookV0 } from '../../src/runbook/index.js'
import { workspace } from '../helpers/workspace.js'

const RUNBOOK = `apiVersion: runbook/v0
meta:
  name: branchy
  vars: {env: staging}
  governance: {allowed_commands: [uname]}
steps:
  - id: probe
    type: cli
    with: {argv: [uname]}
  - id: prod_fix
    type: cli
    when: vars.env == "prod"
    with: {argv: [uname, -n]}
  - id: staging_fix
    type: cli
    when: vars.env == "staging"
    with: {argv: [uname, -s]}
    outcomes:
      - {when: 'vars.env == "staging"', state: resolved, recommendation: Staging fixed.}
  - id: after
    type: cli
    with: {argv: [uname, -r]}
`

describe('the decision flow, shown', () => {
  const ws = workspace()
  afterAll(() => ws.cleanup())
  beforeAll(() => writeFileSync(join(ws.dir, 'rb.yaml'), RUNBOOK))

  it('dry-run: the steps after a step whose outcome ends the run for these vars are not reached', async () => {
    const r = await ws.run(['exec', 'rb.yaml', '--mode', 'dry-run'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      '    outcome:  resolved (when vars.env == "staging" holds for these vars): ends the run when this step passes\n'
    )
    expect(r.stdout).toContain(
      "[4/4] after (cli)\n    not reached: the outcome of 'staging_fix' ends the run before this step\n"
    )
    expect(r.stdout).toContain('  runs:                 probe, staging_fix\n')
    expect(r.stdout).toContain('  not reached:          after\n')
    // For vars under which no outcome holds, every step is reached.
    const prod = await ws.run(['exec', 'rb.yaml', '--mode', 'dry-run', '--var', 'env=prod'])
    expect(prod.stdout).not.toContain('not reached')
    expect(prod.stdout).toContain('  runs:                 probe, prod_fix, after\n')
  })

  it('job summary of a real run: guards on the edges, not taken / not reached nodes, the outcome node', async () => {
    const r = await ws.run(['exec', 'rb.yaml'])
    expect(r.code).toBe(0)
    const trace = ws.trace(ws.onlyRun())
    // The Action's report gives the summary the folded state and the run's results, in trace order.
    const state: RunView = {
      ...(foldTrace(trace) as RunState),
      history: trace.flatMap((t) => (t.type === 'step_result' ? [t.result] : []))
    }
    const md = renderSummary({
      runbook: parse(RUNBOOK) as RunbookV0,
      source: 'rb.yaml',
      state,
      runError: null
    })
    expect(md).toContain('**Outcome:** resolved at step `staging_fix`: Staging fixed.')
    const chart = /```mermaid\n([\s\S]*?)```/.exec(md)?.[1] ?? ''
    expect(chart.split('\n').filter((l) => !l.includes('classDef'))).toEqual([
      'flowchart TD',
      '  s0["1. probe"]:::passed',
      '  s1["2. prod_fix<br/>not taken"]:::nottaken',
      '  s2["3. staging_fix"]:::passed',
      '  s3["4. after<br/>not reached"]:::notreached',
      '  s0 -->|"when vars.env == #quot;prod#quot;"| s1',
      '  s0 -->|"when vars.env == #quot;staging#quot;"| s2',
      '  s1 --> s3',
      '  s2 --> s3',
      '  s0 -.->|"else"| s3',
      '  outcome(["outcome: resolved"]):::outcome',
      '  s2 --> outcome',
      ''
    ])
  })

  it('a choice whose every option has a branch draws no else edge; one with an option left bare does', async () => {
    const choice = (options: string): string => `apiVersion: runbook/v0
meta: {name: picked, governance: {allowed_commands: [uname]}}
steps:
  - id: pick
    type: manual
    instructions: Pick one.
    required_evidence: [{kind: choice, name: case, options: [${options}]}]
  - {id: do_a, type: cli, when: 'evidence.pick.case == "a"', with: {argv: [uname]}}
  - {id: do_b, type: cli, when: 'evidence.pick.case == "b"', with: {argv: [uname, -n]}}
  - {id: after, type: cli, with: {argv: [uname, -r]}}
`
    writeFileSync(join(ws.dir, 'pick.yaml'), choice('a, b'))
    const before = new Set(readdirSync(ws.runsDir))
    expect((await ws.run(['exec', 'pick.yaml'])).code).toBe(5)
    const id = readdirSync(ws.runsDir).find((x) => !before.has(x)) as string
    expect((await ws.run(['resume', id, '--choose', 'case=b'])).code).toBe(0)
    const trace = ws.trace(id)
    const state: RunView = {
      ...(foldTrace(trace) as RunState),
      history: trace.flatMap((t) => (t.type === 'step_result' ? [t.result] : []))
    }
    const chart = (text: string): string =>
      renderSummary({
        runbook: parse(text) as RunbookV0,
        source: 'pick.yaml',
        state,
        runError: null
      })
    const both = chart(choice('a, b'))
    expect(both).toContain('  s0 -->|"when evidence.pick.case == #quot;b#quot;"| s2\n')
    expect(both).toContain('  s1["2. do_a<br/>not taken"]:::nottaken\n')
    expect(both).not.toContain('else')
    expect(chart(choice('a, b, c'))).toContain('  s0 -.->|"else"| s3\n')
  })
})
