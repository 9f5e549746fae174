// A paused run a person ends instead of answering it: `/deny REASON` fails it, `/cancel REASON` (or
// closing its issue, or `runbook resume --cancel`) cancels it. The ending is the run's
// run_finished, with who ended it, why and where, so the trace, run.json and verify all say so.
import { finished, stop, type RecordDeps } from './driver.js'
import type { RunEnding, RunState } from './model.js'

/** The run was not paused, so a person cannot end it this way (the caller checks first). */
export class NotPausedError extends Error {
  override name = 'NotPausedError'
}

/** Records the ending of a paused run and commits it; the reason is redacted before it is stored. */
export async function endPausedRun(
  deps: RecordDeps & { redact: (text: string) => string },
  state: RunState,
  status: 'failed' | 'cancelled',
  ending: RunEnding
): Promise<RunState> {
  if (state.status !== 'paused')
    throw new NotPausedError(`the run is ${state.status}, not paused: only a paused run is ended`)
  const ended_by: RunEnding = {
    by: ending.by,
    reason: deps.redact(ending.reason),
    ...(ending.via === undefined ? {} : { via: ending.via })
  }
  const step = state.pending?.step_id
  const at = step === undefined ? '' : ` at step '${step}'`
  const verb = status === 'failed' ? 'denied' : 'cancelled'
  const error = `${verb} by ${ended_by.by}${at}: ${ended_by.reason}`
  return stop(deps, state, { ...finished(state, status, error), ended_by })
}
