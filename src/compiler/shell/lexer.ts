// A POSIX-shell word lexer, enough to run a command without a shell when that keeps its meaning:
// quotes are removed exactly as the shell removes them, `$NAME`/`${NAME}` and `<placeholder>` stay
// visible as parts, and everything only a shell can do (operators, substitutions, globs, here-docs)
// is reported by name so the caller can refuse to automate it.

export type WordPart =
  | { kind: 'lit'; text: string; quoted: 'none' | 'single' | 'double' }
  | { kind: 'var'; name: string; raw: string; quoted?: true }
  | { kind: 'placeholder'; raw: string }

export interface Word {
  parts: WordPart[]
  /** The word as written, quotes included. */
  raw: string
  offset: number
}

export type Token = { kind: 'word'; word: Word } | { kind: 'op'; op: string; offset: number }

export interface Lexed {
  tokens: Token[]
  /** Shell features found outside operators, e.g. 'command substitution', 'glob'. */
  features: string[]
  /** Set when the text ends inside a quote or a ${...}. */
  unterminated?: 'single quote' | 'double quote' | 'backquote' | 'substitution'
  /** Here-document delimiters, in order. */
  heredocs: string[]
  /** Here-document bodies (the lines between the command and its delimiter), in order. */
  heredocBodies: string[]
  /** The trailing `# comment`, without the `#`. */
  comment?: string
}

const OPERATORS = [
  '<<<',
  '<<-',
  '&&',
  '||',
  ';;',
  '<<',
  '>>',
  '>&',
  '<&',
  '&>',
  '>|',
  '<>',
  '|',
  '&',
  ';',
  '(',
  ')',
  '<',
  '>',
  '\n'
]
const META = new Set([' ', '\t', '\n', '|', '&', ';', '(', ')', '<', '>'])
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/
/** `<pod-name>`, `<volume name>`, `<ingress-azure-....>`, `<which-namespace?>`: a reader fills these in. */
export const PLACEHOLDER = /^<([A-Za-z_][A-Za-z0-9_ .?-]*[A-Za-z0-9_.?])>|^<([A-Za-z_])>/

/** Lexings kept: the stages of a compile lex the same lines again and again (8x in the corpus). */
const CACHE_SIZE = 2048
const cache = new Map<string, Lexed>()

/**
 * Splits shell text into words and operators. Never throws. The result is shared between callers
 * (cached by text) and frozen: read it, never change it.
 */
export function lexShell(text: string): Lexed {
  let lexed = cache.get(text)
  if (lexed === undefined) {
    lexed = deepFreeze(lex(text))
    if (cache.size >= CACHE_SIZE) cache.clear()
    cache.set(text, lexed)
  }
  return lexed
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

function lex(text: string): Lexed {
  const tokens: Token[] = []
  const features = new Set<string>()
  const heredocs: string[] = []
  const heredocBodies: string[] = []
  let pending = 0
  let comment: string | undefined
  let unterminated: Lexed['unterminated']
  let i = 0
  let expectHeredoc = false
  while (i < text.length) {
    const ch = text[i] as string
    if (ch === ' ' || ch === '\t') {
      i++
      continue
    }
    if (ch === '#') {
      comment = text
        .slice(i + 1)
        .split('\n')[0]
        ?.trim()
      const nl = text.indexOf('\n', i)
      if (nl === -1) break
      i = nl
      continue
    }
    if (ch === '\\' && text[i + 1] === '\n') {
      i += 2
      continue
    }
    const placeholder = PLACEHOLDER.exec(text.slice(i))
    if (!META.has(ch) || (ch === '<' && placeholder !== null)) {
      const r = readWord(text, i, features)
      if (r.unterminated !== undefined) unterminated = r.unterminated
      if (expectHeredoc) {
        heredocs.push(r.word.parts.map((p) => (p.kind === 'lit' ? p.text : p.raw)).join(''))
        expectHeredoc = false
      }
      tokens.push({ kind: 'word', word: r.word })
      i = r.end
      continue
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i)) ?? ch
    if ((op === '<' || op === '>') && text[i + 1] === '(') features.add('process substitution')
    if (op === '<<' || op === '<<-') expectHeredoc = true
    if (op === '\n' && pending < heredocs.length) {
      // The lines after a here-document's command are its body, not shell text.
      i = readBodies(text, i + 1, heredocs.slice(pending), heredocBodies)
      pending = heredocs.length
      if (i < text.length) tokens.push({ kind: 'op', op, offset: i - 1 })
      continue
    }
    tokens.push({ kind: 'op', op, offset: i })
    i += op.length
  }
  const out: Lexed = { tokens, features: [...features].sort(), heredocs, heredocBodies }
  if (unterminated !== undefined) out.unterminated = unterminated
  if (comment !== undefined) out.comment = comment
  return out
}

