// RunState is the fold of the trace: reduce() applies one recorded event. Resume replays the events
// after the latest snapshot through it, and verify re-folds the whole trace to check every snapshot.
//
// Each event costs O(1): the state holds no list or map that grows with the run (step results stay
// in the trace, attempts are counted for the current step only), and a new state shares every
// field the event does not change. A step that captures adds its values to a persistent map, in
// O(log n) (see captures.ts), never copying the values captured before.
import type { TraceRecord } from './events.js'
import { Captures } from './captures.js'
import type { RunState, StepResult } from './model.js'

/** A trace whose events do not describe a possible run (wrong order, unknown step, ...). */
export class TraceInconsistencyError extends Error {
  override name = 'TraceInconsistencyError'
  constructor(
    readonly seq: number,
    message: string
  ) {
    super(`event ${seq}: ${message}`)
  }
}

const emptyCollected = (): RunState['collected'] => ({ evidence: {}, approvals: [] })

/** Applies one trace record to the state. Pure: returns a new state, never mutates the input. */
export function reduce(state: RunState | undefined, record: TraceRecord): RunState {
  if (record.type === 'run_started') {
    if (state !== undefined)
      throw new TraceInconsistencyError(record.seq, 'run_started after the run had started')
    return {
      run_id: record.run_id,
      runbook_path: record.runbook_path,
      runbook_digest: record.runbook_digest,
      runbook_name: record.runbook_name,
      mode: record.mode,
      status: 'running',
      started_at: record.ts,
      actor: record.actor,
      steps_total: record.steps_total,
      current_step_index: 0,
      vars: { ...record.vars },
      redacted_vars: [...record.redacted_vars],
      captures: Captures.empty,
      results: { passed: 0, failed: 0, skipped: 0, not_taken: 0 },
      collected: emptyCollected(),
      attempt: 0,
      seq: record.seq
    }
  }
  if (state === undefined)
    throw new TraceInconsistencyError(record.seq, `${record.type} before run_started`)
  if (record.seq !== state.seq + 1) {
    throw new TraceInconsistencyError(
      record.seq,
      `expected event ${state.seq + 1}, found ${record.seq}`
    )
  }
  const next: RunState = { ...state, seq: record.seq }
  // Governance decisions are also recorded for later steps before anything runs (preflight).
  if (record.type === 'step_started' && record.step_index !== state.current_step_index) {
    throw new TraceInconsistencyError(
      record.seq,
      `${record.type} for step ${record.step_index}, but the run is at step ${state.current_step_index}`
    )
  }
  switch (record.type) {
    case 'governance_decision':
    case 'snapshot_written':
      return next
    case 'decision_recorded':
      return decisionOf(next, record)
    case 'step_started':
      return {
        ...next,
        status: 'running',
        pending: undefined,
        attempt: record.attempt,
        collected: { ...state.collected, started_at: record.ts }
      }
    case 'evidence_recorded':
      return {
        ...next,
        collected: {
          ...state.collected,
          evidence: { ...state.collected.evidence, [record.evidence.name]: record.evidence }
        }
      }
    case 'approval_recorded': {
      const approvals = state.collected.approvals.filter(
        (a) => a.approver !== record.approval.approver
      )
      return {
        ...next,
        collected: { ...state.collected, approvals: [...approvals, record.approval] }
      }
    }
    case 'confirmation_recorded':
      return { ...next, collected: { ...state.collected, confirmed_by: record.by } }
    case 'step_result': {
      const r = record.result
      if (r.step_index !== state.current_step_index) {
        throw new TraceInconsistencyError(
          record.seq,
          `result for step ${r.step_index}, but the run is at step ${state.current_step_index}`
        )
      }
      const failed = r.status === 'failed'
      return {
        ...next,
        results: { ...state.results, [r.status]: state.results[r.status] + 1 },
        captures: state.captures.with(record.captures),
        current_step_index: failed ? state.current_step_index : state.current_step_index + 1,
        attempt: failed ? state.attempt : 0,
        collected: emptyCollected(),
        pending: undefined,
        decided: undefined
      }
    }
    case 'run_paused':
      return { ...next, status: 'paused', pending: record.pending }
    case 'run_resumed':
      return { ...next, status: 'running', pending: undefined }
    case 'run_finished':
      checkEnding(state, record)
      return {
        ...next,
        status: record.status,
        pending: undefined,
        ...(record.outcome === undefined ? {} : { outcome: record.outcome }),
        ...(record.ended_by === undefined ? {} : { ended_by: record.ended_by })
      }
  }
}

/**
 * A paused run finishes only when a person ends it (ended_by, failed or cancelled), and only a
 * paused run is ended that way: a run cannot be cancelled mid-step or a finished one ended again.
 */
function checkEnding(
  state: RunState,
  record: Extract<TraceRecord, { type: 'run_finished' }>
): void {
  const paused = state.status === 'paused'
  if (paused && record.ended_by === undefined)
    throw new TraceInconsistencyError(
      record.seq,
      'run_finished while the run is paused, without who ended it (ended_by)'
    )
  if (!paused && record.ended_by !== undefined)
    throw new TraceInconsistencyError(
      record.seq,
      `run_finished ended by ${record.ended_by.by}, but the run was ${state.status}, not paused`
    )
  if (record.ended_by !== undefined && record.status === 'passed')
    throw new TraceInconsistencyError(record.seq, 'a run a person ended cannot have passed')
  if (record.status === 'cancelled' && record.ended_by === undefined)
    throw new TraceInconsistencyError(record.seq, 'a cancelled run_finished without ended_by')
}

/** A guard decision on the current step is kept until its result, so a resume takes the same one. */
function decisionOf(
  state: RunState,
  record: Extract<TraceRecord, { type: 'decision_recorded' }>
): RunState {
  if (record.kind !== 'guard' || record.result === null) return state
  if (record.step_index !== state.current_step_index) {
    throw new TraceInconsistencyError(
      record.seq,
      `decision for step ${record.step_index}, but the run is at step ${state.current_step_index}`
    )
  }
  return { ...state, decided: { step_index: record.step_index, taken: record.result } }
}

/** Folds a whole trace; throws TraceInconsistencyError on an impossible sequence. */
export function foldTrace(records: readonly TraceRecord[], from?: RunState): RunState | undefined {
  let state = from
  for (const r of records) state = reduce(state, r)
  return state
}

/** The step results a trace recorded, in order: the run's history. */
export function stepResults(records: Iterable<TraceRecord>): StepResult[] {
  const results: StepResult[] = []
  for (const r of records) if (r.type === 'step_result') results.push(r.result)
  return results
}
