// Finding, in a block of lines, the only lines a rule can change, with one fast search per rule
// instead of one regex call per line. This is what makes redaction fast on large outputs; the
// rules are then applied line by line to those lines only, so the result is exactly the per-line
// one.
//
// Two kinds of scanner:
// - A required literal (required-literal.ts): a line can only match if it holds that literal,
//   found with indexOf.
// - The rule's regex with the `m` flag (so ^ and $ also match at line breaks). If the rule
//   matches somewhere in a line, the same characters match in the block: outside the line the
//   regex can only look through ^, $, \b and \B, and each reads a line break the way it reads the
//   start or end of a line. Lookarounds can see past a line, so a rule using them (including \A
//   and \z, which compile to lookarounds) gets no scanner and every line is a candidate.
import { requiredLiteral } from './required-literal.js'

export type BlockScanner = { literal: string } | { regex: RegExp }

/** How to find the lines a rule may match, or undefined when every line is a candidate. */
export function blockScanner(regex: RegExp): BlockScanner | undefined {
  const literal = requiredLiteral(regex.source, regex.flags)
  if (literal !== undefined) return { literal }
  if (/\(\?<?[=!]/.test(regex.source)) return undefined
  const flags = regex.flags.includes('m') ? regex.flags : regex.flags + 'm'
  return { regex: new RegExp(regex.source, flags.includes('g') ? flags : flags + 'g') }
}

/**
 * Start offsets, ascending, of the lines of `block` (each line ending in "\n") in which one of
 * `scanners` finds a candidate. A line not listed is certainly left unchanged by every rule.
 */
export function candidateLines(block: string, scanners: readonly BlockScanner[]): number[] {
  const starts = new Set<number>()
  for (const scanner of scanners) {
    for (let pos = 0; pos < block.length;) {
      const at = find(block, pos, scanner)
      if (at === -1 || at >= block.length) break
      starts.add(at === 0 ? 0 : block.lastIndexOf('\n', at - 1) + 1)
      pos = block.indexOf('\n', at) + 1
    }
  }
  return [...starts].sort((a, b) => a - b)
}

/** Where the next candidate at or after `pos` starts, or -1. */
function find(block: string, pos: number, scanner: BlockScanner): number {
  if ('literal' in scanner) return block.indexOf(scanner.literal, pos)
  scanner.regex.lastIndex = pos
  const m = scanner.regex.exec(block)
  scanner.regex.lastIndex = 0
  return m === null ? -1 : m.index
}
