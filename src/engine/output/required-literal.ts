// Literal strings one of which every match of an RE2 pattern must contain, found by reading it.
// Lines holding none cannot match, so a rule like `([a-z][a-z0-9+.-]*://[^:/@\s]+):[^@\s]+@` (slow
// to scan with: it is tried at every letter) is only run on the lines holding "://", and
// `(?i)(password|passwd|pwd)\s*[:=]\s*\S+` on the lines holding one of its three words in any case.
//
// Conservative by construction: anything not understood (flag groups other than a leading (?i),
// \Q...\E, lookarounds) gives nothing, and escapes, classes, groups and quantifiers only ever end a
// literal run early. Only characters that match exactly themselves, at positions every match passes
// through exactly once or more, are kept. An alternation requires one of its branches' literals
// (when every branch has one).

const MIN_LENGTH = 2
/** Longest total length of a literal set worth a prefilter. */
const MAX_TOTAL = 256

/** What every match contains: one of `literals`, compared case-insensitively when `foldCase`. */
export interface RequiredLiterals {
  literals: string[]
  foldCase: boolean
}

/** A substring of every match of the pattern, or undefined when no single one can be shown. */
export function requiredLiteral(source: string, flags: string): string | undefined {
  if (flags.includes('i')) return undefined
  const r = requiredLiterals(source)
  return r !== undefined && !r.foldCase && r.literals.length === 1 ? r.literals[0] : undefined
}

/** Literals one of which every match contains, or undefined when none can be shown. */
export function requiredLiterals(source: string): RequiredLiterals | undefined {
  const foldCase = source.startsWith('(?i)')
  const body = foldCase ? source.slice(4) : source
  const seq = parseSequence(body, 0, false)
  if (seq === undefined || seq.end !== body.length || seq.best.length === 0) return undefined
  const literals = [...new Set(seq.best)]
  if (quality(literals) < MIN_LENGTH) return undefined
  if (literals.reduce((n, l) => n + l.length, 0) > MAX_TOTAL) return undefined
  return { literals, foldCase }
}

/** One of these strings is in every match; [] means nothing is known. */
type Req = string[]

/** How selective a requirement is: its shortest member (0 for none). */
function quality(req: Req): number {
  return req.length === 0 ? 0 : Math.min(...req.map((r) => r.length))
}

interface Sequence {
  /** Index of the `)` that ended the sequence, or the source length. */
  end: number
  /** The most selective requirement found in it (over all its branches when it has a `|`). */
  best: Req
}

interface Atom {
  end: number
  /** The character(s) it matches exactly, when it is a literal. */
  literal?: string
  /** For a group: what its every match contains. */
  inner?: Req
}

function parseSequence(src: string, start: number, inGroup: boolean): Sequence | undefined {
  const branches: Req[] = []
  let best: Req = []
  let run = ''
  const keep = (r: Req): void => {
    if (quality(r) > quality(best)) best = r
  }
  const endRun = (): void => {
    if (run !== '') keep([run])
    run = ''
  }
  let i = start
  while (i < src.length) {
    const c = src[i] as string
    if (c === ')') {
      if (!inGroup) return undefined
      break
    }
    if (c === '|') {
      endRun()
      branches.push(best)
      best = []
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
      if (q !== undefined) endRun()
      continue
    }
    endRun()
    if (atom.inner !== undefined && required) keep(atom.inner)
  }
  endRun()
  if (branches.length === 0) return { end: i, best }
  branches.push(best)
  // Each branch must require something, else a match may contain nothing known.
  const union = branches.some((b) => b.length === 0) ? [] : branches.flat()
  return { end: i, best: union }
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
  return { end: seq.end + 1, inner: seq.best }
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
