import { compileRegex, regexMatches } from '../../src/runbook/index.js'

describe('compileRegex (RE2 syntax on a linear-time engine)', () => {
  it('reads (?i) flags anywhere, as RE2 does', () => {
    const r = compileRegex('(?i)password\\s*[:=]\\s*\\S+')
    expect(r.ok && r.regex.test('PASSWORD=x')).toBe(true)
    const mid = compileRegex('a(?i)b')
    expect(mid.ok && mid.regex.test('aB')).toBe(true)
    expect(mid.ok && mid.regex.test('AB')).toBe(false)
  })

  it('reads named groups and absolute anchors as RE2 does', () => {
    const r = compileRegex('(?m)\\Aa(?P<rest>.*)$\\z')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.regex.test('abc')).toBe(true)
    expect(r.regex.test('x\nabc')).toBe(false)
    expect(r.regex.exec('abc')?.group('rest')).toBe('bc')
  })

  it.each([
    ['[[:alpha:]]+', 'abc', true],
    ['\\Qa.b\\E', 'axb', false],
    ['\\Qa.b\\E', 'a.b', true],
    ['(?U)a+', 'aaa', true],
    ['\\pL\\x{41}', 'zA', true]
  ])('%s on %s: %s (RE2 spellings JavaScript lacks)', (pattern, text, expected) => {
    const r = compileRegex(pattern)
    expect(r.ok && r.regex.test(text)).toBe(expected)
  })

  it('exec from an offset still sees what comes before it (^ and \\b)', () => {
    const r = compileRegex('^x|\\bx')
    if (!r.ok) throw new Error(r.error)
    expect(r.regex.exec('xax x', 1)?.index).toBe(4)
  })

  it('offsets are UTF-16 indices, as String.slice takes them', () => {
    const r = compileRegex('x(\\d+)')
    if (!r.ok) throw new Error(r.error)
    const m = r.regex.exec('😀😀x12')
    expect([m?.index, m?.end, m?.group(1)]).toEqual([4, 7, '12'])
  })

  it.each([
    ['(abc', 'missing closing )'],
    ['a(?=b)', 'invalid or unsupported Perl syntax'],
    ['(a)\\1', 'invalid escape sequence']
  ])('refuses %s with a reason', (pattern, reason) => {
    const r = compileRegex(pattern)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain(reason)
  })

  // Each of these takes exponential time in a backtracking engine (JavaScript's RegExp) on the
  // text beside it; RE2 answers in time linear in the text. If the engine were a backtracking one,
  // this test would not finish (Jest's timeout fails it).
  it.each([
    ['(a+)+$', 'a'.repeat(5000) + 'b'],
    ['(a|a)*c', 'a'.repeat(5000)],
    ['^(\\w+\\s?)*$', 'word '.repeat(2000) + '!'],
    ['(x+x+)+y', 'x'.repeat(5000)]
  ])('%s cannot hang', (pattern, text) => {
    const r = compileRegex(pattern)
    if (!r.ok) throw new Error(r.error)
    expect(r.regex.test(text)).toBe(false)
    expect(r.regex.exec(text)).toBeNull()
  })
})

describe('regexMatches (for expression languages: CEL matches())', () => {
  it('is an unanchored RE2 search', () => {
    expect(regexMatches('foobar', 'o+b')).toEqual({ ok: true, matched: true })
    expect(regexMatches('foobar', '^bar')).toEqual({ ok: true, matched: false })
    expect(regexMatches('a'.repeat(3000) + 'b', '(a+)+$')).toEqual({ ok: true, matched: false })
  })

  it('says why a pattern is invalid, never throws', () => {
    const r = regexMatches('x', '(')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain("invalid regular expression '('")
  })
})
