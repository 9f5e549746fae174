// Manual steps in replay: evidence from the evidence file under replay_mode: reuse_evidence, fail
// closed without it; confirmations from approvals; resuming a paused replay where it stopped.
import { resumeRun } from '../../../src/engine/driver.js'
import { Recorder } from '../../../src/providers/replay/recorder.js'
import { ReplayCliProvider } from '../../../src/providers/replay/replay-cli.js'
import { ReplayManualProvider } from '../../../src/providers/replay/replay-manual.js'
import { parseEvidenceFile } from '../../../src/runbook/index.js'
import type { EvidenceFile } from '../../../src/runbook/index.js'
import { runbookFrom, SuppliedManual } from '../../helpers/engine-fakes.js'
import { replayRig, scenarioOf, startReplay } from './helpers.js'

const RUNBOOK = (mode = 'reuse_evidence') =>
  runbookFrom(`
apiVersion: runbook/v0
meta: {name: review-flow}
steps:
  - {id: look, type: cli, with: {argv: [kubectl, get, pods]}}
  - id: review
    type: manual
    instructions: Check the dashboard.
    replay_mode: ${mode}
    required_evidence:
      - {kind: text, name: ticket}
      - {kind: checklist, name: checks, items: [errors, latency]}
    approvals: {min: 1, roles: [DRI]}
  - {id: cleanup, type: cli, with: {argv: [kubectl, delete, pod, web-0]}}
`)

const SCENARIO = scenarioOf(`
meta: {name: review}
steps:
  - {match: {argv: [kubectl, get, pods]}, respond: {stdout: "web-0 Running\\n"}}
  - {match: {argv: [kubectl, delete, pod, web-0]}, respond: {stdout: "deleted\\n"}}
`)

function evidence(yaml: string): EvidenceFile {
  const r = parseEvidenceFile(yaml, 'scenario.evidence.yaml')
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '))
  return r.inputs
}

const COMPLETE = `
review:
  ticket: {kind: text, value: INC-42}
  checks: {kind: checklist, items: [errors, latency]}
  alice: {kind: approval, role: DRI}
cleanup:
  bob: {kind: approval}
`

describe('manual steps in replay', () => {
  it('take their evidence and approvals from the evidence file; a cli approval confirms', async () => {
    const rig = replayRig(RUNBOOK(), SCENARIO, { evidence: evidence(COMPLETE) })
    const state = await startReplay(rig)
    expect(state.status).toBe('passed')
    const review = state.history[1]
    expect(review?.evidence.ticket?.value).toBe('INC-42')
    expect(review?.evidence.checks?.items).toEqual(['errors', 'latency'])
    expect(review?.approvals?.map((a) => `${a.approver}/${a.role ?? ''}`)).toEqual(['alice/DRI'])
    const confirmed = rig.deps.store.records.find((r) => r.type === 'confirmation_recorded')
    expect(confirmed).toMatchObject({ step_id: 'cleanup', by: 'bob', method: 'approval' })
  })

  it('fail a destructive step closed when no approver confirms it and no terminal can', async () => {
    const noConfirm = evidence(COMPLETE.replace('cleanup:\n  bob: {kind: approval}\n', ''))
    const rig = replayRig(RUNBOOK(), SCENARIO, { evidence: noConfirm })
    const state = await startReplay(rig)
    expect(state.status).toBe('failed')
    const cleanup = state.history.find((h) => h.step_id === 'cleanup')
    expect(cleanup).toMatchObject({ status: 'failed', exit_code: null, attempt: 0 })
    expect(cleanup?.error).toMatch(
      /^it needs a two-step confirmation: destructive command: .*; no approver confirms it in scenario\.evidence\.yaml \(add cleanup: \{NAME: \{kind: approval\}\}\)$/
    )
    expect(
      rig.deps.store.records.some((r) => r.type === 'step_started' && r.step_id === 'cleanup')
    ).toBe(false)
  })

  it('fail closed when the file has nothing for the step', async () => {
    const rig = replayRig(RUNBOOK(), SCENARIO, {
      evidence: evidence('cleanup: {bob: {kind: approval}}')
    })
    const state = await startReplay(rig)
    expect(state.status).toBe('failed')
    expect(state.history[1]).toMatchObject({ step_id: 'review', status: 'failed' })
    expect(state.history[1]?.error).toBe(
      "no replay evidence for step 'review' in scenario.evidence.yaml; still missing evidence 'ticket', evidence 'checks', 1 approval(s)"
    )
  })

  it('fail closed when the evidence is incomplete or refused, keeping what was accepted', async () => {
    const partial = evidence(`
review:
  ticket: {kind: text, value: INC-42}
  checks: {kind: checklist, items: [errors]}
  eve: {kind: approval, role: intern}
`)
    const state = await startReplay(replayRig(RUNBOOK(), SCENARIO, { evidence: partial }))
    expect(state.history[1]?.status).toBe('failed')
    expect(state.history[1]?.error).toBe(
      "the replay evidence for step 'review' in scenario.evidence.yaml does not complete it; still missing evidence 'checks', 1 approval(s); refused approval by eve: approver 'eve' must hold one of the roles DRI (give it with --role ROLE); 'intern' is not one of them"
    )
    expect(state.history[1]?.evidence.ticket?.value).toBe('INC-42')
  })

  it('without reuse_evidence, ask the fallback (a terminal) or fail closed when there is none', async () => {
    const closed = await startReplay(
      replayRig(RUNBOOK('prompt'), SCENARIO, { evidence: evidence(COMPLETE) })
    )
    expect(closed.history[1]?.error).toContain(
      "manual step 'review' has no replay_mode: reuse_evidence, and replay has no terminal to ask for its inputs"
    )
    const fallback = new SuppliedManual({
      evidence: [
        { name: 'ticket', kind: 'text', value: 'typed' },
        { name: 'checks', kind: 'checklist', items: ['errors', 'latency'] }
      ],
      approvals: [{ approver: 'carol', role: 'DRI' }]
    })
    const rig = replayRig(RUNBOOK('prompt'), SCENARIO, { evidence: evidence(COMPLETE), fallback })
    const state = await startReplay(rig)
    expect(fallback.requests.map((r) => r.step.id)).toEqual(['review'])
    expect(state.history[1]?.evidence.ticket?.value).toBe('typed')
  })
})

