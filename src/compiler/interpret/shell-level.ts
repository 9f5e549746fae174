// The safety level of text that only a shell can run: every simple command in it is classified
// (inside loops, conditionals, pipes, lists and `$(...)` too) and the most dangerous one wins.
// Output redirections count as writes. Keywords, assignments, redirect targets and here-document
// delimiters are not commands.
import type { Classification } from '../../runbook/safety/index.js'
import { classifyCommand, worst } from '../../runbook/safety/index.js'
import { asAssignment } from '../shell/analyze.js'
import type { Token, Word } from '../shell/lexer.js'
import { closingIndex, lexShell } from '../shell/lexer.js'
import { displayWord } from './vars.js'

const SEPARATORS = new Set(['|', '||', '&&', ';', '&', '\n', '(', ')', ';;'])
const WRITES = new Set(['>', '>>', '>|', '&>'])
const KEYWORDS = new Set([
  'if',
  'while',
  'until',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'esac',
  '{',
  '}',
  '!',
  'time',
  'export',
  'readonly',
  'local'
])
const HEADERS = new Set(['for', 'select', 'case', 'function'])
const SKIP = new Set(['break', 'continue', 'return', 'exit', 'shift', ':'])

/** The most dangerous classification among the commands of `text` (unknown when it has none). */
export function shellLevel(text: string, depth = 0): Classification {
  const found: Classification[] = []
  const tokens = lexShell(text).tokens
  let words: Word[] = []
  const flush = (): void => {
    found.push(...segmentLevels(words, depth))
    words = []
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.kind === 'word') {
      words.push(t.word)
      continue
    }
    if (t.op === '(' && tokens[i + 1]?.kind === 'op' && words.length === 1) {
      // `name() { ...; }`: a function definition; its name is not a command.
      words = []
      i++
      continue
    }
    if (SEPARATORS.has(t.op)) {
      flush()
      continue
    }
    // A redirection: the next word is its target (or a here-document delimiter), not an argument.
    const target = tokens[i + 1]
    const last = words[words.length - 1]
    if (last !== undefined && /^\d$/.test(last.raw) && last.offset + 1 === t.offset) words.pop()
    if (target?.kind === 'word') {
      i++
      const file = displayWord(target.word)
      if (WRITES.has(t.op) && file !== '/dev/null')
        found.push({
          level: 'mutating',
          tool: 'shell',
          rule: 'shell.redirect-write',
          reason: `the redirection ${t.op} writes ${file}`
        })
    }
  }
  flush()
  return worst(found) ?? classifyCommand([])
}

function segmentLevels(words: Word[], depth: number): Classification[] {
  const inner = depth < 4 ? words.flatMap((w) => substitutions(w.raw)) : []
  const out = inner.map((t) => shellLevel(t, depth + 1))
  let rest = words
  while (rest.length > 0 && KEYWORDS.has((rest[0] as Word).raw)) rest = rest.slice(1)
  if (rest.length > 0 && HEADERS.has((rest[0] as Word).raw)) return out
  while (rest.length > 0 && asAssignment(rest[0] as Word) !== undefined) rest = rest.slice(1)
  const argv = rest.map(displayWord)
  if (argv.length === 0 || SKIP.has(argv[0] as string) || argv[0] === '}') return out
  // The command itself first: on a tie (two unknowns) its reason is the one reported.
  return [classifyCommand(argv), ...out]
}

/** The texts of the `$(...)` and backquote substitutions in a word as written. */
export function substitutions(raw: string): string[] {
  const out: string[] = []
  let quote: string | undefined
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string
    if (quote === "'") {
      if (c === "'") quote = undefined
      continue
    }
    if (c === '\\') {
      i++
      continue
    }
    if (c === "'" && quote === undefined) quote = c
    else if (c === '"') quote = quote === '"' ? undefined : '"'
    else if (c === '`') {
      const close = raw.indexOf('`', i + 1)
      if (close === -1) break
      out.push(raw.slice(i + 1, close))
      i = close
    } else if (c === '$' && raw[i + 1] === '(' && raw[i + 2] !== '(') {
      const close = closingIndex(raw, i + 1)
      out.push(raw.slice(i + 2, close === -1 ? raw.length : close))
      i = close === -1 ? raw.length : close
    }
  }
  return out
}
