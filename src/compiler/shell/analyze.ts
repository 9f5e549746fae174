// From shell text to what the compiler can do with it: one simple command (or several joined by
// `&&`, which run as consecutive steps since a run halts at the first failure), a variable
// assignment, or text that only a shell can run, with the reasons named.
import type { Lexed, Token, Word, WordPart } from './lexer.js'
import { foreignVars } from './foreign.js'
import { lexShell } from './lexer.js'

export interface Assignment {
  name: string
  value: Word
}

export interface SimpleCommand {
  /** `VAR=x cmd`: variables for the command's environment. */
  env: Assignment[]
  words: Word[]
}

export type Analysis =
  | { kind: 'commands'; commands: SimpleCommand[]; comment?: string }
  | {
      kind: 'assignment'
      assignments: Assignment[]
      /** `export`: the assigned variables and `names` go into the environment of later commands. */
      exported: boolean
      /** `export NAME`: names exported without a value. */
      names: string[]
    }
  | { kind: 'shell'; reasons: string[]; assigns: string[] }
  | { kind: 'empty' }

const OP_REASON: Record<string, string> = {
  '|': 'pipe',
  '||': '|| list',
  ';': '; list',
  '\n': 'several commands',
  '&': 'background job',
  '(': 'subshell or function',
  ')': 'subshell or function',
  '<<': 'here-document',
  '<<-': 'here-document',
  ';;': 'case statement'
}
const KEYWORD_REASON: Record<string, string> = {
  for: 'loop',
  while: 'loop',
  until: 'loop',
  select: 'loop',
  if: 'conditional',
  case: 'case statement',
  '{': 'brace group',
  '!': 'negation',
  function: 'function definition',
  '[[': 'conditional'
}

/** Analyses one logical command line. */
export function analyzeShell(text: string): Analysis {
  const lexed: Lexed = lexShell(text)
  const reasons = new Set<string>(lexed.features)
  if (lexed.unterminated !== undefined) reasons.add(`unterminated ${lexed.unterminated}`)
  const segments: Token[][] = [[]]
  for (const t of lexed.tokens) {
    if (t.kind === 'op' && t.op === '&&') segments.push([])
    else if (t.kind === 'op') reasons.add(OP_REASON[t.op] ?? 'redirection')
    else segments[segments.length - 1]?.push(t)
  }
  const words = segments.map((s) => s.flatMap((t) => (t.kind === 'word' ? [t.word] : [])))
  if (words.every((w) => w.length === 0))
    return reasons.size === 0 ? { kind: 'empty' } : shell(reasons, [])
  const assigns: string[] = []
  const commands: SimpleCommand[] = []
  let exported = false
  let declared = false
  const names: string[] = []
  for (const seg of words) {
    if (seg.length === 0) {
      reasons.add('empty command in a list')
      continue
    }
    const first = seg[0] as Word
    const kw = KEYWORD_REASON[first.raw]
    if (kw !== undefined) reasons.add(kw)
    let rest = seg
    if (first.raw === 'export' || first.raw === 'readonly' || first.raw === 'local') {
      declared = true
      exported = first.raw === 'export'
      rest = seg.slice(1)
      if (rest.length === 0) reasons.add(`${first.raw} without an assignment`)
    }
    const env: Assignment[] = []
    while (rest.length > 0) {
      const word = rest[0] as Word
      const a = asAssignment(word)
      if (a === undefined && exported && /^[A-Za-z_][A-Za-z0-9_]*$/.test(word.raw)) {
        names.push(word.raw)
        rest = rest.slice(1)
        continue
      }
      if (a === undefined) break
      env.push(a)
      assigns.push(a.name)
      rest = rest.slice(1)
    }
    if (declared && rest.length > 0) reasons.add('export of a value that is not an assignment')
    if (rest.length === 0 && (env.length > 0 || names.length > 0) && words.length > 1)
      reasons.add('assignment in a list')
    commands.push({ env, words: rest })
  }
  if (reasons.size > 0) return shell(reasons, assigns)
  if (commands.length === 1 && commands[0]?.words.length === 0) {
    return { kind: 'assignment', assignments: commands[0].env, exported, names }
  }
  const out: Analysis = { kind: 'commands', commands }
  if (lexed.comment !== undefined) out.comment = lexed.comment
  return out
}

function shell(reasons: Set<string>, assigns: string[]): Analysis {
  return { kind: 'shell', reasons: [...reasons], assigns }
}

/** `NAME=value` (the name and `=` unquoted) as an assignment, else undefined. */
export function asAssignment(word: Word): Assignment | undefined {
  const first = word.parts[0]
  if (first?.kind !== 'lit' || first.quoted !== 'none') return undefined
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text)
  if (m === null) return undefined
  const name = m[1] as string
  const restText = first.text.slice(m[0].length)
  const parts: WordPart[] = [
    ...(restText === '' ? [] : [{ ...first, text: restText }]),
    ...word.parts.slice(1)
  ]
  return {
    name,
    value: { parts, raw: word.raw.slice(m[0].length), offset: word.offset + m[0].length }
  }
}

const STARTERS = new Set([';', '&&', '||', '|', '&', '\n', '(', ')', ';;'])
const LEADING = new Set(['do', 'then', 'else', 'elif', '{', '!', 'time', 'if', 'while', 'until'])

/**
 * Variables that `text` sets itself, so that its own `$x` is not an input: loop variables
 * (`for x in`), assignments at the start of any command (`s=$(...)`, `export X=1`) and `read x`.
 */
export function locallySet(text: string): Set<string> {
  const out = new Set<string>()
  let start = true
  const tokens = lexShell(text).tokens
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.kind === 'op') {
      start = STARTERS.has(t.op)
      continue
    }
    const raw = t.word.raw
    const next = tokens[i + 1]
    if (start && (raw === 'for' || raw === 'select') && next?.kind === 'word')
      out.add(next.word.raw)
    if (start && raw === 'read')
      for (let j = i + 1; tokens[j]?.kind === 'word'; j++) {
        const w = (tokens[j] as { word: Word }).word.raw
        if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(w)) out.add(w)
      }
    const a: Assignment | undefined = start ? asAssignment(t.word) : undefined
    if (a !== undefined) out.add(a.name)
    start =
      LEADING.has(raw) ||
      (a !== undefined && start) ||
      (start && (raw === 'export' || raw === 'local' || raw === 'readonly'))
  }
  // awk's `$NF`, gdb's `$rip`: not the shell's either.
  for (const name of foreignVars(text)) out.add(name)
  return out
}
