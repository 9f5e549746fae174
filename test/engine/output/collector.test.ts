import { createHash } from 'node:crypto'
import fc from 'fast-check'
import type { CollectorOptions } from '../../../src/engine/output/index.js'
import { compileRedactor, OutputCollector } from '../../../src/engine/output/index.js'
import type { CollectedOutput, OutputSink } from '../../../src/engine/ports.js'

const PASSWORD = { pattern: '(?i)password\\s*[:=]\\s*\\S+', replace: 'password=<redacted>' }

function collector(
  secrets: string[] = [],
  options: Omit<CollectorOptions, 'redactor'> = {}
): OutputCollector {
  const c = compileRedactor([PASSWORD], secrets)
  if (!c.ok) throw new Error(c.errors.join('; '))
  return new OutputCollector({ redactor: c.redactor, ...options })
}

/** Pushes every chunk, waiting for each returned promise, then ends. */
async function collect(c: OutputCollector, chunks: Buffer[]): Promise<CollectedOutput> {
  for (const chunk of chunks) await c.push(chunk)
  return c.end()
}

/** `bytes` split into pieces of `size` bytes: splits multibyte characters on purpose. */
function pieces(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = []
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size))
  return out
}

/** A sink that keeps what it receives and takes its time, as a file on a slow disk would. */
class MemorySink implements OutputSink {
  readonly chunks: Buffer[] = []
  closed = false
  inFlight = 0
  maxInFlight = 0
  async write(chunk: Buffer): Promise<void> {
    this.inFlight++
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
    await new Promise((resolve) => setTimeout(resolve, 1))
    this.chunks.push(Buffer.from(chunk))
    this.inFlight--
  }
  close(): Promise<string> {
    this.closed = true
    return Promise.resolve('outputs/step-1.stdout')
  }
  get bytes(): Buffer {
    return Buffer.concat(this.chunks)
  }
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

describe('OutputCollector', () => {
  it('decodes UTF-8 characters split across chunks', async () => {
    const text = 'grüße € 😀 日本\n'
    const out = await collect(collector(), pieces(Buffer.from(text), 1))
    expect(out.text).toBe(text)
    expect(out.summary.head).toBe(text)
    expect(out.summary.raw_bytes).toBe(Buffer.byteLength(text))
    expect(out.summary.bytes).toBe(Buffer.byteLength(text))
  })

  it('redacts a secret and a rule match split across chunks; the raw text keeps them', async () => {
    const text = 'user=admin TOPSECRET99 password: hunter2 done\n'
    const out = await collect(collector(['TOPSECRET99']), pieces(Buffer.from(text), 3))
    expect(out.summary.head).toBe('user=admin <redacted> password=<redacted> done\n')
    expect(out.text).toBe(text)
    expect(out.summary.raw_bytes).toBe(text.length)
    expect(out.summary.bytes).toBe(Buffer.byteLength(out.summary.head))
  })

  it('gives the sink exactly the redacted stream, in order, one write at a time', async () => {
    const sink = new MemorySink()
    const lines = Array.from({ length: 500 }, (_, i) => `line ${i} password=p${i} ok\n`).join('')
    const out = await collect(collector([], { sink }), pieces(Buffer.from(lines), 97))
    const expected = lines.replace(/password=p\d+/g, 'password=<redacted>')
    expect(sink.bytes.toString('utf8')).toBe(expected)
    expect(out.summary.sha256).toBe(sha256(sink.bytes))
    expect(out.summary.bytes).toBe(sink.bytes.length)
    expect(out.summary.file).toBe('outputs/step-1.stdout')
    expect(sink.closed).toBe(true)
    expect(sink.maxInFlight).toBe(1)
  })

  it('keeps writes in order even when the caller does not wait for push', async () => {
    const sink = new MemorySink()
    const c = collector([], { sink })
    const chunks = pieces(Buffer.from('a\nb\nc\nd\ne\n'), 2)
    for (const chunk of chunks) void c.push(chunk)
    await c.end()
    expect(sink.bytes.toString()).toBe('a\nb\nc\nd\ne\n')
  })

  it('rejects end() when the sink fails, after closing it', async () => {
    const sink = new MemorySink()
    sink.write = () => Promise.reject(new Error('ENOSPC: no space left on device'))
    const c = collector([], { sink })
    await expect(Promise.resolve(c.push(Buffer.from('x\n')))).rejects.toThrow('ENOSPC')
    await expect(c.end()).rejects.toThrow('ENOSPC')
    expect(sink.closed).toBe(true)
  })

  it('digests the redacted stream without a sink too', async () => {
    const out = await collect(collector(), [Buffer.from('password=x\nok')])
    expect(out.summary.sha256).toBe(sha256(Buffer.from('password=<redacted>\nok')))
    expect(out.summary.file).toBeUndefined()
  })

  it('turns invalid UTF-8 into U+FFFD in the redacted stream; raw_bytes counts the input', async () => {
    const raw = Buffer.from([0x61, 0xff, 0x62, 0xe2, 0x82])
    const out = await collect(collector(), [raw])
    expect(out.summary.head).toBe('a\ufffdb\ufffd')
    expect(out.summary.raw_bytes).toBe(5)
    expect(out.summary.bytes).toBe(Buffer.byteLength('a\ufffdb\ufffd'))
  })

  it('keeps the raw text up to the retention limit and drops it beyond', async () => {
    const exact = await collect(collector([], { retainBytes: 10 }), [Buffer.from('0123456789')])
    expect(exact).toMatchObject({ text: '0123456789', overflowed: false })
    const over = await collect(
      collector([], { retainBytes: 10 }),
      pieces(Buffer.from('0123456789A'), 4)
    )
    expect(over.overflowed).toBe(true)
    expect(over.text).toBeUndefined()
    expect(over.summary.raw_bytes).toBe(11)
  })

  it('sees needles split across chunks, in the raw stream', async () => {
    const c = collector(['TOPSECRET99'], { needles: ['TOPSECRET99', 'ready', 'absent', ''] })
    const out = await collect(
      c,
      pieces(Buffer.from('xx TOPSECRET99 ... all rea'), 2).concat(Buffer.from('dy\n'))
    )
    expect(Object.fromEntries(out.seen)).toEqual({
      TOPSECRET99: true,
      ready: true,
      absent: false,
      '': true
    })
  })

  it('sees a multibyte needle split inside a character, without retaining the text', async () => {
    const c = collector([], { needles: ['日本語'], retainBytes: 4 })
    const out = await collect(c, pieces(Buffer.from('とても日本語です'), 1))
    expect(out.overflowed).toBe(true)
    expect(out.seen.get('日本語')).toBe(true)
  })

  it('previews head and tail without splitting a character', async () => {
    const text = '€'.repeat(20) // 60 bytes
    const out = await collect(collector([], { previewBytes: 10 }), pieces(Buffer.from(text), 7))
    expect(out.summary).toMatchObject({ head: '€€€', tail: '€€€', truncated: true })
  })

  it('fills the tail with the rest when the stream fits in head and tail', async () => {
    const out = await collect(collector([], { previewBytes: 4 }), [Buffer.from('abcdefg')])
    expect(out.summary).toMatchObject({ head: 'abcd', tail: 'efg', truncated: false })
    const short = await collect(collector([], { previewBytes: 4 }), [Buffer.from('abc')])
    expect(short.summary).toMatchObject({ head: 'abc', tail: '', truncated: false })
  })

  it('preview: head and tail are the ends of the stream, and say truthfully whether they hold it all', async () => {
    const chars = fc.constantFrom('a', 'é', '€', '😀', '\n')
    await fc.assert(
      fc.asyncProperty(
        fc.array(chars, { maxLength: 80 }).map((a) => a.join('')),
        fc.integer({ min: 4, max: 24 }),
        fc.integer({ min: 1, max: 9 }),
        async (text, size, chunk) => {
          const out = await collect(
            collector([], { previewBytes: size }),
            pieces(Buffer.from(text), chunk)
          )
          const { head, tail, truncated } = out.summary
          expect(Buffer.byteLength(head)).toBeLessThanOrEqual(size)
          expect(Buffer.byteLength(tail)).toBeLessThanOrEqual(size)
          expect(text.startsWith(head)).toBe(true)
          expect(text.endsWith(tail)).toBe(true)
          expect(truncated).toBe(head + tail !== text)
          if (Buffer.byteLength(text) <= size) expect(head).toBe(text)
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('OutputCollector: bytes that no rule can change are passed through without decoding', () => {
  // Rules with a required literal (Bearer, ://), one without (case-insensitive), and a secret.
  const RULES = [
    { pattern: 'Bearer [A-Za-z0-9._~+/-]+=*', replace: 'Bearer <redacted>' },
    { pattern: '(?i)(password|pwd)\\s*[:=]\\s*\\S+', replace: '$1=<redacted>' },
    { pattern: '([a-z][a-z0-9+.-]*://[^:/@\\s]+):[^@\\s]+@', replace: '$1:<redacted>@' }
  ]
  const piece = fc.constantFrom(
    'INFO req=1 ok',
    ' ',
    'Bearer abc.def',
    'PassWord: s3cret',
    'pwd=x',
    'db=pg://u:pw@h',
    'topsecret-value',
    'é€😀',
    '\n',
    '\r\n',
    '\n',
    'x'.repeat(40)
  )
  const invalid = fc.constantFrom(
    Buffer.from([0xff]),
    Buffer.from([0xe2, 0x82]),
    Buffer.from([0x80])
  )

  it('gives exactly the UTF-8 of redactText over the decoded whole, for any chunking and line length', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof({ weight: 9, arbitrary: piece.map((p) => Buffer.from(p)) }, invalid), {
          maxLength: 60
        }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(64, 1024 * 1024),
        async (parts, sizes, lineCap) => {
          const c = compileRedactor(RULES, ['topsecret-value'], { lineCap, overlap: 16 })
          if (!c.ok) throw new Error(c.errors.join('; '))
          const input = Buffer.concat(parts)
          const sink = new MemorySink()
          const col = new OutputCollector({ redactor: c.redactor, sink })
          const chunks: Buffer[] = []
          for (let i = 0, k = 0; i < input.length; k++) {
            const n = sizes[k % sizes.length] as number
            chunks.push(input.subarray(i, i + n))
            i += n
          }
          const out = await collect(col, chunks)
          const want = Buffer.from(c.redactor.redactText(input.toString('utf8')))
          expect(sink.bytes.toString('hex')).toBe(want.toString('hex'))
          expect(out.summary.sha256).toBe(sha256(want))
          expect(out.summary.bytes).toBe(want.length)
          expect(out.summary.raw_bytes).toBe(input.length)
          expect(out.text).toBe(input.toString('utf8'))
        }
      ),
      { numRuns: 300 }
    )
  })
})
