// One command of the source -> zero or more steps. A simple command runs as a cli step (with
// `confirm: true` when it mutates); `A && B` becomes consecutive steps; `VAR=x cmd` uses with.env;
// anything destructive, ambiguous, interactive, run inside a session or needing a shell becomes a
// manual step that shows the command verbatim.
import type { Step } from '../../runbook/index.js'
import type { Classification } from '../../runbook/safety/index.js'
import { classifyCommand } from '../../runbook/safety/index.js'
import type { SimpleCommand } from '../shell/analyze.js'
import { analyzeShell, locallySet } from '../shell/analyze.js'
import type { Word } from '../shell/lexer.js'
import { lexShell } from '../shell/lexer.js'
import type { SectionContext } from './context.js'
import { clip } from '../extract/text.js'
import { todo } from './context.js'
import { interactiveReason, sessionOpener } from './interactive.js'
import { capturable, singleValue } from './capture.js'
import type { Account, ManualWhy } from './model.js'
import { manualInstructions } from './instructions.js'
import { shellLevel } from './shell-level.js'
import type { Refs } from './vars.js'
import { displayWord, renderWord } from './vars.js'

export interface CommandSource {
  text: string
  raw: string
  line: number
  endLine: number
  origin: 'block' | 'inline'
  lang: string
  title: string
  intro?: string
  idHint: string
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

/** Plans the steps of one command and records how it was accounted for. */
export function planCommand(src: CommandSource, ctx: SectionContext): void {
  const doc = ctx.doc
  const account = {
    line: src.line,
    endLine: src.endLine,
    origin: src.origin,
    text: src.raw,
    steps: [] as number[],
    note: ''
  }
  doc.accounts.push(account)
  const a = analyzeShell(src.text)
  if (a.kind === 'empty') {
    account.note = 'comment only'
    return
  }
  if (a.kind === 'assignment') {
    account.note = assignmentNote(a.assignments, src, ctx)
    return
  }
  if (a.kind === 'shell') {
    if (ctx.session === undefined && planCapture(src, ctx, account)) return
    const words = lexShell(src.text).tokens.flatMap((t) =>
      t.kind === 'word' ? [displayWord(t.word)] : []
    )
    const opener = sessionOpener(words)
    const level = shellLevel(src.text)
    const reasons = `needs a shell (${a.reasons.join(', ')})`
    const safety = `safety: ${level.level}, ${level.reason}`
    const why: ManualWhy =
      ctx.session !== undefined
        ? 'in-session'
        : level.level === 'destructive'
          ? 'destructive'
          : 'needs-shell'
    // `wait_term(){ ...; }`: a definition the later calls need, not a command to split.
    const defines = [...doc.functions].find(([, line]) => line === src.line)?.[0]
    const detail =
      why === 'in-session'
        ? inSession(ctx)
        : why === 'destructive'
          ? `${level.reason}; it also ${reasons}`
          : defines !== undefined
            ? `defines the shell function '${defines}' that later commands call; run it in the shell you run them in (${safety})`
            : `${a.reasons.join(', ')} (${safety})`
    account.steps.push(manualStep(src, ctx, why, detail, level.level))
    for (const name of a.assigns) {
      doc.vars.release(name)
      doc.vars.use(name, `$${name}`, src.line, `set by the command at line ${src.line}`)
      todo(
        doc,
        src.line,
        `\`${name}\` is set by a command that needs a shell (line ${src.line}); run it by hand and pass the value with --var ${name}=...`
      )
    }
    if (why === 'needs-shell' && defines === undefined)
      todo(
        doc,
        src.line,
        `line ${src.line} ${reasons}: kept as a manual step; split it into simple commands to automate it`
      )
    if (opener !== undefined && ctx.session === undefined)
      ctx.session = {
        opener: firstLine(src.raw),
        line: src.line,
        scope: src.origin === 'inline' ? 'unit' : 'section'
      }
    account.note = why === 'in-session' ? 'inside a session' : 'needs a shell'
    return
  }
  const notes = a.commands.map((cmd) =>
    planSimple(cmd, src, ctx, account.steps, a.commands.length > 1)
  )
  account.note = [a.commands.length > 1 ? `&& list: ${account.steps.length} steps` : '', ...notes]
    .filter((n) => n !== '')
    .join('; ')
}

function planSimple(
  cmd: SimpleCommand,
  src: CommandSource,
  ctx: SectionContext,
  out: number[],
  inList: boolean
): string {
  const doc = ctx.doc
  const display = cmd.words.map(displayWord)
  const argv0 = cmd.words[0] as Word
  const name = display[0] ?? ''
  if (name === 'exit' || name === 'logout') {
    const s = ctx.session
    ctx.session = undefined
    return s === undefined
      ? `${name}: ends the shell`
      : `${name}: ends the session opened at line ${s.line}`
  }
  const one = inList ? { ...src, raw: display.join(' '), text: display.join(' ') } : src
  if (ctx.session !== undefined) {
    out.push(manualStep(one, ctx, 'in-session', inSession(ctx), classifyCommand(display).level))
    return 'inside a session'
  }
  if (name === 'cd' && cmd.words.length === 2 && isLiteral(cmd.words[1] as Word)) {
    ctx.cwd = display[1]
    return `cd: the working directory (with.cwd) of the following commands of this block`
  }
  const opener = sessionOpener(display)
  const c = classifyCommand(display)
  const manual =
    shellFunction(name, doc) ?? manualReason(cmd, argv0, name, display, c) ?? fromOutput(cmd, ctx)
  if (manual !== undefined) {
    out.push(manualStep(one, ctx, manual.why, manual.detail, c.level))
    if (manual.why === 'ambiguous') {
      const seen = doc.ambiguous.get(c.reason) ?? { name, lines: [] }
      if (!seen.lines.includes(src.line)) seen.lines.push(src.line)
      doc.ambiguous.set(c.reason, seen)
    }
  } else {
    out.push(cliStep(cmd, one, ctx, c))
  }
  if (opener !== undefined) {
    ctx.session = {
      opener: display.join(' '),
      line: src.line,
      scope: src.origin === 'inline' ? 'unit' : 'section'
    }
    return `opens a session (line ${src.line})`
  }
  return ''
}

// `wait_term "$WID"` after `wait_term(){ ...; }` in the TSG: a function only that shell knows.
function shellFunction(
  name: string,
  doc: SectionContext['doc']
): { why: ManualWhy; detail: string } | undefined {
  const line = doc.functions.get(name)
  return line === undefined
    ? undefined
    : {
        why: 'needs-shell',
        detail: `'${name}' is a shell function the TSG defines at line ${line}; only a shell that ran that definition can call it`
      }
}

/** `VAR=$(cmd)` with a simple read-only `cmd`: a cli step capturing stdout as `VAR`. */
function planCapture(src: CommandSource, ctx: SectionContext, account: Account): boolean {
  const cap = capturable(src.text)
  if (cap === undefined) return false
  const cmd = cap.command
  const display = cmd.words.map(displayWord)
  const c = classifyCommand(display)
  if (
    c.level !== 'read-only' ||
    sessionOpener(display) !== undefined ||
    manualReason(cmd, cmd.words[0] as Word, display[0] ?? '', display, c) !== undefined ||
    fromOutput(cmd, ctx) !== undefined
  )
    return false
  const index = cliStep(cmd, src, ctx, c)
  const capture = ctx.doc.vars.capture(cap.name, src.line, singleValue(cmd))
  const planned = ctx.doc.steps[index]
  if (planned !== undefined) planned.step.capture = { [capture.name]: 'stdout' }
  account.steps.push(index)
  account.note = `\`$(...)\` runs as a cli step; its stdout is captured as \`${capture.name}\``
  return true
}

// `$RESOURCES` set by `RESOURCES=$(kubectl ...)` may hold many words that the shell splits; one
// argv element cannot stand for it, so the command stays manual. A quoted `"$POD"`, or a capture
// of a command that prints one value, is one word.
function fromOutput(
  cmd: SimpleCommand,
  ctx: SectionContext
): { why: ManualWhy; detail: string } | undefined {
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

function manualReason(
  cmd: SimpleCommand,
  argv0: Word,
  name: string,
  display: string[],
  c: Classification
): { why: ManualWhy; detail: string } | undefined {
  if (!isLiteral(argv0))
    return {
      why: 'placeholder-command',
      detail: `the program '${name}' is itself a placeholder or variable`
    }
  if (BUILTINS.has(name))
    return { why: 'shell-builtin', detail: `'${name}' is a shell builtin, not a program` }
  if (c.level === 'destructive') return { why: 'destructive', detail: c.reason }
  const interactive = interactiveReason(display)
  if (interactive !== undefined) return { why: 'interactive', detail: interactive }
  if (c.level === 'unknown') return { why: 'ambiguous', detail: c.reason }
  if (cmd.env.some((e) => e.value.parts.some((p) => p.kind === 'lit' && p.text.includes('\n'))))
    return { why: 'needs-shell', detail: 'multi-line value' }
  return undefined
}

function cliStep(
  cmd: SimpleCommand,
  src: CommandSource,
  ctx: SectionContext,
  c: Classification
): number {
  const vars = ctx.doc.vars
  const argv = cmd.words.map((w) => renderWord(w, vars, src.line))
  const step: Step = { id: '', type: 'cli', title: src.title }
  if (src.intro !== undefined && src.intro.replace(/[:.]$/, '') !== src.title)
    step.description = clip(src.intro, 400)
  const withBlock: NonNullable<Step['with']> = { argv }
  if (cmd.env.length > 0)
    withBlock.env = Object.fromEntries(
      cmd.env.map((e) => [e.name, renderWord(e.value, vars, src.line)])
    )
  if (ctx.cwd !== undefined) withBlock.cwd = ctx.cwd
  step.with = withBlock
  if (c.level === 'mutating') step.confirm = true
  return push(ctx, src, step, c.level)
}

function manualStep(
  src: CommandSource,
  ctx: SectionContext,
  why: ManualWhy,
  detail: string,
  level: Classification['level']
): number {
  const refs: Refs = new Map()
  const local = locallySet(src.text)
  for (const t of lexShell(src.text).tokens)
    if (t.kind === 'word') renderWord(t.word, ctx.doc.vars, src.line, refs, local)
  const step: Step = {
    id: '',
    type: 'manual',
    title: src.title,
    instructions: manualInstructions(src, why, detail, refs, ctx)
  }
  return push(ctx, src, step, level, { why, detail })
}

function push(
  ctx: SectionContext,
  src: CommandSource,
  step: Step,
  level: Classification['level'],
  manual?: { why: ManualWhy; detail: string }
): number {
  const steps = ctx.doc.steps
  steps.push({
    step,
    idHint: src.idHint,
    section: ctx.section.title,
    sectionLine: ctx.section.line,
    line: src.line,
    endLine: src.endLine,
    command: src.raw,
    level,
    ...(manual === undefined ? {} : { manual })
  })
  return steps.length - 1
}

function assignmentNote(
  assignments: { name: string; value: Word }[],
  src: CommandSource,
  ctx: SectionContext
): string {
  const notes: string[] = []
  for (const { name, value } of assignments) {
    if (isLiteral(value)) {
      const v = displayWord(value)
      const r = ctx.doc.vars.define(name, v, src.line)
      if (r.conflict !== undefined)
        todo(
          ctx.doc,
          src.line,
          `\`${name}\` is assigned '${v}' at line ${src.line} but '${r.conflict}' earlier; the runbook uses the first value`
        )
      notes.push(`sets the default of \`${name}\``)
    } else {
      ctx.doc.vars.release(name)
      ctx.doc.vars.use(name, `$${name}`, src.line, `set at line ${src.line} from other values`)
      todo(
        ctx.doc,
        src.line,
        `\`${name}\` is built from other values at line ${src.line}; set it with --var ${name}=...`
      )
      notes.push(`sets \`${name}\` from other values`)
    }
  }
  return notes.join('; ')
}

function inSession(ctx: SectionContext): string {
  const s = ctx.session
  return s === undefined
    ? ''
    : `runs inside the session opened by \`${s.opener}\` (line ${s.line}), not on the machine running the runbook`
}

function isLiteral(word: Word): boolean {
  return word.parts.every((p) => p.kind === 'lit')
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}