/** Reads the bodies of `delims` from `start`; returns where the text after the last one begins. */
function readBodies(text: string, start: number, delims: string[], out: string[]): number {
  let i = start
  for (const delim of delims) {
    const body: string[] = []
    while (i < text.length) {
      const nl = text.indexOf('\n', i)
      const line = text.slice(i, nl === -1 ? text.length : nl)
      i = nl === -1 ? text.length : nl + 1
      if (line.replace(/^\t+/, '').trim() === delim) break
      body.push(line)
    }
    out.push(body.join('\n'))
  }
  return i
}

interface ReadResult {
  word: Word
  end: number
  unterminated?: Lexed['unterminated']
}

function readWord(text: string, start: number, features: Set<string>): ReadResult {
  const parts: WordPart[] = []
  const lit = (t: string, quoted: 'none' | 'single' | 'double'): void => {
    const last = parts[parts.length - 1]
    if (last?.kind === 'lit' && last.quoted === quoted) last.text += t
    else parts.push({ kind: 'lit', text: t, quoted })
  }
  let i = start
  let unterminated: Lexed['unterminated']
  const atStart = (): boolean => i === start
  while (i < text.length) {
    const ch = text[i] as string
    if (META.has(ch)) {
      const ph = ch === '<' ? PLACEHOLDER.exec(text.slice(i)) : null
      if (ph === null) break
      parts.push({ kind: 'placeholder', raw: ph[0] })
      i += ph[0].length
      continue
    }
    if (ch === "'") {
      const close = text.indexOf("'", i + 1)
      if (close === -1) {
        unterminated = 'single quote'
        lit(text.slice(i + 1), 'single')
        i = text.length
        break
      }
      splitPlaceholders(text.slice(i + 1, close), 'single', parts, lit)
      i = close + 1
      continue
    }
    if (ch === '"') {
      const r = readDouble(text, i + 1, features, parts, lit)
      i = r.end
      if (r.unterminated) {
        unterminated = 'double quote'
        break
      }
      continue
    }
    if (ch === '\\') {
      if (text[i + 1] === '\n') {
        i += 2
        continue
      }
      if (i + 1 < text.length) lit(text[i + 1] as string, 'single')
      i += 2
      continue
    }
    if (ch === '$') {
      const r = readDollar(text, i, features, parts)
      if (r.unterminated) unterminated = 'substitution'
      if (r.literal !== undefined) lit(r.literal, 'none')
      i = r.end
      continue
    }
    if (ch === '`') {
      features.add('command substitution')
      const close = text.indexOf('`', i + 1)
      if (close === -1) unterminated = 'backquote'
      lit(text.slice(i, close === -1 ? text.length : close + 1), 'none')
      i = close === -1 ? text.length : close + 1
      continue
    }
    if (ch === '*' || ch === '?' || (ch === '[' && closesInWord(text, i))) features.add('glob')
    if (ch === '~' && atStart()) features.add('tilde expansion')
    if (ch === '{' && /^\{[^{}\s]*(,|\.\.)[^{}\s]*\}/.test(text.slice(i)))
      features.add('brace expansion')
    lit(ch, 'none')
    i++
  }
  const word: Word = { parts, raw: text.slice(start, i), offset: start }
  return unterminated === undefined ? { word, end: i } : { word, end: i, unterminated }
}

// `[a-z]` is a glob only when its `]` is in the same word: `[ 1 ]` is the test command.
function closesInWord(text: string, open: number): boolean {
  for (let j = open + 1; j < text.length; j++) {
    const c = text[j] as string
    if (c === ']') return true
    if (META.has(c)) return false
  }
  return false
}

