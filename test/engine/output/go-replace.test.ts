import { parseReplacement, replaceAllGo } from '../../../src/engine/output/go-replace.js'
import { compileRegex } from '../../../src/runbook/index.js'

/** regexp.MustCompile(pattern).ReplaceAllString(text, template), as Go computes it. */
function goReplace(pattern: string, text: string, template: string): string {
  const c = compileRegex(pattern)
  if (!c.ok) throw new Error(c.error)
  return replaceAllGo(text, c.regex, parseReplacement(template))
}

describe('Go replacement templates (regexp.Expand)', () => {
  // Expected values are what Go 1.22 prints for the same call.
  it.each([
    ['numbered group', '(\\w+)=(\\w+)', 'a=b', '$2=$1', 'b=a'],
    ['braced group', '(\\w+)=(\\w+)', 'a=b', '${1}x', 'ax'],
    ['$1x is the name 1x, which does not exist', '(\\w+)=(\\w+)', 'a=b', '$1x', ''],
    ['$10 is group 10, not group 1 then 0', '(a)', 'a', '$10', ''],
    [
      'named group, braced',
      '(?P<user>\\w+)@(?P<host>\\w+)',
      'bob@box',
      '${host}:${user}',
      'box:bob'
    ],
    ['named group, bare', '(?P<user>\\w+)@', 'bob@x', '$user!', 'bob!x'],
    ['$$ is a literal $', 'cost', 'cost', '$$5', '$5'],
    ['$$1 is a literal $ then 1', '(c)ost', 'cost', '$$1', '$1'],
    ['a malformed reference keeps its $', 'x', 'x', '$ ${ ${1 $-', '$ ${ ${1 $-'],
    ['a lone trailing $ stays', 'x', 'x', 'y$', 'y$'],
    ['unknown name is empty', '(a)', 'a', '[$nope]', '[]'],
    ['out-of-range group is empty', '(a)', 'a', '[$7]', '[]'],
    ['leading zero makes a name, not a number', '(a)', 'a', '[$01]', '[]'],
    ['unmatched optional group is empty', '(a)?b', 'b', '[$1]', '[]'],
    ['group 0 is the whole match', 'b+', 'abbbc', '<$0>', 'a<bbb>c']
  ])('%s', (_, pattern, text, template, expected) => {
    expect(goReplace(pattern, text, template)).toBe(expected)
  })

  it.each([
    ['$&', '$&'],
    ['$`', '$`'],
    ["$'", "$'"],
    ['$<user>', '$<user>']
  ])('does not interpret the JavaScript replacement %s', (template, expected) => {
    expect(goReplace('(?P<user>b)', 'abc', template)).toBe(`a${expected}c`)
  })

  it('treats empty matches as Go does: none right after a match, advancing by a character', () => {
    // Go: regexp.MustCompile(`b*`).ReplaceAllString("abc", "X") == "XaXcX"
    expect(goReplace('b*', 'abc', 'X')).toBe('XaXcX')
    expect(goReplace('x*', '', 'X')).toBe('X')
    expect(goReplace('x*', '😀', '-')).toBe('-😀-')
  })

  it('returns the very same string when nothing matches', () => {
    const text = 'nothing to see'
    expect(goReplace('secret', text, 'X')).toBe(text)
  })
})
