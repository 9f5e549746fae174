// Appending to trace.jsonl: one canonical line per event, through a file descriptor opened in append
// mode and kept open. Group commit: append() seals a record onto the chain in memory and queues its
// line; sync() writes every queued line in one write and makes them durable with one fdatasync.
// The engine commits once per step, before the step's command starts (so the previous step's result
// and this step's start are durable before anything else happens), and whenever the run stops.
// A crash loses at most what was queued since the last sync(): records no effect has followed yet.
// After each fdatasync the durable head anchor (durable-head.ts) is rewritten to the last record it
// made durable.
import type { FileHandle } from 'node:fs/promises'
import { open } from 'node:fs/promises'
import type { RunEvent, TraceRecord } from '../engine/events.js'
import type { Clock } from '../engine/ports.js'
import { writeAll } from './durable-file.js'
import { writeHeadAnchor } from './durable-head.js'
import { RunStoreError } from './errors.js'
import type { TraceHead } from './hash-chain.js'
import { GENESIS_HASH, recordLine, sealRecord } from './hash-chain.js'

export class TraceWriter {
  private queue: Promise<void> = Promise.resolve()
  private failure: unknown
  private closed = false
  /** Lines sealed but not yet written. */
  private pending: string[] = []
  /** Bytes may have reached the file since the last fdatasync (at open: a repair of its tail). */
  private unsynced = true
  /** The seq the anchor names (0: not written by this writer yet). */
  private anchored = 0

  private constructor(
    private readonly fh: FileHandle,
    private readonly clock: Clock,
    /** hashes[seq - 1] is the hash of record seq. */
    private readonly hashes: string[],
    private readonly anchorPath: string | undefined
  ) {}

  /**
   * Opens `path` for appending after the (already checked) records it holds; each sync() then
   * rewrites the anchor at `anchorPath`, when given.
   */
  static async open(
    path: string,
    clock: Clock,
    existing: readonly TraceRecord[],
    anchorPath?: string
  ): Promise<TraceWriter> {
    const fh = await open(path, 'a')
    return new TraceWriter(
      fh,
      clock,
      existing.map((r) => r.hash),
      anchorPath
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
    const sealed = sealRecord(event, this.head, this.clock.now())
    const line = recordLine(sealed)
    this.hashes.push(sealed.hash)
    this.pending.push(line)
    return JSON.parse(line) as TraceRecord
  }

  /**
   * Commits: writes the queued lines in one write, fdatasyncs (all appended is durable), then names
   * the last record in the anchor.
   */
  async sync(): Promise<void> {
    this.usable()
    await this.enqueue(() => this.flushAndSync())
  }

  /** Writes what is queued, syncs, and closes the file. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    try {
      if (this.failure === undefined) await this.enqueue(() => this.flushAndSync())
    } finally {
      await this.queue
      await this.fh.close()
    }
  }

  private async flushAndSync(): Promise<void> {
    // The head of what this write carries: appends made while it is in flight wait for the next.
    const head = this.head
    if (this.pending.length > 0) {
      const data = Buffer.from(`${this.pending.join('\n')}\n`)
      this.pending = []
      this.unsynced = true
      await writeAll(this.fh, data)
    }
    if (this.unsynced) {
      this.unsynced = false
      await this.fh.datasync()
    }
    if (this.anchorPath === undefined || (head.seq === this.anchored && head.seq > 0)) return
    await writeHeadAnchor(this.anchorPath, head)
    this.anchored = head.seq
  }

  private usable(): void {
    if (this.closed) throw new RunStoreError('the trace is closed')
    this.notFailed()
  }

  private notFailed(): void {
    if (this.failure !== undefined) {
      throw new RunStoreError('an earlier write to the trace failed; the run must be resumed', {
        cause: this.failure
      })
    }
  }

  // A failed write leaves the chain in memory ahead of the file: every later call refuses.
  // Operations queued behind the failed one do not run, so the file never gets a gap.
  private enqueue(op: () => Promise<void>): Promise<void> {
    const next = this.queue.then(() => {
      this.notFailed()
      return op()
    })
    this.queue = next.catch((err: unknown) => {
      this.failure ??= err
    })
    return next
  }
}
