// Snapshots: the RunState at a point of the run, with the trace head it reflects, so a resume can
// start from it and verify can check it against the trace. Stored as canonical JSON: any changed
// byte either breaks the form or changes the content, both of which the checks below see.
//
// A snapshot is the state plus its trace position, nothing else: the state holds no list that grows
// with the run (step results stay in the trace), so a snapshot is as small at step 10,000 as at
// step 10. Snapshots are an optimisation the engine writes now and then (see driver.ts), never a
// source of truth: resume and verify fold the trace.
import type { TraceRecord } from '../engine/events.js'
import type { RunState, RunStateJson } from '../engine/model.js'
import { stateJson } from '../engine/model.js'
import { canonicalJson, parseJsonBytes } from './canonical-json.js'
import type { TraceHead } from './hash-chain.js'
import { firstDifference } from './json-diff.js'
import { snapshotIndex } from './run-paths.js'
import type { FoldedTrace } from './trace-fold.js'
import { stateAfter } from './trace-fold.js'

export const SNAPSHOT_FORMAT = 'runbook-snapshot/v3'

/** A snapshot file's content. */
export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT
  state: RunStateJson
  /** The record the state reflects: state.seq and that record's hash. */
  trace: TraceHead
}

/** A snapshot that agrees with the trace: its state ready to resume from, and its trace head. */
export interface CheckedSnapshot {
  state: RunState
  trace: TraceHead
}

export type SnapshotCheck = { ok: true; snapshot: CheckedSnapshot } | { ok: false; problem: string }

/** The bytes of a snapshot file. */
export function encodeSnapshot(state: RunState, head: TraceHead): string {
  const snapshot: Snapshot = { format: SNAPSHOT_FORMAT, state: stateJson(state), trace: head }
  return `${canonicalJson(snapshot)}\n`
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
  const { trace, state } = parsed
  const index = snapshotIndex(rel.split('/').at(-1) ?? '')
  if (index !== state.current_step_index) {
    return fail(`its name says step ${index}, but its state is at step ${state.current_step_index}`)
  }
  if (trace.seq !== state.seq) {
    return fail(`its trace head is record ${trace.seq}, but its state is at record ${state.seq}`)
  }
  const record = records[trace.seq - 1]
  if (record === undefined) {
    return fail(`it reflects record ${trace.seq}, but the trace has ${records.length} records`)
  }
  if (record.hash !== trace.hash) {
    return fail(`its trace head does not match record ${trace.seq} of the trace (hash differs)`)
  }
  const expected = stateAfter(folded, trace.seq)
  if (typeof expected === 'string') return fail(expected)
  const d = firstDifference(state, stateJson(expected))
  if (d !== undefined) {
    const at = d.path === '' ? 'state' : `state.${d.path}`
    return fail(`${at} is ${d.left}, but the trace up to record ${trace.seq} gives ${d.right}`)
  }
  // Equal to the fold's state at that record, which is what resume starts from (no second copy).
  return { ok: true, snapshot: { state: expected, trace } }
}

function parseSnapshot(bytes: Uint8Array): Snapshot | string {
  const newline = bytes.at(-1) === 0x0a
  const parsed = parseJsonBytes(newline ? bytes.subarray(0, -1) : bytes)
  if (parsed === undefined) return 'it is not valid JSON'
  if (!parsed.canonical || !newline) {
    return 'it is not in canonical form: it was rewritten after it was written'
  }
  const v = parsed.value as Partial<Snapshot> | null
  if (v?.format !== SNAPSHOT_FORMAT) return `its format is not ${SNAPSHOT_FORMAT}`
  const ok =
    typeof v.state === 'object' &&
    v.state !== null &&
    Number.isSafeInteger(v.state.seq) &&
    typeof v.trace?.hash === 'string' &&
    Number.isSafeInteger(v.trace.seq)
  return ok ? (v as Snapshot) : 'it lacks state.seq or its trace head'
}
