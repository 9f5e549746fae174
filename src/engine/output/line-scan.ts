// Finding, in a block of lines, the only lines a rule can change, with one native regex scan per
// rule instead of one call per line. This is what makes redaction fast on large outputs; the rules
// are then applied line by line to those lines only, so the result is exactly the per-line one.
//
// Why it is exact: take the rule's regex with the `m` flag (so ^ and $ also match at line breaks).
// If the rule matches somewhere in a line, the same characters match in the block: outside the
// line the regex can only look through ^, $, \b and \B, and each reads a line break the way it
// reads the start or end of a line. Lookarounds can see past a line, so a rule using them
// (including \A and \z, which compile to lookarounds) gets no scanner and every line is a candidate.

/** The rule's regex as a block scanner, or undefined when it cannot be one. */
export function blockScanner(regex: RegExp): RegExp | undefined {
  if (/\(\?<?[=!]/.test(regex.source)) return undefined
  const flags = regex.flags.includes('m') ? regex.flags : regex.flags + 'm'
  return new RegExp(regex.source, flags.includes('g') ? flags : flags + 'g')
}

/**
 * Start offsets, ascending, of the lines of `block` (each line ending in "\n") in which one of
 * `scanners` finds a match. A line not listed is certainly left unchanged by every rule.
 */
export function candidateLines(block: string, scanners: readonly RegExp[]): number[] {
  const starts = new Set<number>()
  for (const re of scanners) {
    for (let pos = 0; pos < block.length;) {
      re.lastIndex = pos
      const m = re.exec(block)
      if (m === null || m.index >= block.length) break
      starts.add(m.index === 0 ? 0 : block.lastIndexOf('\n', m.index - 1) + 1)
      pos = block.indexOf('\n', m.index) + 1
    }
    re.lastIndex = 0
  }
  return [...starts].sort((a, b) => a - b)
}
