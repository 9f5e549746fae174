// Why a simple command cannot run as a cli step: its program is a placeholder, a builtin or a
// function of the TSG; it is destructive, interactive or unknown; or it uses a value the shell
// would split into words.
import type { Classification } from '../../runbook/safety/index.js'
import { commandRunnerReason } from '../../runbook/index.js'
import { classifyCommand } from '../../runbook/safety/index.js'
import type { SimpleCommand } from '../shell/analyze.js'
import type { Word } from '../shell/lexer.js'
import type { DocContext, SectionContext } from './context.js'
import { interactiveReason, sessionOpener } from './interactive.js'
import type { ManualWhy } from './model.js'
import { displayWord } from './vars.js'
import { foreignVars } from '../shell/foreign.js'

export interface ManualReason {
  why: ManualWhy
  detail: string
}

const BUILTINS = new Set([
  'set',
  'source',
  '.',
  'alias',
  'unalias',
  'unset',
  'read',
  'trap',
  'ulimit',
  'shopt',
  'eval',
  'exec',
  'return',
  'wait',
  'shift',
  'break',
  'continue',
  'declare',
  'typeset',
  'let',
  'local',
  'pushd',
  'popd',
  'umask',
  'hash',
  'history',
  'fg',
  'bg',
  'jobs',
  'disown',
  'builtin',
  'command'
])

/**
 * The classification of `cmd` when it may run as a cli step at one of `levels` (not a session
 * opener, nothing that keeps it manual); undefined otherwise.
 */
export function runnable(
  cmd: SimpleCommand,
  ctx: SectionContext,
  levels: readonly Classification['level'][]
): Classification | undefined {
  const display = cmd.words.map(displayWord)
  const name = display[0] ?? ''
  const c = classifyCommand(display)
  const blocked =
    !levels.includes(c.level) ||
    sessionOpener(display) !== undefined ||
    shellFunction(name, ctx.doc) !== undefined ||
    manualReason(cmd, cmd.words[0] as Word, name, display, c) !== undefined ||
    fromOutput(cmd, ctx) !== undefined
  return blocked ? undefined : c
}

/** `wait_term "$WID"` after `wait_term(){ ...; }` in the TSG: a function only that shell knows. */
export function shellFunction(name: string, doc: DocContext): ManualReason | undefined {
  const line = doc.functions.get(name)
  return line === undefined
    ? undefined
    : {
        why: 'needs-shell',
        detail: `'${name}' is a shell function the TSG defines at line ${line}; only a shell that ran that definition can call it`
      }
}

// `$RESOURCES` set by `RESOURCES=$(kubectl ...)` may hold many words that the shell splits; one
// argv element cannot stand for it, so the command stays manual. A quoted `"$POD"`, or a capture
// of a command that prints one value, is one word.
export function fromOutput(cmd: SimpleCommand, ctx: SectionContext): ManualReason | undefined {
  for (const w of [...cmd.words, ...cmd.env.map((e) => e.value)])
    for (const p of w.parts) {
      const capture = p.kind === 'var' ? ctx.doc.vars.captureOf(p.name) : undefined
      if (p.kind === 'var' && capture !== undefined) {
        if (p.quoted === true || capture.single) continue
        return {
          why: 'needs-shell',
          detail: `uses ${p.raw} unquoted: the shell splits the output captured at line ${capture.line} into words, which one argument cannot stand for`
        }
      }
      const how = p.kind === 'var' ? ctx.doc.vars.get(p.name)?.how : undefined
      if (p.kind === 'var' && how?.startsWith('set by the command') === true)
        return {
          why: 'needs-shell',
          detail: `uses ${p.raw}, which the TSG ${how.replace('set by', 'sets with')}: its value comes from command output the shell would split into words`
        }
    }
  return undefined
}

/** Why a simple command stays manual whatever its values, or undefined. */
export function manualReason(
  cmd: SimpleCommand,
  argv0: Word,
  name: string,
  display: string[],
  c: Classification
): ManualReason | undefined {
  if (!isLiteral(argv0))
    return {
      why: 'placeholder-command',
      detail: `the program '${name}' is itself a placeholder or variable`
    }
  if (BUILTINS.has(name))
    return { why: 'shell-builtin', detail: `'${name}' is a shell builtin, not a program` }
  // `sudo systemctl restart x`, `find ... -exec`, `ssh host cmd`: to run it, the allowlist would have
  // to allow the wrapper, and then it lets every command through.
  const runner = commandRunnerReason(name)
  if (runner !== undefined && (c.level === 'read-only' || c.level === 'mutating'))
    return {
      why: 'runner',
      detail: `${runner}: allowing '${name}' would let every command through the allowlist`
    }
  if (c.level === 'destructive') return { why: 'destructive', detail: c.reason }
  const foreign = [...foreignVars(display.join(' '))]
  if (foreign.length > 0)
    return {
      why: 'needs-shell',
      detail: `${foreign.map((n) => `$${n}`).join(', ')} belong${foreign.length === 1 ? 's' : ''} to the program's own language (awk, gdb, PromQL, SQL), not to the runbook's vars; the shell would expand ${foreign.length === 1 ? 'it' : 'them'}, argv would not`
    }
  const interactive = interactiveReason(display)
  if (interactive !== undefined) return { why: 'interactive', detail: interactive }
  if (c.level === 'unknown') return { why: 'ambiguous', detail: c.reason }
  if (cmd.env.some((e) => e.value.parts.some((p) => p.kind === 'lit' && p.text.includes('\n'))))
    return { why: 'needs-shell', detail: 'multi-line value' }
  return undefined
}

/** True when the word is plain text: no variable, no placeholder. */
export function isLiteral(word: Word): boolean {
  return word.parts.every((p) => p.kind === 'lit')
}
