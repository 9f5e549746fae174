// Appending to trace.jsonl: one canonical line per event, through a file descriptor opened in append
// mode and kept open. Group commit: append() seals a record onto the chain in memory and queues its
// line; sync() writes every queued line in one write and makes them durable with one fdatasync.
// The engine commits once per step, before the step's command starts (so the previous step's result
// and this step's start are durable before anything else happens), and whenever the run stops.
// A crash loses at most what was queued since the last sync(): records no effect has followed yet.
// After each fdatasync the durable head anchor (head-anchor.ts) names the last record it made durable.
// The commit's system calls are made synchronously on the main thread: at a step boundary nothing
// else needs the event loop (no command runs, no one is being asked), and four thread-pool round
// trips, each a wake-up of the loop, cost more than the calls themselves. Anything else the process
// serves (a debugger's socket, a signal) waits those few hundred microseconds.
// A writer opened with `durable: false` (the run directories of `runbook test`, throwaway artifacts
// never resumed) writes and chains the same lines but never fdatasyncs: sync() writes the queue
// once it holds TEST_BATCH_BYTES, flush() writes all of it and names the head in the anchor.
import { closeSync, fdatasyncSync, openSync } from 'node:fs'
import type { RunEvent, TraceRecord } from '../engine/events.js'
import type { Clock } from '../engine/ports.js'
import { writeAllSync } from './durable-file.js'
import { RunStoreError } from './errors.js'
import { HeadAnchor } from './head-anchor.js'
import type { TraceHead } from './hash-chain.js'
import { GENESIS_HASH, sealLine } from './hash-chain.js'

/** A writer that is not durable writes its queue at a step boundary once it holds this many bytes. */
export const TEST_BATCH_BYTES = 64 * 1024

export interface TraceWriterOptions {
  /** false: no fdatasync, the queue written in batches, the anchor only at flush() (default true). */
  durable?: boolean
}

export class TraceWriter {
  private failure: unknown
  private closed = false
  /** Lines sealed but not yet written, and their length in UTF-16 units (a lower bound of bytes). */
  private pending: string[] = []
  private pendingLength = 0
  /** Bytes may have reached the file since the last fdatasync (at open: a repair of its tail). */
  private unsynced = true
  /** The anchor, open from this writer's first commit on. */
  private anchor: HeadAnchor | undefined
  /** The seq the anchor names (0: not written by this writer yet). */
  private anchored = 0

  private constructor(
    private readonly fd: number,
    private readonly clock: Clock,
    /** hashes[seq - 1] is the hash of record seq. */
    private readonly hashes: string[],
    private readonly anchorPath: string | undefined,
    private readonly durable: boolean
  ) {}

  /**
   * Opens `path` for appending after the (already checked) records it holds; each commit then
   * names the head in the anchor at `anchorPath`, when given.
   */
  // eslint-disable-next-line @typescript-eslint/require-await -- a promise, so a failure rejects
  static async open(
    path: string,
    clock: Clock,
    existing: readonly TraceRecord[],
    anchorPath?: string,
    opts: TraceWriterOptions = {}
  ): Promise<TraceWriter> {
    return new TraceWriter(
      openSync(path, 'a'),
      clock,
      existing.map((r) => r.hash),
      anchorPath,
      opts.durable ?? true
    )
  }

  get head(): TraceHead {
    const seq = this.hashes.length
    return { seq, hash: this.hashes[seq - 1] ?? GENESIS_HASH }
  }

  /** The hash of record `seq`, if the chain has it. */
  hashAt(seq: number): string | undefined {
    return seq >= 1 ? this.hashes[seq - 1] : undefined
  }

  /** Seals `event` onto the chain and queues its line; it reaches the file at the next sync(). */
  // eslint-disable-next-line @typescript-eslint/require-await -- a promise, so a refusal rejects
  async append(event: RunEvent): Promise<TraceRecord> {
    this.usable()
    const { record, line } = sealLine(event, this.head, this.clock.now())
    this.hashes.push(record.hash)
    this.pending.push(line)
    this.pendingLength += line.length + 1
    return JSON.parse(line) as TraceRecord
  }

  /**
   * Commits: writes the queued lines in one write, fdatasyncs (all appended is durable), then names
   * the last record in the anchor. Not durable: writes the queue once it holds TEST_BATCH_BYTES.
   */
  // eslint-disable-next-line @typescript-eslint/require-await -- a promise, so a failure rejects
  async sync(): Promise<void> {
    this.usable()
    if (this.durable) this.commit(true)
    else if (this.pendingLength >= TEST_BATCH_BYTES) this.commit(false)
  }

  /** Writes every queued line (before a file that names the head, such as a snapshot). */
  // eslint-disable-next-line @typescript-eslint/require-await -- a promise, so a failure rejects
  async writeOut(): Promise<void> {
    this.usable()
    this.commit(this.durable)
  }

  /** sync(), and the anchor names the head even when not durable (before run.json is written). */
  // eslint-disable-next-line @typescript-eslint/require-await -- a promise, so a failure rejects
  async flush(): Promise<void> {
    this.usable()
    this.commit(true)
  }

  /** Writes what is queued, syncs, and closes the file. */
  // eslint-disable-next-line @typescript-eslint/require-await -- a promise, so a failure rejects
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    try {
      if (this.failure === undefined) this.commit(true)
    } finally {
      closeSync(this.fd)
      this.anchor?.close()
    }
  }

  // A failed write leaves the chain in memory ahead of the file: every later call refuses, so the
  // file never gets a gap. Not durable, `anchor` says whether the anchor names the head now; the
  // anchor file is made at the first commit either way, so a killed test run still has one.
  private commit(anchor: boolean): void {
    try {
      const head = this.head
      if (this.pending.length > 0) {
        const data = Buffer.from(`${this.pending.join('\n')}\n`)
        this.pending = []
        this.pendingLength = 0
        this.unsynced = true
        writeAllSync(this.fd, data, null)
      }
      if (this.unsynced && this.durable) {
        fdatasyncSync(this.fd)
        this.unsynced = false
      }
      if (this.anchorPath === undefined || (head.seq === this.anchored && head.seq > 0)) return
      if (!anchor && this.anchor !== undefined) return
      if (this.anchor === undefined) this.anchor = HeadAnchor.open(this.anchorPath, head)
      else this.anchor.commit(head)
      this.anchored = head.seq
    } catch (err) {
      this.failure ??= err
      throw err
    }
  }

  private usable(): void {
    if (this.closed) throw new RunStoreError('the trace is closed')
    if (this.failure !== undefined) {
      throw new RunStoreError('an earlier write to the trace failed; the run must be resumed', {
        cause: this.failure
      })
    }
  }
}