function splitPlaceholders(
  s: string,
  quoted: 'single' | 'double',
  parts: WordPart[],
  lit: (t: string, q: 'none' | 'single' | 'double') => void
): void {
  let i = 0
  while (i < s.length) {
    const ph = s[i] === '<' ? PLACEHOLDER.exec(s.slice(i)) : null
    if (ph !== null) {
      parts.push({ kind: 'placeholder', raw: ph[0] })
      i += ph[0].length
    } else {
      lit(s[i] as string, quoted)
      i++
    }
  }
}

function readDouble(
  text: string,
  start: number,
  features: Set<string>,
  parts: WordPart[],
  lit: (t: string, q: 'none' | 'single' | 'double') => void
): { end: number; unterminated: boolean } {
  let i = start
  let buf = ''
  const flush = (): void => {
    if (buf !== '') splitPlaceholders(buf, 'double', parts, lit)
    buf = ''
  }
  // An empty "" still makes a (possibly empty) word: record an empty literal.
  if (text[i] === '"') lit('', 'double')
  while (i < text.length) {
    const ch = text[i] as string
    if (ch === '"') {
      flush()
      return { end: i + 1, unterminated: false }
    }
    if (ch === '\\' && i + 1 < text.length) {
      const nx = text[i + 1] as string
      if (nx === '\n') i += 2
      else {
        buf += '$`"\\'.includes(nx) ? nx : `\\${nx}`
        i += 2
      }
      continue
    }
    if (ch === '$') {
      flush()
      const r = readDollar(text, i, features, parts, true)
      if (r.literal !== undefined) buf += r.literal
      i = r.end
      if (r.unterminated) return { end: i, unterminated: true }
      continue
    }
    if (ch === '`') features.add('command substitution')
    buf += ch
    i++
  }
  flush()
  return { end: i, unterminated: true }
}

function readDollar(
  text: string,
  i: number,
  features: Set<string>,
  parts: WordPart[],
  quoted = false
): { end: number; literal?: string; unterminated?: boolean } {
  const rest = text.slice(i + 1)
  if (rest.startsWith('((')) {
    features.add('arithmetic expansion')
    return skipBalanced(text, i + 1, '(', ')')
  }
  if (rest.startsWith('(')) {
    features.add('command substitution')
    return skipBalanced(text, i + 1, '(', ')')
  }
  if (rest.startsWith('{')) {
    const close = text.indexOf('}', i + 2)
    if (close === -1) return { end: text.length, unterminated: true, literal: text.slice(i) }
    const inner = text.slice(i + 2, close)
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(inner)) {
      parts.push(varPart(inner, text.slice(i, close + 1), quoted))
    } else {
      features.add('parameter expansion')
      return { end: close + 1, literal: text.slice(i, close + 1) }
    }
    return { end: close + 1 }
  }
  const name = NAME.exec(rest)
  if (name !== null) {
    parts.push(varPart(name[0], `$${name[0]}`, quoted))
    return { end: i + 1 + name[0].length }
  }
  if (/^[0-9@*#?$!-]/.test(rest)) {
    features.add('special parameter')
    return { end: i + 2, literal: text.slice(i, i + 2) }
  }
  if (rest.startsWith("'")) features.add('ANSI-C quoting')
  return { end: i + 1, literal: '$' }
}

// A `$NAME` inside double quotes is one word whatever its value; unquoted, the shell splits it.
function varPart(name: string, raw: string, quoted: boolean): WordPart {
  return quoted ? { kind: 'var', name, raw, quoted: true } : { kind: 'var', name, raw }
}

function skipBalanced(
  text: string,
  open: number,
  o: string,
  c: string
): { end: number; literal: string; unterminated?: boolean } {
  const j = closingIndex(text, open, o, c)
  return j === -1
    ? { end: text.length, literal: text.slice(open - 1), unterminated: true }
    : { end: j + 1, literal: text.slice(open - 1, j + 1) }
}

/** Index of the `c` that closes the `o` at `open` (quotes respected), or -1. */
export function closingIndex(text: string, open: number, o = '(', c = ')'): number {
  let depth = 0
  let quote: string | undefined
  for (let j = open; j < text.length; j++) {
    const ch = text[j] as string
    if (quote !== undefined) {
      if (ch === quote) quote = undefined
      else if (ch === '\\' && quote === '"') j++
      continue
    }
    if (ch === "'" || ch === '"') quote = ch
    else if (ch === '\\') j++
    else if (ch === o) depth++
    else if (ch === c && --depth === 0) return j
  }
  return -1
}
