// One output stream (stdout or stderr) of one step, collected in bounded memory: redacted as it
// streams, digested, previewed, optionally written to a sink, and kept raw only up to a limit for
// assertions and captures.
//
// The redacted stream is the UTF-8 encoding of the redacted text, so bytes that are not valid
// UTF-8 reach it (and the sink, digest and preview) as U+FFFD; `raw_bytes` counts what the command
// wrote. Memory: the pending line (< line cap), the preview, the needle seam and the retained raw
// text (<= retainBytes), whatever the size of the output.
//
// Fast path: output is cut into blocks of whole lines as bytes. A block that is valid UTF-8 and
// that no rule or secret can change (Redactor.mayChange: a literal search per rule on the bytes,
// the rule's own scan only for a rule without a literal) is its own redaction: it is digested,
// previewed and written as it came, never decoded and encoded again. Any other block goes through
// the redactor as text. Both give the bytes redactText() would, whatever the chunking.
import { createHash } from 'node:crypto'
import { isUtf8 } from 'node:buffer'
import { StringDecoder } from 'node:string_decoder'
import type { CollectedOutput, OutputSink } from '../ports.js'
import { NeedleWatch } from './needle-watch.js'
import { PreviewBuffer } from './preview.js'
import type { RedactionStream, Redactor } from './redactor.js'

export const DEFAULT_PREVIEW_BYTES = 2048
export const DEFAULT_RETAIN_BYTES = 16 * 1024 * 1024

const NEWLINE = 0x0a

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
  /** Decodes what goes to the redactor as text (a line too long to hold as bytes). */
  private readonly decoder = new StringDecoder('utf8')
  /** Decodes the retained raw text. */
  private readonly retainDecoder = new StringDecoder('utf8')
  private readonly redactor: Redactor
  private readonly redaction: RedactionStream
  private readonly hash = createHash('sha256')
  private readonly preview: PreviewBuffer
  private readonly needles: NeedleWatch
  private readonly sink: OutputSink | undefined
  private readonly retainBytes: number
  private retained: string[] | undefined = []
  /** The start of the current line, not yet redacted (fewer than lineCap bytes). */
  private carry: Buffer[] = []
  private carryBytes = 0
  /** The current line went to the redactor as text: the rest of it follows until its "\n". */
  private streaming = false
  private rawBytes = 0
  private bytes = 0
  private writing: Promise<void> = Promise.resolve()
  private ended = false

  constructor(options: CollectorOptions) {
    this.redactor = options.redactor
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
    this.retain(chunk)
    let rest = chunk
    if (this.streaming) {
      const nl = chunk.indexOf(NEWLINE)
      if (nl === -1) {
        this.emitText(this.redaction.push(this.decoder.write(chunk)))
        return this.pressure()
      }
      this.streaming = false
      this.emitText(this.redaction.push(this.decoder.write(chunk.subarray(0, nl + 1))))
      rest = chunk.subarray(nl + 1)
    }
    const last = rest.lastIndexOf(NEWLINE)
    if (last === -1) {
      this.hold(rest)
      return this.pressure()
    }
    const first = rest.indexOf(NEWLINE)
    if (this.carryBytes > 0) {
      // The line begun in an earlier chunk, completed: a small copy; the rest is not copied.
      this.carry.push(rest.subarray(0, first + 1))
      const line = Buffer.concat(this.carry)
      this.carry = []
      this.carryBytes = 0
      this.block(line)
      this.block(rest.subarray(first + 1, last + 1))
    } else this.block(rest.subarray(0, last + 1))
    this.hold(rest.subarray(last + 1))
    return this.pressure()
  }

  /** Flushes the last line, closes the sink and returns what was collected. */
  async end(): Promise<CollectedOutput> {
    if (this.ended) throw new Error('OutputCollector.end called twice')
    this.ended = true
    if (this.retained !== undefined) this.retained.push(this.retainDecoder.end())
    try {
      const tail = Buffer.concat(this.carry)
      this.carry = []
      const text = this.decoder.write(tail) + this.decoder.end()
      this.emitText(this.redaction.push(text) + this.redaction.end())
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

  /** Keeps the start of a line; a line too long to keep goes to the redactor as text. */
  private hold(part: Buffer): void {
    if (part.length === 0) return
    this.carry.push(part)
    this.carryBytes += part.length
    if (this.carryBytes < this.redactor.lineCap) return
    const text = this.decoder.write(Buffer.concat(this.carry))
    this.carry = []
    this.carryBytes = 0
    this.streaming = true
    this.emitText(this.redaction.push(text))
  }

  /** Whole lines, each ending in "\n". */
  private block(lines: Buffer): void {
    if (lines.length === 0) return
    // Below lineCap bytes, no line is cut into segments, so the per-line check is exact.
    const whole = lines.length < this.redactor.lineCap
    if (whole && isUtf8(lines) && !this.redactor.mayChange(lines)) this.emitBytes(lines)
    else this.emitText(this.redaction.push(lines.toString('utf8')))
  }

  private retain(chunk: Buffer): void {
    if (this.retained === undefined) return
    if (this.rawBytes > this.retainBytes) this.retained = undefined
    else this.retained.push(this.retainDecoder.write(chunk))
  }

  private emitText(text: string): void {
    if (text !== '') this.emitBytes(Buffer.from(text, 'utf8'))
  }

  private emitBytes(bytes: Buffer): void {
    this.bytes += bytes.length
    this.hash.update(bytes)
    this.preview.add(bytes)
    const sink = this.sink
    if (sink === undefined) return
    // Chained, so writes reach the sink in order even if a caller does not wait.
    this.writing = this.writing.then(() => sink.write(bytes))
  }

  private pressure(): void | Promise<void> {
    return this.sink === undefined ? undefined : this.writing
  }
}
