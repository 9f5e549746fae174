import fc from 'fast-check'
import type { Redactor, RedactorOptions } from '../../../src/engine/output/redactor.js'
import { compileRedactor } from '../../../src/engine/output/redactor.js'
import { parseReplacement, replaceAllGo } from '../../../src/engine/output/go-replace.js'
import type { RedactRule } from '../../../src/runbook/index.js'
import { compileRegex } from '../../../src/runbook/index.js'

function redactor(
  rules: RedactRule[],
  secrets: string[] = [],
  options: RedactorOptions = {}
): Redactor {
  const c = compileRedactor(rules, secrets, options)
  if (!c.ok) throw new Error(c.errors.join('; '))
  return c.redactor
}

/** Pushes `text` in pieces cut at `cuts` (any order, any value) and concatenates the output. */
function streamed(r: Redactor, text: string, cuts: number[]): string {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
  const s = r.stream()
  let out = ''
  let from = 0
  for (const c of [...at, text.length]) {
    out += s.push(text.slice(from, c))
    from = c
  }
  return out + s.end()
}

const PASSWORD: RedactRule = {
  pattern: '(?i)password\\s*[:=]\\s*\\S+',
  replace: 'password=<redacted>'
}
const KEY: RedactRule = { pattern: '(?P<k>key)=(\\w+)', replace: '${k}=***' }
const COMMENT: RedactRule = { pattern: '^#.*$', replace: '#' }
const BEARER: RedactRule = { pattern: 'Bearer [A-Za-z0-9._~+/-]+=*' }
const AFTER_ID: RedactRule = { pattern: '(id=)\\d+', replace: '${1}N' }
const LINE_START: RedactRule = { pattern: '\\Aline\\b', replace: 'L' }

