// Replay through the real engine driver: cli steps answered from the scenario in-process, fail
// closed on an unexpected call or an unconsumed expectation, delays, and the normal trace.
import { foldTrace } from '../../../src/engine/reduce.js'
import { runbookFrom } from '../../helpers/engine-fakes.js'
import { replayRig, scenarioOf, startReplay } from './helpers.js'

const RUNBOOK = `
apiVersion: runbook/v0
meta: {name: pods-check, vars: {ns: prod}}
steps:
  - {id: kernel, type: cli, with: {argv: [uname, -r]}, capture: {kernel: stdout}}
  - id: pods
    type: cli
    assertions: [{contains: Running}, {not_contains: CrashLoopBackOff}]
    with: {argv: [kubectl, get, pods, -n, "{{ .ns }}", "--label=k={{ .kernel }}"]}
  - id: apply
    type: cli
    with: {argv: [kubectl, apply, -f, "-"], stdin: "kind: Pod\\n"}
    capture: {applied: stdout}
`

const SCENARIO = `
meta: {name: pods, vars: {cluster: aks-1}}
steps:
  - match: {argv: [uname, -r]}
    respond: {stdout: "6.1.0\\n", capture: {host: node-7}}
  - match: {argv: [kubectl, get, pods, -n, '{{ .any }}', '{{ .regex "^--label=k=6\\." }}']}
    respond: {stdout: "web-0 Running on {{ .cluster }}/{{ .capture.host }}\\n", delay: 1.5s}
  - match:
      argv: [kubectl, apply, -f, '-']
      stdin: "kind: Pod"
    respond: {stdout: "pod/web-0 created\\n"}
`

describe('a replay run', () => {
  it('answers every cli step from the scenario: outputs, templates, captures, assertions', async () => {
    const rig = replayRig(runbookFrom(RUNBOOK), scenarioOf(SCENARIO))
    const state = await startReplay(rig, { ns: 'prod' })
    expect(state.status).toBe('passed')
    expect(state.mode).toBe('replay')
    expect(state.history.map((h) => `${h.step_id}:${h.status}:${h.exit_code}`)).toEqual([
      'kernel:passed:0',
      'pods:passed:0',
      'apply:passed:0'
    ])
    expect(state.history[1]?.stdout?.head).toBe('web-0 Running on aks-1/node-7\n')
    expect(state.captures.toObject()).toEqual({ kernel: '6.1.0', applied: 'pod/web-0 created' })
    expect(rig.sleeps).toEqual([1500])
    expect(rig.cli.snapshot().calls).toEqual([
      { step_id: 'kernel', attempt: 1, scenario_index: 0 },
      { step_id: 'pods', attempt: 1, scenario_index: 1 },
      { step_id: 'apply', attempt: 1, scenario_index: 2 }
    ])
  })

  it('writes the normal trace, snapshots and manifest, marked mode replay', async () => {
    const rig = replayRig(runbookFrom(RUNBOOK), scenarioOf(SCENARIO))
    const state = await startReplay(rig, { ns: 'prod' })
    const { store } = rig.deps
    expect(store.records[0]).toMatchObject({ type: 'run_started', mode: 'replay' })
    expect([...store.snapshots.keys()]).toEqual([3]) // at the end: fewer than SNAPSHOT_STEPS steps
    expect(store.manifests.map((m) => [m.mode, m.status])).toEqual([['replay', 'passed']])
    expect(store.records.filter((r) => r.type === 'governance_decision')).toHaveLength(3)
    expect(store.records[1]).toMatchObject({ argv0: 'uname', resolved_path: 'uname' })
    const { history, ...folded } = state
    expect(history).toHaveLength(3)
    expect(foldTrace(store.records)).toEqual(folded)
  })

  it('fails a step whose command changed, with the argv diff, and runs nothing after it', async () => {
    const changed = RUNBOOK.replace('[uname, -r]', '[uname, -a]')
    const rig = replayRig(runbookFrom(changed), scenarioOf(SCENARIO))
    const state = await startReplay(rig, { ns: 'prod' })
    expect(state.status).toBe('failed')
    expect(state.history).toHaveLength(1)
    expect(state.history[0]).toMatchObject({ step_id: 'kernel', status: 'failed', exit_code: null })
    expect(state.history[0]?.error?.split('\n')).toEqual([
      'replay: no scenario step matches this call, so nothing ran (replay is fail-closed)',
      "  closest expected call: step 1 'uname -r' (scenario.yaml:4)",
      '    expected  uname  -r',
      '    actual    uname  -a',
      '                     ^^',
      "    argv[1]: expected '-r', got '-a'"
    ])
    const finished = rig.deps.store.records.find((r) => r.type === 'run_finished')
    expect(finished).toMatchObject({ status: 'failed', failure: 'step' })
    expect(rig.cli.snapshot().calls).toEqual([
      { step_id: 'kernel', attempt: 1, scenario_index: null }
    ])
  })

  it('fails the run when scenario steps are still owed at the end (unconsumed expectations)', async () => {
    const extra = `${SCENARIO}
  - match: {argv: [kubectl, rollout, status, deploy/web]}
    calls: {min: 2, max: 3}
`
    const rig = replayRig(runbookFrom(RUNBOOK), scenarioOf(extra))
    const state = await startReplay(rig, { ns: 'prod' })
    expect(state.status).toBe('failed')
    expect(state.history.every((h) => h.status === 'passed')).toBe(true)
    const finished = rig.deps.store.records.find((r) => r.type === 'run_finished')
    expect(finished).toMatchObject({
      failure: 'replay',
      error:
        "unconsumed expectation: scenario step 4 'kubectl rollout status deploy/web' (scenario.yaml:13) was called 0 time(s), expected at least 2"
    })
    expect(rig.cli.snapshot().unconsumed).toHaveLength(1)
  })

  it("returns the scenario's exit code, judged by the runbook as a real one would be", async () => {
    const rb = runbookFrom(`apiVersion: runbook/v0
meta: {name: t}
steps:
  - {id: probe, type: cli, with: {argv: [curl, -f, x]}, assertions: [{exit_code: 22}]}
  - {id: again, type: cli, with: {argv: [curl, -f, x]}}`)
    const s = scenarioOf(`meta: {name: s}
steps:
  - {match: {argv: [curl, -f, x]}, respond: {exit: 22, stderr: "404"}, calls: {min: 2, max: 2}}`)
    const state = await startReplay(replayRig(rb, s))
    expect(state.history.map((h) => `${h.step_id}:${h.status}:${h.exit_code}`)).toEqual([
      'probe:passed:22',
      'again:failed:22'
    ])
    expect(state.history[1]?.error).toBe('exited with code 22')
  })
})

