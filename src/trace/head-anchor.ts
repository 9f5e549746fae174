// The durable head anchor's file, trace.head.json: what the last commit made durable, rewritten in
// place on a descriptor kept open for the run. The file is two fixed-size slots, each one line of
// canonical JSON padded with spaces: {"check","format","hash","seq"}, where check is the sha256 of
// the canonical {format, hash, seq}. A commit writes the slot that does not hold the newest valid
// claim and fdatasyncs, after the trace's own fdatasync. A crash tears at most that slot: it fails
// its check and reads as no claim, while the other still names the previous durable head. So the
// file never makes a false claim and loses none but the commit in flight. Each slot is a page of its
// own (4 KiB), so writing one never rewrites the other's block. The file is created whole (temp
// file, fsync, rename, directory fsync) at a run's first commit; a run that still has the single
// JSON object of format v1 is read as one claim, and its first commit after a resume replaces it.
import {
  closeSync,
  fdatasyncSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync
} from 'node:fs'
import { dirname } from 'node:path'
import { canonicalJson } from './canonical-json.js'
import { fsyncDirSync, tempPathFor, writeAllSync } from './durable-file.js'
import { RunStoreError } from './errors.js'
import type { TraceHead } from './hash-chain.js'
import { sha256Hex } from './hash-chain.js'
import { HEAD_FILE } from './run-paths.js'

export const HEAD_FORMAT = 'runbook-trace-head/v2'
/** The single-object anchor runs wrote before the slots: read, never written. */
export const HEAD_FORMAT_V1 = 'runbook-trace-head/v1'
export const SLOT_SIZE = 4096
export const ANCHOR_SIZE = 2 * SLOT_SIZE

/** What an anchor file says. */
export interface AnchorReading {
  /** Its valid claims, the newest first (none when `problem` says why). */
  heads: TraceHead[]
  /** The slot holding the newest valid claim (absent for a v1 file or when none is valid). */
  newest?: 0 | 1
  /** Why the file makes no claim at all: a crash never leaves it so. */
  problem?: string
}

/** One slot's bytes: the claim, its check, padding, and a newline. */
export function encodeSlot(head: TraceHead): Buffer {
  const body = { format: HEAD_FORMAT, hash: head.hash, seq: head.seq }
  const line = canonicalJson({ check: sha256Hex(canonicalJson(body)), ...body })
  const slot = Buffer.alloc(SLOT_SIZE, ' ')
  slot.write(line, 0, 'utf8')
  slot[SLOT_SIZE - 1] = 0x0a
  return slot
}

/** The claim a slot holds, or why it holds none. */
export function decodeSlot(bytes: Uint8Array): TraceHead | string {
  const text = Buffer.from(bytes).toString('latin1')
  if (!text.endsWith('\n')) return 'is not a whole slot (no final newline)'
  let value: unknown
  try {
    value = JSON.parse(text.trimEnd())
  } catch {
    return 'is not a JSON line (a torn or damaged write)'
  }
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
  const { check, format, hash, seq } = v
  if (format !== HEAD_FORMAT) return `is not in format ${HEAD_FORMAT}`
  if (typeof hash !== 'string' || typeof seq !== 'number' || !Number.isSafeInteger(seq))
    return 'lacks its seq or hash'
  if (Object.keys(v).length !== 4 || check !== sha256Hex(canonicalJson({ format, hash, seq })))
    return 'fails its check (a torn or edited write)'
  return { seq, hash }
}

