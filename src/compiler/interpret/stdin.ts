// A here-document fed to one command: `cmd <<EOF` or `cat <<EOF | cmd`. Its body is exactly what
// the command reads on standard input, so the command can run as a cli step with `with.stdin`.
// An unquoted delimiter lets the shell expand the body: only `$VAR`/`${VAR}` are carried over (as
// templates); a body with `$(...)`, backquotes or backslashes stays with a shell.
import type { SimpleCommand } from '../shell/analyze.js'
import { analyzeShell } from '../shell/analyze.js'
import type { Token, Word } from '../shell/lexer.js'
import { lexShell } from '../shell/lexer.js'

export interface HeredocInput {
  command: SimpleCommand
  /** The text the command reads: the body lines, each ending in a newline. */
  body: string
  /** True when the shell would expand `$VAR` in the body (unquoted delimiter). */
  expands: boolean
}

/** The command and its here-document input, when `text` is one of the two forms; else undefined. */
export function heredocInput(text: string): HeredocInput | undefined {
  const lexed = lexShell(text)
  if (lexed.heredocs.length !== 1 || lexed.unterminated !== undefined) return undefined
  const t = lexed.tokens
  const op = t.findIndex((x) => x.kind === 'op')
  const redirect = t[op]
  const delim = t[op + 1]
  if (redirect?.kind !== 'op' || !/^<<-?$/.test(redirect.op) || delim?.kind !== 'word')
    return undefined
  const before = words(t.slice(0, op))
  const after = t.slice(op + 2)
  let command: string | undefined
  if (after.length === 0) command = text.slice(0, redirect.offset)
  else if (
    before?.length === 1 &&
    before[0]?.raw === 'cat' &&
    after[0]?.kind === 'op' &&
    after[0].op === '|' &&
    words(after.slice(1)) !== undefined
  )
    command = text.slice(after[0].offset + 1, bodyStart(text))
  if (command === undefined) return undefined
  const a = analyzeShell(command)
  if (a.kind !== 'commands' || a.commands.length !== 1) return undefined
  const raw = lexed.heredocBodies[0] ?? ''
  const lines = redirect.op === '<<-' ? raw.replace(/^\t+/gm, '') : raw
  const expands = delim.word.parts.every((p) => p.kind !== 'lit' || p.quoted === 'none')
  if (expands && /`|\$\(|\\|\$\{[^}]*[^\w}]|\$[^A-Za-z_{]/.test(lines)) return undefined
  return { command: a.commands[0] as SimpleCommand, body: `${lines}\n`, expands }
}

/** The words of `tokens` when they are all words (a simple command), else undefined. */
function words(tokens: Token[]): Word[] | undefined {
  const out: Word[] = []
  for (const t of tokens) {
    if (t.kind !== 'word') return undefined
    out.push(t.word)
  }
  return out
}

function bodyStart(text: string): number {
  const nl = text.indexOf('\n')
  return nl === -1 ? text.length : nl
}