describe('delays and variables', () => {
  const rb = runbookFrom(`apiVersion: runbook/v0
meta: {name: t}
steps:
  - {id: a, type: cli, with: {argv: [slow]}}`)
  const scenario = (delay: string) =>
    scenarioOf(`meta: {name: s, vars: {who: scenario, AWS_X: safe}, security: {deny_env_vars: [AWS_*]}}
steps:
  - {match: {argv: [slow]}, respond: {delay: ${delay}, stdout: "{{ .who }} {{ .AWS_X }}"}}`)

  it('caps respond.delay at 5s, or at the given cap, and skips it with noDelay', async () => {
    const capped = replayRig(rb, scenario('1h'))
    await startReplay(capped)
    expect(capped.sleeps).toEqual([5000])
    const custom = replayRig(rb, scenario('1h'), { cli: { maxDelayMs: 20 } })
    await startReplay(custom)
    expect(custom.sleeps).toEqual([20])
    const none = replayRig(rb, scenario('300ms'), { cli: { noDelay: true } })
    expect((await startReplay(none)).status).toBe('passed')
    expect(none.sleeps).toEqual([])
  })

  it('pauses the run when interrupted during a delay, like a killed process', async () => {
    const rig = replayRig(rb, scenario('2s'), { abortOnSleep: true })
    const state = await startReplay(rig)
    expect(state.status).toBe('paused')
    expect(state.history).toEqual([])
  })

  it('lets environment variables override meta.vars, except those deny_env_vars matches', async () => {
    const env = { who: 'env', AWS_X: 'leaked' }
    const rig = replayRig(rb, scenario('0s'), { cli: { env } })
    const state = await startReplay(rig)
    expect(state.history[0]?.stdout?.head).toBe('env safe')
    const denied = replayRig(rb, scenario('0s'), { cli: { env, denyEnvVars: ['who'] } })
    expect((await startReplay(denied)).history[0]?.stdout?.head).toBe('scenario safe')
  })
})
