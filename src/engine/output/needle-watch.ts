// Watching a stream for substrings (the needles of `contains` assertions) in bounded memory: each
// chunk is searched, and so is the seam with the previous chunk, using the last (longest needle - 1)
// bytes of the stream. Needles are searched as UTF-8 bytes in the raw stream.

export class NeedleWatch {
  private readonly found = new Map<string, boolean>()
  private pending: { needle: string; bytes: Buffer }[]
  private carry: Buffer = Buffer.alloc(0)
  private carrySize: number

  constructor(needles: readonly string[]) {
    for (const n of needles) this.found.set(n, n === '')
    this.pending = [...this.found.keys()]
      .filter((n) => n !== '')
      .map((needle) => ({ needle, bytes: Buffer.from(needle, 'utf8') }))
    this.carrySize = Math.max(0, ...this.pending.map((p) => p.bytes.length - 1))
  }

  /** For each needle: was it seen so far? */
  get seen(): ReadonlyMap<string, boolean> {
    return this.found
  }

  scan(chunk: Buffer): void {
    if (this.pending.length === 0 || chunk.length === 0) return
    const seam =
      this.carry.length === 0
        ? undefined
        : Buffer.concat([this.carry, chunk.subarray(0, this.carrySize)])
    this.pending = this.pending.filter((p) => {
      const hit = chunk.includes(p.bytes) || (seam?.includes(p.bytes) ?? false)
      if (hit) this.found.set(p.needle, true)
      return !hit
    })
    this.carrySize = Math.max(0, ...this.pending.map((p) => p.bytes.length - 1))
    this.carry = lastBytesCopy(this.carry, chunk, this.carrySize)
  }
}

/** The last `n` bytes of `before` followed by `chunk`, copied so no chunk is kept alive. */
function lastBytesCopy(before: Buffer, chunk: Buffer, n: number): Buffer {
  if (n === 0) return Buffer.alloc(0)
  if (chunk.length >= n) return Buffer.from(chunk.subarray(chunk.length - n))
  const joined = Buffer.concat([before, chunk])
  return Buffer.from(joined.subarray(Math.max(0, joined.length - n)))
}
