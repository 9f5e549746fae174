// Reading trace.jsonl back: every line must be a canonical, well-formed record that extends the
// hash chain. A final line without its newline that does not parse is a torn write (the process died
// mid-append) and is reported apart from tampering; any other bad line is tampering.
import { readFile } from 'node:fs/promises'
import type { RunEventType, TraceRecord } from '../engine/events.js'
import type { ChainBreakKind, TraceHead } from './hash-chain.js'
import { parseJsonBytes } from './canonical-json.js'
import { checkLink, headOf } from './hash-chain.js'

/** The first line that cannot be trusted, and why. */
export interface TraceBreak {
  kind: ChainBreakKind | 'unparsable' | 'malformed' | 'not-canonical'
  /** 1-based line number in trace.jsonl. */
  line: number
  /** seq of the record on that line (the expected one when the line does not parse). */
  seq: number
  message: string
}

/** Bytes after the last complete line that are not a record: a crash mid-append. */
export interface TornTail {
  line: number
  /** Byte offset where the torn line starts (the length of the complete lines). */
  offset: number
  bytes: number
}

export interface ParsedTrace {
  /** The records before the first break (all of them when the chain is intact). */
  records: TraceRecord[]
  head: TraceHead
  broken?: TraceBreak
  torn?: TornTail
  /** The last record is complete but lacks its newline. */
  unterminated: boolean
}

const EVENT_TYPES: Record<RunEventType, true> = {
  run_started: true,
  governance_decision: true,
  decision_recorded: true,
  step_started: true,
  step_result: true,
  evidence_recorded: true,
  approval_recorded: true,
  confirmation_recorded: true,
  snapshot_written: true,
  run_paused: true,
  run_resumed: true,
  run_finished: true
}
const HEX64 = /^[0-9a-f]{64}$/

/** Parses and checks the bytes of a trace.jsonl. */
export function parseTrace(bytes: Uint8Array): ParsedTrace {
  const records: TraceRecord[] = []
  let offset = 0
  for (let line = 1; offset < bytes.length; line++) {
    const nl = bytes.indexOf(0x0a, offset)
    const end = nl === -1 ? bytes.length : nl
    const prev = headOf(records)
    const parsed = parseLine(bytes.subarray(offset, end))
    const done = (extra: Partial<ParsedTrace>): ParsedTrace => ({
      records,
      head: headOf(records),
      unterminated: false,
      ...extra
    })
    if (typeof parsed === 'string') {
      if (nl === -1 && parsed === UNPARSABLE) {
        return done({ torn: { line, offset, bytes: bytes.length - offset } })
      }
      return done({
        broken: { kind: parsed, line, seq: prev.seq + 1, message: describeBadLine(parsed, line) }
      })
    }
    const link = checkLink(prev, parsed, records.length)
    if (link !== undefined) {
      return done({ broken: { kind: link.kind, line, seq: parsed.seq, message: link.message } })
    }
    records.push(parsed)
    if (nl === -1) return done({ unterminated: true })
    offset = nl + 1
  }
  return { records, head: headOf(records), unterminated: false }
}

/** Reads and checks trace.jsonl; a missing file is an empty trace, marked `missing`. */
export async function readTrace(
  path: string
): Promise<ParsedTrace & { bytes: number; missing?: true }> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    return { ...parseTrace(Buffer.alloc(0)), bytes: 0, missing: true }
  }
  return { ...parseTrace(bytes), bytes: bytes.length }
}

const UNPARSABLE = 'unparsable'
type LineProblem = typeof UNPARSABLE | 'malformed' | 'not-canonical'

function parseLine(raw: Uint8Array): TraceRecord | LineProblem {
  const parsed = parseJsonBytes(raw)
  if (parsed === undefined) return UNPARSABLE
  if (!isRecord(parsed.value)) return 'malformed'
  return parsed.canonical ? parsed.value : 'not-canonical'
}

function isRecord(value: unknown): value is TraceRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const r = value as Record<string, unknown>
  return (
    typeof r.type === 'string' &&
    Object.hasOwn(EVENT_TYPES, r.type) &&
    Number.isSafeInteger(r.seq) &&
    typeof r.ts === 'string' &&
    typeof r.prev_hash === 'string' &&
    HEX64.test(r.prev_hash) &&
    typeof r.hash === 'string' &&
    HEX64.test(r.hash)
  )
}

function describeBadLine(problem: LineProblem, line: number): string {
  switch (problem) {
    case 'unparsable':
      return `line ${line} is not valid JSON`
    case 'malformed':
      return `line ${line} is not a trace record (type, seq, ts, prev_hash or hash missing or wrong)`
    case 'not-canonical':
      return `line ${line} is not in canonical form: it was rewritten after it was recorded`
  }
}
