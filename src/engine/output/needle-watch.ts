// Watching a stream for substrings (the needles of `contains` assertions) in bounded memory: each
// chunk is searched, and so is the seam with the previous chunk, using the last (longest needle - 1)
// bytes of the stream. Needles are searched as UTF-8 bytes in the raw stream.
//
// One needle: Buffer.includes. Several: one pass for all of them, not one per needle. The chunk
// is read as Latin-1 (one character per byte, so a match is exactly a byte match) and searched
// with one regex, the needles' bytes as an alternation, longest first. At a position where several
// needles start, the longest that matches is reported and every shorter one is a prefix of it, so
// each needle inside the match text counts as seen; the search goes on from the next position, so
// no occurrence is skipped.

interface Needle {
  needle: string
  bytes: Buffer
  /** The bytes as Latin-1 text. */
  text: string
}

export class NeedleWatch {
  private readonly found = new Map<string, boolean>()
  private pending: Needle[]
  private carry: Buffer = Buffer.alloc(0)
  private carrySize: number
  /** The alternation of the pending needles (when there are several). */
  private any: RegExp | undefined

  constructor(needles: readonly string[]) {
    for (const n of needles) this.found.set(n, n === '')
    this.pending = [...this.found.keys()]
      .filter((n) => n !== '')
      .map((needle) => {
        const bytes = Buffer.from(needle, 'utf8')
        return { needle, bytes, text: bytes.toString('latin1') }
      })
    this.carrySize = 0
    this.update()
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
    const hits =
      this.any === undefined
        ? this.pending.filter((p) => chunk.includes(p.bytes) || (seam?.includes(p.bytes) ?? false))
        : [...this.search(chunk, this.any), ...(seam ? this.search(seam, this.any) : [])]
    if (hits.length > 0) {
      for (const p of hits) this.found.set(p.needle, true)
      this.pending = this.pending.filter((p) => !hits.includes(p))
      this.update()
    }
    this.carry = lastBytesCopy(this.carry, chunk, this.carrySize)
  }

  /** The pending needles found in `bytes`, in one pass of the alternation. */
  private search(bytes: Buffer, any: RegExp): Needle[] {
    const text = bytes.toString('latin1')
    const hits = new Set<Needle>()
    any.lastIndex = 0
    for (let m = any.exec(text); m !== null; m = any.exec(text)) {
      for (const p of this.pending) if (m[0].includes(p.text)) hits.add(p)
      if (hits.size === this.pending.length) break
      any.lastIndex = m.index + 1
    }
    return [...hits]
  }

  private update(): void {
    this.carrySize = Math.max(0, ...this.pending.map((p) => p.bytes.length - 1))
    const texts = this.pending.map((p) => p.text).sort((a, b) => b.length - a.length)
    this.any =
      texts.length < 2
        ? undefined
        : new RegExp(texts.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g')
  }
}

/** The last `n` bytes of `before` followed by `chunk`, copied so no chunk is kept alive. */
function lastBytesCopy(before: Buffer, chunk: Buffer, n: number): Buffer {
  if (n === 0) return Buffer.alloc(0)
  if (chunk.length >= n) return Buffer.from(chunk.subarray(chunk.length - n))
  const joined = Buffer.concat([before, chunk])
  return Buffer.from(joined.subarray(Math.max(0, joined.length - n)))
}
