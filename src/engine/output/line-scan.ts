// Finding, in a block of lines, the only lines a rule can change, so that the rule itself runs on
// few lines. This is what makes redaction fast on large outputs; the rules are then applied line by
// line to those lines only, so the result is exactly the per-line one.
//
// Two kinds of scanner:
// - Required literals (required-literal.ts): a line can only match if it holds one of them, found
//   with indexOf (one literal) or a JavaScript regex that is an alternation of literals, case folded
//   as RE2 folds them (no quantifier, so it cannot backtrack: time O(text x total literal length)).
// - The rule's pattern. First one test over the whole block, compiled multiline (so ^ and $ also
//   match at line breaks): if the rule matches in some line, the same characters match in the block
//   (outside the line the pattern only looks through ^, $, \b and \B, and each reads a line break
//   the way it reads the start or end of a line). That is not so with \A, \z, a flag turned off
//   with (?-m) or a "\r" before a line break, so then the block test is skipped. When the block
//   test finds something, the block is halved (at a line break) and each half tested again, down
//   to a few lines, which are tested alone (exact). A test is one pass of RE2's DFA, much cheaper
//   than one call per line.
import type { Pattern } from '../../runbook/index.js'
import { compileRegex } from '../../runbook/index.js'
import { requiredLiterals } from './required-literal.js'

export type BlockScanner =
  { literal: string } | { literals: RegExp } | { block: Pattern | undefined; line: Pattern }

/** Below this many characters, a range of lines is tested line by line. */
const SMALL_RANGE = 512

/** Spellings that make a multiline test of the block read a line differently than alone. */
const BLOCK_UNSAFE = /\\[Az]|\(\?[a-zA-Z]*-/

/** How to find the lines a rule may match. */
export function blockScanner(rule: Pattern): BlockScanner {
  const required = requiredLiterals(rule.source)
  if (required !== undefined) {
    const only = required.literals[0] as string
    if (required.literals.length === 1 && !required.foldCase) return { literal: only }
    const alternatives = required.literals.map((l) => literalSource(l, required.foldCase))
    if (alternatives.every((a) => a !== undefined))
      return { literals: new RegExp(alternatives.join('|'), 'g') }
  }
  if (BLOCK_UNSAFE.test(rule.source)) return { block: undefined, line: rule }
  const block = compileRegex(rule.source, { multiline: true })
  return { block: block.ok ? block.regex : undefined, line: rule }
}

/**
 * Start offsets, ascending, of the lines of `block` (each line ending in "\n") in which one of
 * `scanners` finds a candidate. A line not listed is certainly left unchanged by every rule.
 */
export function candidateLines(block: string, scanners: readonly BlockScanner[]): number[] {
  const starts = new Set<number>()
  for (const scanner of scanners) {
    if ('literal' in scanner) {
      for (let pos = 0; pos < block.length;) {
        const at = block.indexOf(scanner.literal, pos)
        if (at === -1) break
        starts.add(at === 0 ? 0 : block.lastIndexOf('\n', at - 1) + 1)
        pos = block.indexOf('\n', at) + 1
        if (pos === 0) break
      }
      continue
    }
    if ('literals' in scanner) {
      const re = scanner.literals
      re.lastIndex = 0
      for (let m = re.exec(block); m !== null; m = re.exec(block)) {
        const at = m.index
        starts.add(at === 0 ? 0 : block.lastIndexOf('\n', at - 1) + 1)
        const next = block.indexOf('\n', at) + 1
        if (next === 0) break
        re.lastIndex = next
      }
      re.lastIndex = 0
      continue
    }
    if (scanner.block !== undefined && !block.includes('\r'))
      scanHalves(block, 0, block.length, scanner.block, scanner.line, starts)
    else scanEachLine(block, 0, block.length, scanner.line, starts)
  }
  return [...starts].sort((a, b) => a - b)
}

/** Lines of block[lo, hi) (whole lines) that `line` matches, pruning ranges `whole` cannot match. */
function scanHalves(
  block: string,
  lo: number,
  hi: number,
  whole: Pattern,
  line: Pattern,
  starts: Set<number>
): void {
  if (hi - lo <= SMALL_RANGE) return scanEachLine(block, lo, hi, line, starts)
  if (!whole.test(block.slice(lo, hi))) return
  const mid = block.indexOf('\n', lo + ((hi - lo) >> 1)) + 1
  if (mid === 0 || mid >= hi) return scanEachLine(block, lo, hi, line, starts)
  scanHalves(block, lo, mid, whole, line, starts)
  scanHalves(block, mid, hi, whole, line, starts)
}

function scanEachLine(
  block: string,
  lo: number,
  hi: number,
  line: Pattern,
  starts: Set<number>
): void {
  for (let start = lo; start < hi;) {
    const nl = block.indexOf('\n', start)
    const end = nl === -1 || nl > hi ? hi : nl
    const cr = end > start && block.charCodeAt(end - 1) === 13
    if (line.test(block.slice(start, cr ? end - 1 : end))) starts.add(start)
    start = end + 1
  }
}

/**
 * RE2's case folding of the ASCII letters: each folds with its other case only, except k (also
 * U+212A KELVIN SIGN) and s (also U+017F LATIN SMALL LETTER LONG S). line-scan.test.ts checks this
 * against re2js over every code point.
 */
const FOLD_EXTRA: Record<string, string> = { k: '\u212a', s: '\u017f' }

/** A JavaScript regex source matching exactly `literal` (RE2-folded), or undefined if not known. */
function literalSource(literal: string, foldCase: boolean): string | undefined {
  let out = ''
  for (const ch of literal) {
    const lower = ch.toLowerCase()
    if (!foldCase || !/^[a-z]$/.test(lower)) {
      // A non-ASCII letter's RE2 folding is not tabled here: no prefilter then.
      if (foldCase && ch.toLowerCase() !== ch.toUpperCase()) return undefined
      out += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
      continue
    }
    out += `[${lower}${lower.toUpperCase()}${FOLD_EXTRA[lower] ?? ''}]`
  }
  return out
}
