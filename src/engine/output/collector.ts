// One output stream (stdout or stderr) of one step, collected in bounded memory: decoded as UTF-8
// across chunk boundaries, redacted as it streams, digested, previewed, optionally written to a
// sink, and kept raw only up to a limit for assertions and captures.
//
// The redacted stream is the UTF-8 encoding of the redacted text, so bytes that are not valid
// UTF-8 reach it (and the sink, digest and preview) as U+FFFD; `raw_bytes` counts what the command
// wrote. Memory: the redactor's pending line (< line cap), the preview, the needle seam and the
// retained raw text (<= retainBytes), whatever the size of the output.
import { createHash } from 'node:crypto'
import { StringDecoder } from 'node:string_decoder'
import type { CollectedOutput, OutputSink } from '../ports.js'
import { NeedleWatch } from './needle-watch.js'
import { PreviewBuffer } from './preview.js'
import type { RedactionStream, Redactor } from './redactor.js'

export const DEFAULT_PREVIEW_BYTES = 2048
export const DEFAULT_RETAIN_BYTES = 16 * 1024 * 1024

export interface CollectorOptions {
  redactor: Redactor
  /** Receives the redacted stream (store_full_stdout); closed by end(). */
  sink?: OutputSink
  /** Substrings to watch for in the raw stream (`contains` assertions). */
  needles?: readonly string[]
  /** Bytes of redacted output kept at each end for the preview (default 2 KiB). */
  previewBytes?: number
  /** Raw bytes kept as `text` (default 16 MiB); beyond it `text` is dropped and `overflowed` set. */
  retainBytes?: number
}

export class OutputCollector {
  private readonly decoder = new StringDecoder('utf8')
  private readonly redaction: RedactionStream
  private readonly hash = createHash('sha256')
  private readonly preview: PreviewBuffer
  private readonly needles: NeedleWatch
  private readonly sink: OutputSink | undefined
  private readonly retainBytes: number
  private retained: string[] | undefined = []
  private rawBytes = 0
  private bytes = 0
  private writing: Promise<void> = Promise.resolve()
  private ended = false

  constructor(options: CollectorOptions) {
    this.redaction = options.redactor.stream()
    this.preview = new PreviewBuffer(options.previewBytes ?? DEFAULT_PREVIEW_BYTES)
    this.needles = new NeedleWatch(options.needles ?? [])
    this.sink = options.sink
    this.retainBytes = options.retainBytes ?? DEFAULT_RETAIN_BYTES
  }

  /**
   * Takes the next raw chunk. With a sink, returns a promise that settles when the sink has taken
   * the redacted bytes: the caller pauses the stream until then (backpressure).
   */
  push(chunk: Buffer): void | Promise<void> {
    if (this.ended) throw new Error('OutputCollector.push after end()')
    this.rawBytes += chunk.length
    this.needles.scan(chunk)
    const text = this.decoder.write(chunk)
    this.retain(text)
    return this.emit(this.redaction.push(text))
  }

  /** Flushes the last line, closes the sink and returns what was collected. */
  async end(): Promise<CollectedOutput> {
    if (this.ended) throw new Error('OutputCollector.end called twice')
    this.ended = true
    const rest = this.decoder.end()
    this.retain(rest)
    try {
      await this.emit(this.redaction.push(rest) + this.redaction.end())
      await this.writing
    } catch (err) {
      // The sink failed (disk full, ...): release it, then report the failure.
      await this.sink?.close().catch(() => undefined)
      throw err
    }
    const file = this.sink === undefined ? undefined : await this.sink.close()
    const text = this.retained?.join('')
    return {
      summary: {
        sha256: this.hash.digest('hex'),
        bytes: this.bytes,
        raw_bytes: this.rawBytes,
        ...this.preview.result(),
        ...(file === undefined ? {} : { file })
      },
      ...(text === undefined ? {} : { text }),
      overflowed: text === undefined,
      seen: this.needles.seen
    }
  }

  private retain(text: string): void {
    if (this.retained === undefined) return
    if (this.rawBytes > this.retainBytes) this.retained = undefined
    else if (text !== '') this.retained.push(text)
  }

  private emit(text: string): void | Promise<void> {
    if (text === '') return
    const bytes = Buffer.from(text, 'utf8')
    this.bytes += bytes.length
    this.hash.update(bytes)
    this.preview.add(bytes)
    const sink = this.sink
    if (sink === undefined) return
    // Chained, so writes reach the sink in order even if a caller does not wait.
    this.writing = this.writing.then(() => sink.write(bytes))
    return this.writing
  }
}
