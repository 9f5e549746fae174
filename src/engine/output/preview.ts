// The head and tail of a byte stream in bounded memory, cut only at UTF-8 character boundaries.

export interface Preview {
  head: string
  tail: string
  truncated: boolean
}

/** Keeps the first and last `size` bytes of a stream of valid UTF-8. */
export class PreviewBuffer {
  private readonly headParts: Buffer[] = []
  private headLength = 0
  private tailBytes: Buffer = Buffer.alloc(0)
  private total = 0

  constructor(private readonly size: number) {}

  add(chunk: Buffer): void {
    if (chunk.length === 0) return
    this.total += chunk.length
    // Three bytes more than the head shows: enough to see where the character at the cut ends.
    if (this.headLength < this.size + 3) {
      // A copy, so the preview never keeps a whole chunk alive.
      const part = Buffer.from(chunk.subarray(0, this.size + 3 - this.headLength))
      this.headParts.push(part)
      this.headLength += part.length
    }
    this.tailBytes =
      chunk.length >= this.size
        ? Buffer.from(chunk.subarray(chunk.length - this.size))
        : lastBytes(Buffer.concat([this.tailBytes, chunk]), this.size)
  }

  /**
   * head: at most `size` bytes from the start; tail: at most `size` bytes from the end, and empty
   * when head holds everything. When the stream fits in both, head + tail is the whole stream;
   * `truncated` says whether bytes between them were left out.
   */
  result(): Preview {
    const headBytes = Buffer.concat(this.headParts)
    if (this.total <= this.size)
      return { head: headBytes.toString('utf8'), tail: '', truncated: false }
    // headBytes[size] exists: the stream is longer than `size`.
    const headEnd = boundaryAtOrBefore(headBytes, this.size)
    const rest = this.total - headEnd
    const tailStart =
      rest <= this.tailBytes.length
        ? this.tailBytes.length - rest
        : boundaryAtOrAfter(this.tailBytes, 0)
    const tail = this.tailBytes.subarray(tailStart)
    return {
      head: headBytes.subarray(0, headEnd).toString('utf8'),
      tail: tail.toString('utf8'),
      truncated: headEnd + tail.length < this.total
    }
  }
}

function lastBytes(buf: Buffer, n: number): Buffer {
  return buf.length <= n ? buf : buf.subarray(buf.length - n)
}

/** A UTF-8 continuation byte (10xxxxxx) is never the start of a character. */
const isContinuation = (byte: number | undefined): boolean =>
  byte !== undefined && (byte & 0xc0) === 0x80

function boundaryAtOrBefore(buf: Buffer, i: number): number {
  let at = i
  while (at > 0 && isContinuation(buf[at])) at--
  return at
}

function boundaryAtOrAfter(buf: Buffer, i: number): number {
  let at = i
  while (at < buf.length && isContinuation(buf[at])) at++
  return at
}
