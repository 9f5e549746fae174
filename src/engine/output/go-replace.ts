// Go's regexp.ReplaceAllString, for redaction rules written for the Go peers: the template language
// of Regexp.Expand ($1, ${1}, $name, ${name}, $$) and Go's handling of empty matches. JavaScript's
// own replacement strings ($&, $`, $', $<name>) are never interpreted.
import type { Pattern, PatternMatch } from '../../runbook/index.js'

export type ReplacementPart = string | { group: number } | { name: string }

/** Go reads a name as the longest run of letters, digits and underscores (unicode.IsLetter/IsDigit). */
const NAME = /^[\p{L}\p{Nd}_]+/u

/** Parses a Go replacement template once, so each match only concatenates parts. */
export function parseReplacement(template: string): ReplacementPart[] {
  const parts: ReplacementPart[] = []
  let literal = ''
  let rest = template
  for (let dollar = rest.indexOf('$'); dollar !== -1; dollar = rest.indexOf('$')) {
    literal += rest.slice(0, dollar)
    rest = rest.slice(dollar + 1)
    if (rest.startsWith('$')) {
      literal += '$'
      rest = rest.slice(1)
      continue
    }
    const ref = extractReference(rest)
    if (ref === undefined) {
      // Malformed: Go keeps the $ as text.
      literal += '$'
      continue
    }
    if (literal !== '') parts.push(literal)
    literal = ''
    parts.push(ref.part)
    rest = rest.slice(ref.length)
  }
  literal += rest
  if (literal !== '') parts.push(literal)
  return parts
}

/** Reads `name` or `{name}` after a `$`, as Go's regexp extract() does. */
function extractReference(text: string): { part: ReplacementPart; length: number } | undefined {
  const brace = text.startsWith('{')
  const name = NAME.exec(brace ? text.slice(1) : text)?.[0]
  if (name === undefined) return undefined
  let length = name.length
  if (brace) {
    if (text[name.length + 1] !== '}') return undefined
    length += 2
  }
  return { part: groupOrName(name), length }
}

/** A purely numeric name (ASCII digits, no leading zero, at most 9 digits) is a group index. */
function groupOrName(name: string): ReplacementPart {
  const numeric = /^(0|[1-9][0-9]{0,8})$/.test(name)
  return numeric ? { group: Number(name) } : { name }
}

/** Fills a parsed template from one match; unknown or unmatched groups give the empty string. */
export function expandReplacement(parts: readonly ReplacementPart[], match: PatternMatch): string {
  let out = ''
  for (const part of parts) {
    if (typeof part === 'string') out += part
    else out += match.group('group' in part ? part.group : part.name) ?? ''
  }
  return out
}

/**
 * Replaces every match of a pattern, as Go's ReplaceAllString does: an empty match right after
 * a previous match is not replaced, and the search always advances by at least one character.
 * Returns `text` itself (the same string) when nothing matched.
 */
export function replaceAllGo(
  text: string,
  regex: Pattern,
  parts: readonly ReplacementPart[]
): string {
  let out = ''
  let lastEnd = 0
  let replaced = false
  for (let m = regex.exec(text, 0); m !== null;) {
    const start = m.index
    const end = m.end
    out += text.slice(lastEnd, start)
    if (end > lastEnd || start === 0) out += expandReplacement(parts, m)
    lastEnd = end
    replaced = true
    if (end === start && start >= text.length) break
    m = regex.exec(text, end === start ? start + codePointWidth(text, start) : end)
  }
  return replaced ? out + text.slice(lastEnd) : text
}

/** Width in UTF-16 units of the code point at `i`: an empty match never splits a surrogate pair. */
function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i)
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1
}