/** Reads an anchor file's bytes: two slots, or a v1 object. */
export function readAnchor(bytes: Uint8Array): AnchorReading {
  if (bytes.length !== ANCHOR_SIZE) {
    const v1 = parseV1(bytes)
    if (v1 !== undefined) return { heads: [v1] }
    return {
      heads: [],
      problem: `it is ${bytes.length} bytes, neither two ${SLOT_SIZE}-byte slots of ${HEAD_FORMAT} nor a ${HEAD_FORMAT_V1} anchor`
    }
  }
  const slots = [0, 1].map((i) => decodeSlot(bytes.subarray(i * SLOT_SIZE, (i + 1) * SLOT_SIZE)))
  const valid = slots.flatMap((s, i) => (typeof s === 'string' ? [] : [{ head: s, slot: i }]))
  if (valid.length === 0) {
    const why = slots.map((s, i) => `slot ${i + 1} ${typeof s === 'string' ? s : ''}`).join('; ')
    return {
      heads: [],
      problem: `neither slot holds a valid claim (${why}); a crash tears at most one, so the file was damaged or edited`
    }
  }
  valid.sort((a, b) => b.head.seq - a.head.seq)
  return { heads: valid.map((v) => v.head), newest: valid[0]?.slot === 1 ? 1 : 0 }
}

function parseV1(bytes: Uint8Array): TraceHead | undefined {
  try {
    const v = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown> | null
    if (v?.format !== HEAD_FORMAT_V1 || typeof v.hash !== 'string') return undefined
    return Number.isSafeInteger(v.seq) ? { seq: v.seq as number, hash: v.hash } : undefined
  } catch {
    return undefined
  }
}

/**
 * The anchor of one run, open for commits. Its I/O is synchronous: a commit happens at a step
 * boundary, when nothing else runs, and a pwrite + fdatasync on the main thread costs less than the
 * thread-pool round trips of the same calls made asynchronously.
 */
export class HeadAnchor {
  private constructor(
    /** Absent until a v1 anchor that named the current head is replaced by the first commit. */
    private fd: number | undefined,
    /** The slot holding the newest valid claim: the next commit writes the other. */
    private newest: 0 | 1,
    private readonly path = ''
  ) {}

  /**
   * Makes `head` durable in the anchor at `path`: opens a valid v2 file and commits to it, or
   * creates the file whole when it is missing or v1. Refuses a file that makes no claim.
   */
  static open(path: string, head: TraceHead): HeadAnchor {
    let bytes: Buffer | undefined
    try {
      bytes = readFileSync(path)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    }
    const reading = bytes === undefined ? undefined : readAnchor(bytes)
    if (reading?.problem !== undefined)
      throw new RunStoreError(`${HEAD_FILE} cannot be committed to: ${reading.problem}`)
    // A file that already names `head` is left as it is (a run opened and closed with nothing
    // appended keeps the bytes run.json records); a v1 file is replaced at the next new head.
    const named = reading?.heads[0]
    const current = named?.seq === head.seq && named.hash === head.hash
    if (reading?.newest === undefined)
      return current
        ? new HeadAnchor(undefined, 1, path)
        : new HeadAnchor(createAnchor(path, head), 1)
    const anchor = new HeadAnchor(openSync(path, 'r+'), reading.newest)
    if (!current) anchor.commit(head)
    return anchor
  }

  /** Names `head` in the slot not holding the newest claim, durably. */
  commit(head: TraceHead): void {
    if (this.fd === undefined) {
      this.fd = createAnchor(this.path, head)
      this.newest = 1
      return
    }
    const slot = this.newest === 0 ? 1 : 0
    writeAllSync(this.fd, encodeSlot(head), slot * SLOT_SIZE)
    fdatasyncSync(this.fd)
    this.newest = slot
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
  }
}

/** Creates the file with `head` in both slots under a temporary name, then renames it in place. */
function createAnchor(path: string, head: TraceHead): number {
  const temp = tempPathFor(path)
  const fd = openSync(temp, 'wx')
  try {
    const slot = encodeSlot(head)
    writeAllSync(fd, Buffer.concat([slot, slot]), 0)
    fsyncSync(fd)
    renameSync(temp, path)
  } catch (err) {
    closeSync(fd)
    rmSync(temp, { force: true })
    throw err
  }
  fsyncDirSync(dirname(path))
  return fd
}
