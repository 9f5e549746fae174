// A manual provider that will supply nothing more (replay evidence) makes an incomplete step fail,
// with what is missing and what was refused, instead of pausing the run forever.
import { startRun } from '../../src/engine/driver.js'
import { foldTrace } from '../../src/engine/reduce.js'
import type { ManualSubmission } from '../../src/engine/providers.js'
import { fakeDeps, historyOf, runbookFrom, START, SuppliedManual } from '../helpers/engine-fakes.js'

const RUNBOOK = runbookFrom(`
apiVersion: runbook/v0
meta: {name: test}
steps:
  - id: review
    type: manual
    instructions: Review the dashboard.
    required_evidence:
      - {kind: text, name: ticket}
      - {kind: checklist, name: checks, items: [a, b]}
    approvals: {min: 1}
  - id: after
    type: manual
    instructions: Never reached.
`)

async function runWith(submission: ManualSubmission) {
  const deps = fakeDeps(RUNBOOK, { manual: new SuppliedManual(submission) })
  const state = await startRun(deps, { ...START, steps_total: 2, vars: {} })
  return { state, deps }
}

describe('manual submissions marked exhausted', () => {
  it('fail the step, naming what is missing and what was refused', async () => {
    const { state, deps } = await runWith({
      evidence: [
        { name: 'ticket', kind: 'text', value: 'INC-1' },
        { name: 'checks', kind: 'text', value: 'a' }
      ],
      approvals: [],
      exhausted: 'no more replay evidence for this step in s.evidence.yaml'
    })
    expect(state.status).toBe('failed')
    expect(historyOf(deps).map((h) => `${h.step_id}:${h.status}`)).toEqual(['review:failed'])
    const error = historyOf(deps)[0]?.error ?? ''
    expect(error).toBe(
      "no more replay evidence for this step in s.evidence.yaml; still missing evidence 'checks', 1 approval(s); refused evidence checks: evidence 'checks' is checklist evidence, but a text value was given"
    )
    expect(Object.keys(historyOf(deps)[0]?.evidence ?? {})).toEqual(['ticket'])
    const finished = deps.store.records.find((r) => r.type === 'run_finished')
    expect(finished).toMatchObject({ type: 'run_finished', status: 'failed', failure: 'step' })
    expect(foldTrace(deps.store.records)).toEqual(state)
  })

  it('complete the step when nothing is missing, and pause as before without the mark', async () => {
    const full = await runWith({
      evidence: [
        { name: 'ticket', kind: 'text', value: 'INC-1' },
        { name: 'checks', kind: 'checklist', items: ['a', 'b'] }
      ],
      approvals: [{ approver: 'alice' }],
      exhausted: 'replay evidence'
    })
    expect(full.state.status).toBe('passed')
    const paused = await runWith({ evidence: [], approvals: [] })
    expect(paused.state.status).toBe('paused')
    expect(historyOf(paused.deps)).toEqual([])
  })
})
