// Where to cut an overlong line. A line longer than the line cap is redacted in segments so memory
// stays bounded; the cut is placed where it splits no match, so a secret that straddles the default
// cut is still redacted whole. The choice depends only on the window's text, never on how the text
// arrived, which is what keeps streaming redaction equal to one-shot redaction.

import type { Pattern } from '../../runbook/index.js'

interface Interval {
  start: number
  end: number
}

/** Literal secrets (one JavaScript alternation of quoted strings) or a rule's RE2 pattern. */
export type Matcher = RegExp | Pattern

/**
 * Chooses the end of the next segment of `window` (the first `cap` characters of what is left of
 * a line). The default cut keeps the last `overlap` characters for the next segment. When the
 * default cut falls strictly inside a match (each regex scanned over the window from its start, as
 * redaction scans a segment), the cut moves back to where that match, merged with the matches
 * overlapping it, starts; never below half the window. When the rules' matches reach further back
 * than that, only the secrets are considered: with `overlap` at most a quarter of the window, an
 * occurrence of a secret up to `overlap` long is then never split. The cut never splits a
 * surrogate pair.
 */
export function chooseCut(
  window: string,
  overlap: number,
  secrets: RegExp | undefined,
  rules: readonly Pattern[]
): number {
  const target = window.length - overlap
  const floor = Math.floor(window.length / 2)
  const guards: Matcher[][] =
    secrets === undefined ? [[...rules]] : [[secrets, ...rules], [secrets]]
  let cut = target
  for (const regexes of guards) {
    const covering = coveringMatch(window, target, floor, regexes)
    if (covering === undefined) break
    if (covering.start >= floor) {
      cut = covering.start
      break
    }
  }
  if (isHighSurrogate(window.charCodeAt(cut - 1))) cut -= 1
  return cut
}

/** The union of overlapping matches that strictly contains `target`, if any. */
function coveringMatch(
  window: string,
  target: number,
  floor: number,
  regexes: readonly Matcher[]
): Interval | undefined {
  const intervals = regexes
    .flatMap((re) => matchesBefore(window, target, floor, re))
    .sort((a, b) => a.start - b.start)
  let merged: Interval | undefined
  for (const m of intervals) {
    if (merged !== undefined && m.start < merged.end) merged.end = Math.max(merged.end, m.end)
    else if (merged !== undefined && merged.start < target && target < merged.end) break
    else merged = { ...m }
  }
  return merged !== undefined && merged.start < target && target < merged.end ? merged : undefined
}

/** Non-empty matches starting before `target` and ending after `floor`. */
function matchesBefore(window: string, target: number, floor: number, re: Matcher): Interval[] {
  const found: Interval[] = []
  for (
    let pos = 0, m = find(re, window, 0);
    m !== null && m.start < target;
    m = find(re, window, pos)
  ) {
    if (m.end === m.start) pos = m.end + 1
    else {
      pos = m.end
      if (m.end > floor) found.push(m)
    }
  }
  return found
}

/** The first match at or after `from`. */
function find(re: Matcher, text: string, from: number): Interval | null {
  if (from > text.length) return null
  if (!(re instanceof RegExp)) {
    const m = re.exec(text, from)
    return m === null ? null : { start: m.index, end: m.end }
  }
  re.lastIndex = from
  const m = re.exec(text)
  re.lastIndex = 0
  return m === null ? null : { start: m.index, end: m.index + m[0].length }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
