// A literal string that every match of an RE2 pattern must contain, found by reading it. Lines
// without it cannot match, so a rule like `([a-z][a-z0-9+.-]*://[^:/@\s]+):[^@\s]+@` (slow to scan
// with: it is tried at every letter) is only run on the lines holding "://", found by indexOf.
//
// Conservative by construction: anything not understood (flag groups like (?i), \Q...\E, top-level
// alternation, the `i` flag) gives no literal, and escapes, classes, groups and quantifiers only ever end a literal
// run early. Only characters that match exactly themselves, at positions every match passes
// through exactly once or more, are kept.

const MIN_LENGTH = 2

/** A substring of every match of the pattern, or undefined when none can be shown. */
export function requiredLiteral(source: string, flags: string): string | undefined {
  if (flags.includes('i')) return undefined
  const seq = parseSequence(source, 0, false)
  if (seq === undefined || seq.alternation || seq.end !== source.length) return undefined
  return seq.best.length >= MIN_LENGTH ? seq.best : undefined
}

interface Sequence {
  /** Index of the `)` that ended the sequence, or the source length. */
  end: number
  /** The longest required literal found in it. */
  best: string
  /** True when the sequence holds a `|` at its own level: then nothing in it is required. */
  alternation: boolean
}

interface Atom {
  end: number
  /** The character(s) it matches exactly, when it is a literal. */
  literal?: string
  /** For a group: the longest literal its every match contains. */
  inner?: string
}

function parseSequence(src: string, start: number, inGroup: boolean): Sequence | undefined {
  let best = ''
  let run = ''
  let alternation = false
  const keep = (s: string): void => {
    if (s.length > best.length) best = s
  }
  let i = start
  while (i < src.length) {
    const c = src[i] as string
    if (c === ')') {
      if (!inGroup) return undefined
      break
    }
    if (c === '|') {
      alternation = true
      keep(run)
      run = ''
      i++
      continue
    }
    const atom = parseAtom(src, i)
    if (atom === undefined) return undefined
    const q = quantifier(src, atom.end)
    i = q?.end ?? atom.end
    const required = q === undefined || q.min >= 1
    if (atom.literal !== undefined && required) {
      run += atom.literal
      // A repeated character is required once, but what follows it is not next to that once.
      if (q !== undefined) {
        keep(run)
        run = ''
      }
      continue
    }
    keep(run)
    run = ''
    if (atom.inner !== undefined && required) keep(atom.inner)
  }
  keep(run)
  return { end: i, best, alternation }
}

function parseAtom(src: string, i: number): Atom | undefined {
  const c = src[i] as string
  if (c === '(') return parseGroup(src, i)
  if (c === '[') return { end: classEnd(src, i) }
  if (c === '\\') return parseEscape(src, i)
  if ('.^$'.includes(c)) return { end: i + 1 }
  // A `{` that is no quantifier is a literal in non-unicode mode; taking it as unknown is safe.
  if (c === '{') return { end: i + 1 }
  if ('*+?}]'.includes(c)) return undefined
  const code = c.charCodeAt(0)
  const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < src.length
  return { end: i + (pair ? 2 : 1), literal: src.slice(i, i + (pair ? 2 : 1)) }
}

function parseGroup(src: string, i: number): Atom | undefined {
  if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) return undefined // lookaround
  let body = i + 1
  if (src.startsWith('(?:', i)) body = i + 3
  else if (src.startsWith('(?<', i) || src.startsWith('(?P<', i)) body = src.indexOf('>', i) + 1
  else if (src[i + 1] === '?') return undefined // a modifier group or anything new
  if (body === 0) return undefined
  const seq = parseSequence(src, body, true)
  if (seq === undefined || src[seq.end] !== ')') return undefined
  return { end: seq.end + 1, ...(seq.alternation ? {} : { inner: seq.best }) }
}

/** An escape: the literal character for `\` + punctuation; nothing for classes, references, codes. */
function parseEscape(src: string, i: number): Atom | undefined {
  const next = src[i + 1]
  if (next === undefined) return undefined
  if (!/[A-Za-z0-9]/.test(next)) return { end: i + 2, literal: next }
  if (next === 'Q') return undefined // \Q...\E quotes metacharacters: not read here
  const rest = src.slice(i + 1)
  const long =
    /^[pP]\{[^}]*\}/.exec(rest) ??
    /^[pP][A-Za-z]/.exec(rest) ??
    /^x\{[0-9A-Fa-f]+\}/.exec(rest) ??
    /^x[0-9A-Fa-f]{2}/.exec(rest) ??
    /^[0-9]+/.exec(rest)
  return { end: i + 1 + (long?.[0].length ?? 1) }
}

/** Index after the `]` closing the class that opens at `i` (RE2: a leading `]` and `[:name:]`). */
function classEnd(src: string, i: number): number {
  let j = i + 1
  if (src[j] === '^') j++
  if (src[j] === ']') j++
  while (j < src.length && src[j] !== ']') {
    const posix = src.startsWith('[:', j) ? src.indexOf(':]', j + 2) : -1
    j = posix !== -1 ? posix + 2 : j + (src[j] === '\\' ? 2 : 1)
  }
  return j + 1
}

function quantifier(src: string, i: number): { min: number; end: number } | undefined {
  const c = src[i]
  let q: { min: number; end: number } | undefined
  if (c === '*' || c === '?') q = { min: 0, end: i + 1 }
  else if (c === '+') q = { min: 1, end: i + 1 }
  else if (c === '{') {
    const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(i))
    if (m !== null) q = { min: Number(m[1]), end: i + m[0].length }
  }
  if (q !== undefined && src[q.end] === '?') q.end++ // lazy
  return q
}
