// Snapshots: the RunState after a step, with the trace head it reflects, so a resume can start from
// it and verify can check it against the trace. Stored as canonical JSON: any changed byte either
// breaks the form or changes the content, both of which the checks below see.
//
// The full StepResults of the history are the step_result records of the trace; a snapshot refers
// to them (step id, status and attempt, in order) instead of copying them, so each snapshot stays
// small however long the run grows. Reading a snapshot puts the records back in place.
import type { TraceRecord } from '../engine/events.js'
import type { RunState, StepResult } from '../engine/model.js'
import { canonicalJson, parseJsonBytes } from './canonical-json.js'
import type { TraceHead } from './hash-chain.js'
import { firstDifference } from './json-diff.js'
import { snapshotIndex } from './run-paths.js'
import type { FoldedTrace } from './trace-fold.js'
import { stateAfter } from './trace-fold.js'

export const SNAPSHOT_FORMAT = 'runbook-snapshot/v2'

/** How a snapshot file names one entry of the history: the i-th step_result record of the trace. */
export interface HistoryRef {
  step_id: string
  status: StepResult['status']
  attempt: number
}

/** A snapshot as read back: the whole RunState, history included. */
export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT
  state: RunState
  /** The record the state reflects: state.seq and that record's hash. */
  trace: TraceHead
}

/** A snapshot as stored: the history by reference. */
interface StoredSnapshot {
  format: typeof SNAPSHOT_FORMAT
  state: Omit<RunState, 'history'> & { history: HistoryRef[] }
  trace: TraceHead
}

export type SnapshotCheck = { ok: true; snapshot: Snapshot } | { ok: false; problem: string }

/** The bytes of a snapshot file. */
export function encodeSnapshot(state: RunState, head: TraceHead): string {
  const history = state.history.map((r): HistoryRef => ({
    step_id: r.step_id,
    status: r.status,
    attempt: r.attempt
  }))
  const snapshot: StoredSnapshot = {
    format: SNAPSHOT_FORMAT,
    state: { ...state, history },
    trace: head
  }
  return `${canonicalJson(snapshot)}\n`
}

/** Puts the step_result records back in place of the references; a problem when they disagree. */
function expandHistory(stored: StoredSnapshot, records: readonly TraceRecord[]): RunState | string {
  const results = records.filter((r) => r.seq <= stored.trace.seq && r.type === 'step_result')
  const refs = stored.state.history
  if (!Array.isArray(refs) || refs.length !== results.length) {
    return `its history names ${Array.isArray(refs) ? refs.length : 'no'} step results, but the trace up to record ${stored.trace.seq} has ${results.length}`
  }
  const history: StepResult[] = []
  for (const [i, ref] of refs.entries()) {
    const record = results[i]
    if (record?.type !== 'step_result') return `history[${i}] has no step_result record`
    const r = record.result
    if (r.step_id !== ref.step_id || r.status !== ref.status || r.attempt !== ref.attempt) {
      return `history[${i}] is ${ref.step_id} ${ref.status} (attempt ${ref.attempt}), but record ${record.seq} is ${r.step_id} ${r.status} (attempt ${r.attempt})`
    }
    history.push(r)
  }
  return { ...stored.state, history }
}

/**
 * Checks a snapshot file (`rel`, e.g. snapshots/step-0003.json) against the trace: its form, its
 * name, its trace head, and that its state is exactly the fold of the trace up to that head.
 */
export function checkSnapshot(
  rel: string,
  bytes: Uint8Array,
  records: readonly TraceRecord[],
  folded: FoldedTrace
): SnapshotCheck {
  const fail = (problem: string): SnapshotCheck => ({ ok: false, problem })
  const parsed = parseSnapshot(bytes)
  if (typeof parsed === 'string') return fail(parsed)
  const { trace, state: stored } = parsed
  const index = snapshotIndex(rel.split('/').at(-1) ?? '')
  if (index !== stored.current_step_index) {
    return fail(
      `its name says step ${index}, but its state is at step ${stored.current_step_index}`
    )
  }
  if (trace.seq !== stored.seq) {
    return fail(`its trace head is record ${trace.seq}, but its state is at record ${stored.seq}`)
  }
  const record = records[trace.seq - 1]
  if (record === undefined) {
    return fail(`it reflects record ${trace.seq}, but the trace has ${records.length} records`)
  }
  if (record.hash !== trace.hash) {
    return fail(`its trace head does not match record ${trace.seq} of the trace (hash differs)`)
  }
  const state = expandHistory(parsed, records)
  if (typeof state === 'string') return fail(state)
  const expected = stateAfter(folded, trace.seq)
  if (typeof expected === 'string') return fail(expected)
  const d = firstDifference(state, expected)
  if (d !== undefined) {
    const at = d.path === '' ? 'state' : `state.${d.path}`
    return fail(`${at} is ${d.left}, but the trace up to record ${trace.seq} gives ${d.right}`)
  }
  return { ok: true, snapshot: { format: SNAPSHOT_FORMAT, state, trace } }
}

function parseSnapshot(bytes: Uint8Array): StoredSnapshot | string {
  const newline = bytes.at(-1) === 0x0a
  const parsed = parseJsonBytes(newline ? bytes.subarray(0, -1) : bytes)
  if (parsed === undefined) return 'it is not valid JSON'
  if (!parsed.canonical || !newline) {
    return 'it is not in canonical form: it was rewritten after it was written'
  }
  const v = parsed.value as Partial<StoredSnapshot> | null
  if (v?.format !== SNAPSHOT_FORMAT) return `its format is not ${SNAPSHOT_FORMAT}`
  const ok =
    typeof v.state === 'object' &&
    v.state !== null &&
    Number.isSafeInteger(v.state.seq) &&
    typeof v.trace?.hash === 'string' &&
    Number.isSafeInteger(v.trace.seq)
  return ok ? (v as StoredSnapshot) : 'it lacks state.seq or its trace head'
}
