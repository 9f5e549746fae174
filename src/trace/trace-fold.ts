// Folding a checked trace once, keeping the state after every record, so each snapshot can be
// compared with the state the trace says the run was in at that point.
import type { TraceRecord } from '../engine/events.js'
import type { RunState } from '../engine/model.js'
import { reduce, TraceInconsistencyError } from '../engine/reduce.js'

export interface FoldedTrace {
  /** states[i] is the state after records[i] (up to the first impossible event). */
  states: RunState[]
  /** The first event that does not describe a possible run. */
  error?: TraceInconsistencyError
}

/** Folds every record with the engine's reducer. */
export function foldStates(records: readonly TraceRecord[]): FoldedTrace {
  const states: RunState[] = []
  let state: RunState | undefined
  for (const r of records) {
    try {
      state = reduce(state, r)
    } catch (err) {
      // A record whose chain is intact can still lack fields the reducer needs (a forged trace with
      // recomputed hashes): that is an impossible event too, reported rather than thrown.
      if (err instanceof TraceInconsistencyError) return { states, error: err }
      const why = err instanceof Error ? err.message : String(err)
      return {
        states,
        error: new TraceInconsistencyError(r.seq, `${r.type} cannot be applied: ${why}`)
      }
    }
    states.push(state)
  }
  return { states }
}

/** The state after record `seq`, or why there is none. */
export function stateAfter(folded: FoldedTrace, seq: number): RunState | string {
  const state = folded.states[seq - 1]
  if (state !== undefined) return state
  if (folded.error !== undefined && seq >= folded.error.seq) {
    return `the trace cannot be folded up to record ${seq}: ${folded.error.message}`
  }
  return `the trace has no record ${seq}`
}