describe('redaction rules', () => {
  it('applies rules line by line with the default replacement', () => {
    const r = redactor([BEARER, PASSWORD])
    expect(r.redactText('auth: Bearer abc.DEF-1==\npassword: hunter2 ok\nplain\n')).toBe(
      'auth: <redacted>\npassword=<redacted> ok\nplain\n'
    )
  })

  it('never matches across a line break, even with \\s or (?s)', () => {
    const r = redactor([{ pattern: 'token\\s+\\S+' }, { pattern: '(?s)begin.*end' }])
    expect(r.redactText('token\nvalue\nbegin\nend\n')).toBe('token\nvalue\nbegin\nend\n')
    expect(r.redactText('token value begin x end')).toBe('<redacted> <redacted>')
  })

  it('anchors ^ and $ at each line, and keeps a CR line ending out of the line', () => {
    const r = redactor([COMMENT, { pattern: '\\d+$', replace: 'N' }])
    expect(r.redactText('# secret\nx # not\r\nport 8080\r\nend 1')).toBe(
      '#\nx # not\r\nport N\r\nend N'
    )
  })

  it('applies rules in order, each to the output of the previous one', () => {
    const r = redactor([
      { pattern: 'a', replace: 'b' },
      { pattern: 'b', replace: 'c' }
    ])
    expect(r.redactText('ab')).toBe('cc')
  })

  it('gives rules with absolute anchors the same per-line semantics', () => {
    const r = redactor([AFTER_ID, LINE_START, { pattern: '(?-m)x$\\z', replace: 'X' }])
    expect(r.redactText('id=42 id=7\nline id=x\nline\r\nax\n')).toBe('id=N id=N\nL id=X\nL\r\naX\n')
  })

  it('runs in linear time: a pattern that backtracks exponentially in JavaScript cannot hang', () => {
    const r = redactor([{ pattern: '(a+)+$' }, { pattern: '(\\w+\\s?)*!' }])
    const line = 'a'.repeat(20000) + 'b ' + 'word '.repeat(2000)
    expect(r.redactText(`${line}\n${line}`)).toBe(`${line}\n${line}`)
  })

  it('reports every pattern that does not compile, by index', () => {
    const c = compileRedactor([{ pattern: '(a' }, BEARER, { pattern: '(?<=id=)\\d+' }], [])
    expect(c.ok).toBe(false)
    if (!c.ok) {
      expect(c.errors).toHaveLength(2)
      expect(c.errors[0]).toMatch(/^redact\[0\]: invalid regular expression/)
      expect(c.errors[1]).toMatch(/^redact\[2\]: invalid regular expression '\(\?<=id=\)/)
    }
  })

  it('refuses an overlap that would not leave room to move a cut', () => {
    expect(() => redactor([], [], { lineCap: 64, overlap: 17 })).toThrow(RangeError)
  })
})

describe('literal secrets', () => {
  it('replaces every occurrence, longest secret first', () => {
    const r = redactor([], ['hunter2', 'hunter22x'])
    expect(r.redactText('pw hunter22x and hunter2, hunter2!')).toBe(
      'pw <redacted> and <redacted>, <redacted>!'
    )
  })

  it('ignores values shorter than 4 characters, which would shred ordinary output', () => {
    const r = redactor([], ['1', 'dev', 'prod'])
    expect(r.redactText('dev 1 prod')).toBe('dev 1 <redacted>')
  })

  it('redacts a multi-line value line by line', () => {
    const r = redactor([], ['-----BEGIN KEY-----\nMIIBOgIBAAJBAK\nab\n-----END KEY-----'])
    expect(r.redactText('-----BEGIN KEY-----\nMIIBOgIBAAJBAK\nab\n')).toBe(
      '<redacted>\n<redacted>\nab\n'
    )
  })

  it('treats regex characters in a secret literally', () => {
    const r = redactor([], ['a.b*c(d)$'])
    expect(r.redactText('a.b*c(d)$ axbbbcd')).toBe('<redacted> axbbbcd')
  })

  it('redacts a secret that a rule replacement puts back together', () => {
    const r = redactor([{ pattern: '-', replace: '' }], ['ABCD1234'])
    expect(r.redactText('ABCD-1234')).toBe('<redacted>')
  })

  it('redacts a secret before a rule could keep part of it', () => {
    const r = redactor([{ pattern: '(\\w)\\w+', replace: '$1' }], ['TOPSECRET'])
    expect(r.redactText('x TOPSECRET')).toBe('x <r>')
  })
})

describe('overlong lines', () => {
  const opts = { lineCap: 64, overlap: 16 }

  it('cuts a long line into segments no longer than the cap, losing nothing', () => {
    const r = redactor([{ pattern: 'zzz' }], [], opts)
    const line = 'abcdefghij'.repeat(30)
    const s = r.stream()
    const first = s.push(line)
    expect(first.length).toBeGreaterThan(0)
    expect(first + s.end()).toBe(line)
  })

  it('moves the cut back so a secret straddling it is redacted whole', () => {
    // The default cut of the first window is at 64 - 16 = 48: the secret covers 44..56.
    const secret = 'SECRET123456'
    const line = 'a'.repeat(44) + secret + 'b'.repeat(100)
    const r = redactor([], [secret], opts)
    expect(r.redactText(line)).toBe('a'.repeat(44) + '<redacted>' + 'b'.repeat(100))
    expect(streamed(r, line, [45, 50, 63, 64, 65])).toBe(r.redactText(line))
  })

  it('moves the cut back so a rule match straddling it is redacted whole', () => {
    const line = 'x'.repeat(40) + ' password=abcdefghijklmno ' + 'y'.repeat(100)
    const r = redactor([PASSWORD], [], opts)
    expect(r.redactText(line)).toBe('x'.repeat(40) + ' password=<redacted> ' + 'y'.repeat(100))
  })

  it('does not split a surrogate pair at a cut', () => {
    // Odd offset: the default cut (48) falls between the two halves of an emoji.
    const line = 'x' + '😀'.repeat(100)
    const r = redactor([{ pattern: 'nomatch' }], [], opts)
    const s = r.stream()
    const parts = [s.push(line), s.end()]
    expect(parts.join('')).toBe(line)
    for (const p of parts) expect(p).toBe(Buffer.from(p, 'utf8').toString('utf8'))
  })
})

// Alphabets: secrets are upper case and digits, which no `<redacted>` marker holds, so a secret
// can only survive as itself.
const secretArb = fc.stringMatching(/^[A-Z0-9]{4,12}$/)
const fragment = (secrets: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 6 }),
    fc.constantFrom('\n', '\r\n', '\r', ' ', 'password=', 'PASSWORD: ', 'key=', '\n#', 'id=', '-'),
    fc.constantFrom(...secrets)
  )
