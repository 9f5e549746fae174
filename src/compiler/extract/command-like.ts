// Is a line of a code block a command, or output? Commands start with a lower-case program name, a
// path, an assignment or a shell keyword; output starts with capitals, digits, punctuation or a
// `word:` label. In strict mode (untagged or `console` blocks without prompts) the program must
// also be one the safety classifier knows, or a path to a script.
import { classifyCommand } from '../../runbook/safety/index.js'
import { lexShell } from '../shell/lexer.js'

const KEYWORDS = new Set([
  'for',
  'while',
  'until',
  'if',
  'case',
  'select',
  'function',
  '{',
  '!',
  'export',
  'cd',
  'source',
  'set',
  'unset',
  'exit'
])
const PROGRAM = /^[a-z_.~/][A-Za-z0-9_.+@/-]*$/

/** True when `line` reads as a shell command. */
export function isCommandLike(line: string, strict: boolean): boolean {
  let t = line.trim()
  while (t.startsWith('(') || t.startsWith('{ ')) t = t.slice(1).trim()
  const first = /^\S+/.exec(t)?.[0] ?? ''
  if (first === '') return false
  if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first)) return assignmentLine(t, strict)
  if (/^[A-Za-z_][A-Za-z0-9_-]*\(\)/.test(first)) return !strict
  if (KEYWORDS.has(first)) return true
  if (!PROGRAM.test(first) || first.endsWith(':') || first === '...' || /^\.+$/.test(first))
    return false
  if (!strict) return true
  return first.includes('/') || classifyCommand([first]).rule !== 'unknown-command'
}

// `time="..." level=debug msg=...` and `notAfter=Aug  6 13:11:20 2025 GMT` are output: a run of
// assignments is a command only when nothing or a program follows it.
function assignmentLine(t: string, strict: boolean): boolean {
  const words = lexShell(t).tokens.flatMap((tk) => (tk.kind === 'word' ? [tk.word.raw] : []))
  const at = words.findIndex((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w))
  if (at === -1) return !strict || words.length === 1
  const program = words[at] as string
  return PROGRAM.test(program) && (!strict || classifyCommand([program]).rule !== 'unknown-command')
}