describe('resuming a paused replay', () => {
  it('restores the scenario position from the history, then goes on', async () => {
    // No approval for the destructive step, and a terminal that gives none yet (interrupted):
    // the run pauses for its confirmation.
    const noConfirm = evidence(COMPLETE.replace('cleanup:\n  bob: {kind: approval}\n', ''))
    const rig = replayRig(RUNBOOK(), SCENARIO, {
      evidence: noConfirm,
      fallback: new SuppliedManual()
    })
    const paused = await startReplay(rig)
    expect(paused.status).toBe('paused')
    expect(paused.pending?.kind).toBe('confirmation')

    const cli = new ReplayCliProvider(SCENARIO, { clock: rig.deps.clock })
    expect(cli.restore(paused.history)).toEqual([])
    const manual = new SuppliedManual(undefined, { by: 'bob', method: 'approval' })
    const done = await resumeRun({ ...rig.deps, cli, manual }, paused)
    expect(done.status).toBe('passed')
    expect(cli.snapshot().steps.map((s) => s.calls)).toEqual([1, 1])
    expect(await cli.finish()).toEqual([])
  })

  it('says so when the history no longer fits the scenario', () => {
    const other = scenarioOf('meta: {name: o}\nsteps: [{match: {argv: [kubectl, get, nodes]}}]')
    const cli = new ReplayCliProvider(other, {
      clock: { sleep: () => Promise.resolve(), monotonicMs: () => 0 }
    })
    const problems = cli.restore([
      {
        run_id: 'r',
        step_id: 'look',
        step_index: 0,
        type: 'cli',
        status: 'passed',
        actor: 'engine',
        started_at: '',
        ended_at: '',
        duration_ms: 0,
        attempt: 1,
        argv: ['kubectl', 'get', 'pods'],
        exit_code: 0,
        evidence: {},
        captures: {},
        error: null
      }
    ])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(
      "step 'look' ran before the pause, but its recorded argv no longer fits"
    )
    expect(problems[0]).toContain("argv[2]: expected 'nodes', got 'pods'")
  })
})

describe('closing', () => {
  it('passes close() on to the fallback, and so does the recorder', () => {
    let closed = 0
    const terminal = {
      collect: () => Promise.resolve({ evidence: [], approvals: [] }),
      confirm: () => Promise.resolve(undefined),
      close: () => {
        closed++
      }
    }
    new ReplayManualProvider({ evidence: {}, fallback: terminal }).close()
    new Recorder((t) => t).manual(terminal).close?.()
    expect(closed).toBe(2)
  })
})
