// Regular expressions (redaction rules, `matches` assertions, replay's {{ .regex }}, CEL matches())
// are RE2 syntax and run on re2js, a pure-JavaScript port of RE2: matching takes time linear in the
// text whatever the pattern, so a pattern like `(a+)+$` cannot hang a run. JavaScript's RegExp is
// never given a user's pattern (it backtracks, and reads some spellings differently).
import { RE2JS } from 're2js'

/** One match: offsets are UTF-16 indices into the searched text, as String.slice takes them. */
export interface PatternMatch {
  index: number
  end: number
  /** Group by number (0 = whole match) or name; undefined when it did not take part. */
  group(ref: number | string): string | undefined
}

/** A compiled RE2 pattern. */
export interface Pattern {
  /** The pattern as written. */
  readonly source: string
  /** True when the pattern matches somewhere in `text` (unanchored, like Go's MatchString). */
  test(text: string): boolean
  /** The leftmost match starting at or after `from`; `^` and `\b` still see the text before it. */
  exec(text: string, from?: number): PatternMatch | null
}

export type RegexCompile = { ok: true; regex: Pattern } | { ok: false; error: string }

export interface RegexOptions {
  /** `^` and `$` also match at line breaks, as with a leading `(?m)`. */
  multiline?: boolean
}

/** `text` as a pattern that matches exactly it (RE2's QuoteMeta). */
export function quoteRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** Compiles an RE2 pattern, or says why it is not one. */
export function compileRegex(pattern: string, options: RegexOptions = {}): RegexCompile {
  try {
    const re = RE2JS.compile(pattern, options.multiline === true ? RE2JS.MULTILINE : 0)
    return { ok: true, regex: new Re2Pattern(pattern, re) }
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    return { ok: false, error: `invalid regular expression '${pattern}': ${reason}` }
  }
}

export type RegexTest = { ok: true; matched: boolean } | { ok: false; error: string }

const cache = new Map<string, RegexCompile>()
const CACHE_SIZE = 256

/**
 * Whether the RE2 pattern matches somewhere in `text` (unanchored), with the same engine and
 * syntax as redaction and `matches` assertions. For expression languages (CEL's `matches()`):
 * compiled patterns are cached, so calling it per evaluation is cheap. Never throws.
 */
export function regexMatches(text: string, pattern: string): RegexTest {
  const compiled = cachedCompile(pattern)
  return compiled.ok ? { ok: true, matched: compiled.regex.test(text) } : compiled
}

/**
 * Why `pattern` is not an RE2 pattern, or undefined when it compiles: for validation, which
 * checks the same redaction patterns of every runbook again. Cached like regexMatches.
 */
export function regexProblem(pattern: string): string | undefined {
  const compiled = cachedCompile(pattern)
  return compiled.ok ? undefined : compiled.error
}

function cachedCompile(pattern: string): RegexCompile {
  let compiled = cache.get(pattern)
  if (compiled === undefined) {
    compiled = compileRegex(pattern)
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string)
    cache.set(pattern, compiled)
  }
  return compiled
}

class Re2Pattern implements Pattern {
  /** The matcher of the last text searched, reused while the same text is searched again. */
  private last: { text: string; matcher: ReturnType<RE2JS['matcher']> } | undefined

  constructor(
    readonly source: string,
    private readonly re: RE2JS
  ) {}

  test(text: string): boolean {
    return this.re.test(text)
  }

  exec(text: string, from = 0): PatternMatch | null {
    if (from > text.length) return null
    // A test runs on RE2's DFA, several times cheaper than a search with groups: skip the search
    // when nothing matches at or after `from`. The test sees one character before `from`, which is
    // all that ^, \b and \B read there, so it misses no match (it may find one starting earlier).
    if (!this.re.test(from === 0 ? text : text.slice(from - 1))) return null
    if (this.last?.text !== text) this.last = { text, matcher: this.re.matcher(text) }
    const m = this.last.matcher
    if (!m.find(from)) return null
    const index = m.start()
    const end = m.end()
    const groups = new Map<number | string, string | undefined>()
    const count = m.groupCount()
    for (let i = 0; i <= count; i++) groups.set(i, m.group(i) ?? undefined)
    for (const name of Object.keys(this.re.namedGroups()))
      groups.set(name, m.group(name) ?? undefined)
    return { index, end, group: (ref) => groups.get(ref) }
  }
}
