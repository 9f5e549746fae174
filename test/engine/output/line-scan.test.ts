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