const textWithSecrets = secretArb.chain((s0) =>
  fc.array(secretArb, { maxLength: 3 }).chain((more) => {
    const secrets = [s0, ...more]
    return fc.record({
      secrets: fc.constant(secrets),
      text: fc.array(fragment(secrets), { maxLength: 60 }).map((f) => f.join('')),
      cuts: fc.array(fc.nat(), { maxLength: 12 })
    })
  })
)

/** The definition, applied line by line with no block scanning and no streaming. */
function reference(rules: RedactRule[], secrets: string[], text: string): string {
  const sorted = [...new Set(secrets)].sort((a, b) => b.length - a.length)
  const hide = (s: string): string => {
    let out = ''
    for (let i = 0; i < s.length;) {
      const hit = sorted.find((x) => s.startsWith(x, i))
      out += hit === undefined ? (s[i] as string) : '<redacted>'
      i += hit === undefined ? 1 : hit.length
    }
    return out
  }
  const compiled = rules.map((r) => {
    const c = compileRegex(r.pattern)
    if (!c.ok) throw new Error(c.error)
    return { regex: c.regex, parts: parseReplacement(r.replace ?? '<redacted>') }
  })
  const line = (l: string): string => {
    const cr = l.endsWith('\r')
    const body = cr ? l.slice(0, -1) : l
    let out = hide(body)
    const before = out
    for (const r of compiled) out = replaceAllGo(out, r.regex, r.parts)
    if (out !== before) out = hide(out)
    return cr ? out + '\r' : out
  }
  return text.split('\n').map(line).join('\n')
}

describe('streaming redaction (property)', () => {
  const ruleSets: [string, RedactRule[]][] = [
    ['block-scannable rules', [PASSWORD, KEY, COMMENT, { pattern: '-+', replace: '' }]],
    [
      'rules a block test cannot read',
      [PASSWORD, AFTER_ID, LINE_START, { pattern: '-+', replace: '' }]
    ]
  ]

  it.each(ruleSets)('%s: equals the line-by-line definition for every chunking', (_, rules) => {
    fc.assert(
      fc.property(textWithSecrets, ({ secrets, text, cuts }) => {
        const r = redactor(rules, secrets)
        const expected = reference(rules, secrets, text)
        expect(r.redactText(text)).toBe(expected)
        expect(streamed(r, text, cuts)).toBe(expected)
      }),
      { numRuns: 300 }
    )
  })

  it.each(ruleSets)('%s: no secret survives, whatever the chunking', (_, rules) => {
    fc.assert(
      fc.property(textWithSecrets, ({ secrets, text, cuts }) => {
        const out = streamed(redactor(rules, secrets), text, cuts)
        for (const s of secrets) expect(out).not.toContain(s)
      }),
      { numRuns: 300 }
    )
  })

  it('with overlong lines: streaming equals one-shot and no secret survives', () => {
    const opts = { lineCap: 64, overlap: 16 }
    const longText = textWithSecrets.map((t) => ({ ...t, text: t.text.replace(/\n/g, ' ') }))
    fc.assert(
      fc.property(fc.oneof(textWithSecrets, longText), ({ secrets, text, cuts }) => {
        const r = redactor(ruleSets[0]?.[1] ?? [], secrets, opts)
        const once = r.redactText(text)
        expect(streamed(r, text, cuts)).toBe(once)
        for (const s of secrets) expect(once).not.toContain(s)
      }),
      { numRuns: 500 }
    )
  })
})
