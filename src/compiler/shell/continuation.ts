// Whether a shell command goes on past the end of a line: a trailing backslash, an open quote, an
// open loop/if/case/brace group, or a trailing pipe or && / ||.
import type { Lexed } from './lexer.js'
import { lexShell } from './lexer.js'

export type Continuation = 'backslash' | 'quote' | 'compound' | 'operator'

const OPENERS = new Set(['for', 'while', 'until', 'select', 'if', 'case'])
const CLOSERS = new Set(['done', 'fi', 'esac'])
const STARTERS = new Set([';', '&&', '||', '|', '&', '\n', '(', ';;'])
const AFTER_KEYWORD = new Set(['do', 'then', 'else', 'elif', '{', '!', 'time'])

/** Why `text` continues on the next line, or undefined when it is complete. */
export function continuation(
  text: string,
  lexed: Lexed = lexShell(text)
): Continuation | undefined {
  if (/(^|[^\\])(\\\\)*\\$/.test(text)) return 'backslash'
  if (lexed.unterminated !== undefined) return 'quote'
  if (compoundDepth(lexed) > 0) return 'compound'
  const last = lexed.tokens[lexed.tokens.length - 1]
  if (last?.kind === 'op' && (last.op === '|' || last.op === '&&' || last.op === '||'))
    return 'operator'
  return undefined
}

/** Net number of open loops, ifs, cases and brace groups. */
export function compoundDepth(lexed: Lexed): number {
  let depth = 0
  let commandStart = true
  for (const t of lexed.tokens) {
    if (t.kind === 'op') {
      commandStart = STARTERS.has(t.op) || t.op === ')'
      continue
    }
    const w = t.word.raw
    if (w === '{') depth++
    else if (w === '}') depth--
    else if (commandStart && OPENERS.has(w)) depth++
    else if (commandStart && CLOSERS.has(w)) depth--
    commandStart = AFTER_KEYWORD.has(w) || (commandStart && CLOSERS.has(w))
  }
  return depth
}
