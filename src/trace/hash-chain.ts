// The hash chain over trace records: each record carries the hash of the one before it, and its own
// hash covers its whole content (seq, ts, prev_hash and the event). Editing a record breaks its own
// hash; deleting, inserting or reordering records breaks a seq or a prev_hash; dropping final records
// is only visible against a head recorded elsewhere (run.json, snapshots).
import { createHash } from 'node:crypto'
import type { RunEvent, TraceRecord } from '../engine/events.js'
import { canonicalJson, canonicalMembers } from './canonical-json.js'

/** prev_hash of the first record. */
export const GENESIS_HASH = '0'.repeat(64)

/** The position of a record in the chain: what a manifest or snapshot pins. */
export interface TraceHead {
  seq: number
  hash: string
}

/** Why the chain breaks at a record. */
export type ChainBreakKind = 'hash-mismatch' | 'seq-mismatch' | 'prev-hash-mismatch'

export interface ChainBreak {
  kind: ChainBreakKind
  /** 0-based index of the record in the list checked (its line number minus one). */
  index: number
  /** seq the record claims. */
  seq: number
  message: string
}

/** sha256 (hex) of some bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The hash a record must carry: sha256 of the canonical JSON of the record without `hash`. */
export function recordHash(record: Omit<TraceRecord, 'hash'> | TraceRecord): string {
  return sha256Hex(canonicalJson({ ...record, hash: undefined })) // undefined fields are omitted
}

/** The record that follows `prev` (undefined for the first record), before its hash. */
function recordBody(event: RunEvent, prev: TraceHead | undefined, ts: string) {
  return { ...event, seq: (prev?.seq ?? 0) + 1, ts, prev_hash: prev?.hash ?? GENESIS_HASH }
}

/** Builds the record that follows `prev` (undefined for the first record). */
export function sealRecord(event: RunEvent, prev: TraceHead | undefined, ts: string): TraceRecord {
  const body = recordBody(event, prev, ts)
  return { ...body, hash: recordHash(body) }
}

/**
 * sealRecord and recordLine at once, encoding the record once: the line is the canonical members
 * the hash covers with `"hash":…` put in its sorted place.
 */
export function sealLine(
  event: RunEvent,
  prev: TraceHead | undefined,
  ts: string
): { record: TraceRecord; line: string } {
  const body = recordBody(event, prev, ts)
  if ('hash' in body) {
    // Not an event the engine makes; the general path drops such a field from the hash alike.
    const record = sealRecord(event, prev, ts)
    return { record, line: recordLine(record) }
  }
  const members = canonicalMembers(body)
  const hash = sha256Hex(`{${members.map((m) => m.text).join(',')}}`)
  const at = members.findIndex((m) => m.key > 'hash')
  const texts = members.map((m) => m.text)
  texts.splice(at === -1 ? texts.length : at, 0, `"hash":"${hash}"`)
  return { record: { ...body, hash }, line: `{${texts.join(',')}}` }
}

/** The line trace.jsonl holds for a record (without its newline). */
export function recordLine(record: TraceRecord): string {
  return canonicalJson(record)
}

/** Checks that `r` (at 0-based `index`) follows `prev`; returns why it does not, or undefined. */
export function checkLink(prev: TraceHead, r: TraceRecord, index: number): ChainBreak | undefined {
  const at = { index, seq: r.seq }
  if (recordHash(r) !== r.hash) {
    return {
      ...at,
      kind: 'hash-mismatch',
      message: `record ${r.seq} was edited: its content does not match its hash`
    }
  }
  if (r.seq !== prev.seq + 1) {
    const what = r.seq > prev.seq + 1 ? 'deleted or reordered' : 'inserted or reordered'
    return {
      ...at,
      kind: 'seq-mismatch',
      message: `expected record ${prev.seq + 1} after record ${prev.seq}, found record ${r.seq}: records were ${what}`
    }
  }
  if (r.prev_hash !== prev.hash) {
    return {
      ...at,
      kind: 'prev-hash-mismatch',
      message: `record ${r.seq} does not follow record ${prev.seq} (prev_hash differs): records were deleted, inserted or reordered`
    }
  }
  return undefined
}

/** Checks a list of records from the first one; returns the first break, or undefined. */
export function checkChain(records: readonly TraceRecord[]): ChainBreak | undefined {
  let prev = headOf([])
  for (const [index, r] of records.entries()) {
    const broken = checkLink(prev, r, index)
    if (broken !== undefined) return broken
    prev = { seq: r.seq, hash: r.hash }
  }
  return undefined
}

/** The head of a checked list of records. */
export function headOf(records: readonly TraceRecord[]): TraceHead {
  const last = records.at(-1)
  return last === undefined ? { seq: 0, hash: GENESIS_HASH } : { seq: last.seq, hash: last.hash }
}
