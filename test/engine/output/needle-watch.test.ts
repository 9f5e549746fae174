// NeedleWatch sees a needle exactly when the whole stream holds it, however the stream is cut into
// chunks: one needle or several, needles that are prefixes or parts of one another, multibyte text.
import fc from 'fast-check'
import { NeedleWatch } from '../../../src/engine/output/needle-watch.js'

const seenIn = (chunks: Buffer[], needles: string[]): Record<string, boolean> => {
  const watch = new NeedleWatch(needles)
  for (const c of chunks) watch.scan(c)
  return Object.fromEntries(watch.seen)
}
const truth = (chunks: Buffer[], needles: string[]): Record<string, boolean> => {
  const whole = Buffer.concat(chunks)
  return Object.fromEntries(needles.map((n) => [n, whole.includes(Buffer.from(n, 'utf8'))]))
}

/** Cuts `bytes` at the given positions (any, even inside a character). */
const cut = (bytes: Buffer, at: number[]): Buffer[] => {
  const points = [...new Set(at.map((a) => a % (bytes.length + 1)))].sort((a, b) => a - b)
  const out: Buffer[] = []
  let from = 0
  for (const p of [...points, bytes.length]) {
    out.push(bytes.subarray(from, p))
    from = p
  }
  return out
}

describe('NeedleWatch', () => {
  // A small alphabet makes needles that overlap, repeat and contain each other common.
  const unit = fc.constantFrom('a', 'b', 'c', '.', '|', 'é', '日')
  const text = fc.string({ unit, maxLength: 60 })
  const needle = fc.string({ unit, maxLength: 4 })

  it('sees each needle exactly when the whole stream holds it, for any chunking', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(needle, { maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (stream, needles, at) => {
          const chunks = cut(Buffer.from(stream, 'utf8'), at)
          expect(seenIn(chunks, needles)).toEqual(truth(chunks, needles))
        }
      ),
      { numRuns: 4000 }
    )
  })

  it('sees each needle of one chunk, where needles overlap and contain each other', () => {
    fc.assert(
      fc.property(text, fc.array(needle, { maxLength: 5 }), (stream, needles) => {
        const chunks = [Buffer.from(stream, 'utf8')]
        expect(seenIn(chunks, needles)).toEqual(truth(chunks, needles))
      }),
      { numRuns: 4000 }
    )
  })

  it('sees a shorter needle inside a longer one that matched at the same place', () => {
    const chunks = [Buffer.from('xx abcd yy')]
    expect(seenIn(chunks, ['abc', 'abcd', 'bc', 'zz'])).toEqual({
      abc: true,
      abcd: true,
      bc: true,
      zz: false
    })
  })

  it('sees needles that overlap, each at its own place, and regex characters as text', () => {
    expect(seenIn([Buffer.from('aXbcd.*')], ['bcd', 'Xb', '.*', 'a.'])).toEqual({
      bcd: true,
      Xb: true,
      '.*': true,
      'a.': false
    })
  })
})
