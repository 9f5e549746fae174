import { compileRegex } from '../../src/runbook/index.js'

describe('compileRegex (RE2 spelling)', () => {
  it('turns a leading (?i) into a flag', () => {
    const r = compileRegex('(?i)password\\s*[:=]\\s*\\S+')
    expect(r.ok && r.regex.flags).toBe('i')
    expect(r.ok && r.regex.test('PASSWORD=x')).toBe(true)
  })

  it('reads named groups and absolute anchors as RE2 does', () => {
    const r = compileRegex('(?m)\\Aa(?P<rest>.*)$\\z')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.regex.test('abc')).toBe(true)
    expect(r.regex.test('x\nabc')).toBe(false)
    expect('abc'.match(r.regex)?.groups?.rest).toBe('bc')
  })

  it.each([
    ['a(?i)b', 'inline flags are only supported at the start'],
    ['(?U)a+', '(?U)'],
    ['[[:alpha:]]', 'POSIX classes'],
    ['\\Qa.b\\E', '\\Q...\\E'],
    ['(abc', 'Unterminated group']
  ])('refuses %s with a reason', (pattern, reason) => {
    const r = compileRegex(pattern)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain(reason)
  })
})
