import fc from 'fast-check'
import { blockScanner, candidateLines } from '../../../src/engine/output/line-scan.js'
import { compileRegex } from '../../../src/runbook/index.js'

function pattern(source: string) {
  const c = compileRegex(source)
  if (!c.ok) throw new Error(c.error)
  return c.regex
}

/** The definition: the start of every line (without its "\r") that the pattern matches alone. */
function eachLine(block: string, source: string): number[] {
  const p = pattern(source)
  const starts: number[] = []
  let start = 0
  for (const line of block.split('\n').slice(0, -1)) {
    if (p.test(line.endsWith('\r') ? line.slice(0, -1) : line)) starts.push(start)
    start += line.length + 1
  }
  return starts
}

describe('candidateLines', () => {
  // Blocks long enough to be halved many times, with few matching lines among many.
  const line = fc.oneof(
    {
      weight: 30,
      arbitrary: fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1'), maxLength: 60 })
    },
    fc.constantFrom('password = s3cret', 'x PWD: y', 'end x', 'ax\r', 'pass word=1', 'line 2')
  )
  const block = fc
    .array(line, { minLength: 40, maxLength: 400, size: 'max' })
    .map((ls) => ls.join('\n') + '\n')

  // None of these has a required literal, so the pattern itself scans the block.
  it.each([
    '(?i)(password|passwd|pwd)\\s*[:=]\\s*\\S+',
    '[x]$',
    '\\A[l][i]',
    '(?-m:^[l][i])',
    '(?-m:[x]$)',
    '\\d\\s\\d'
  ])('finds exactly the lines %s matches alone, however long the block (property)', (source) => {
    const scanner = blockScanner(pattern(source))
    fc.assert(
      fc.property(block, (b) => {
        expect(scanner).not.toHaveProperty('literal')
        expect(candidateLines(b, [scanner])).toEqual(eachLine(b, source))
      }),
      { numRuns: 60, endOnFailure: true }
    )
  })
})

describe('literal prefilters', () => {
  it("RE2 folds ASCII letters with their other case, and k and s with U+212A and U+017F only (the prefilter's table)", () => {
    const all = compileRegex('(?i)[a-z]')
    if (!all.ok) throw new Error(all.error)
    let text = ''
    for (let cp = 0; cp <= 0x10ffff; cp++)
      if (cp < 0xd800 || cp > 0xdfff) text += String.fromCodePoint(cp)
    const found: number[] = []
    for (let m = all.regex.exec(text); m !== null; m = all.regex.exec(text, m.end))
      found.push(text.codePointAt(m.index) as number)
    const letters = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c) =>
      c.charCodeAt(0)
    )
    expect(found.sort((a, b) => a - b)).toEqual([...letters, 0x17f, 0x212a].sort((a, b) => a - b))
  })

  it.each([
    ['(?i)(password|passwd|pwd)\\s*[:=]\\s*\\S+', 'x PAſſWORD=1\nPwD: 2\nnone\n', [0, 13]],
    ['(?i)kube-token=\\S+', 'KUBE-TOKEN=1\nkube-token=2\nno\n', [0, 13]],
    ['(secret|token)=\\S+', 'a token=1\nSECRET=2\nsecret=3\n', [0, 19]]
  ])('%s finds the candidate lines of %j', (source, block, starts) => {
    const scanner = blockScanner(pattern(source))
    expect(scanner).toHaveProperty('literals')
    expect(candidateLines(block, [scanner])).toEqual(starts)
    expect(eachLine(block, source)).toEqual(starts)
  })
})
