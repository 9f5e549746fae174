// Appending to trace.jsonl: one canonical line per event, through a file descriptor opened in append
// mode and kept open. Appends are serialised in call order, so the chain on disk is the chain in
// memory. fsync happens only in sync() (the engine calls it at step boundaries), and every sync then
// rewrites the durable head anchor (durable-head.ts) to the last record it made durable.
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

  /** Seals `event` onto the chain and appends its line; resolves once written (not fsynced). */
  async append(event: RunEvent): Promise<TraceRecord> {
    this.usable()
    const sealed = sealRecord(event, this.head, this.clock.now())
    const line = recordLine(sealed)
    this.hashes.push(sealed.hash)
    const stored = JSON.parse(line) as TraceRecord
    await this.enqueue(() => writeAll(this.fh, Buffer.from(`${line}\n`)))
    return stored
  }

  /** fsyncs everything appended so far, then names its last record in the anchor. */
  async sync(): Promise<void> {
    this.usable()
    const head = this.head
    await this.enqueue(async () => {
      await this.fh.sync()
      if (this.anchorPath === undefined || (head.seq === this.anchored && head.seq > 0)) return
      await writeHeadAnchor(this.anchorPath, head)
      this.anchored = head.seq
    })
  }

  /** Waits for pending appends and closes the file. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.queue
    await this.fh.close()
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
