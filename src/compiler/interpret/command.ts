// One command of the source -> zero or more steps. A simple command runs as a cli step (with
// `confirm: true` when it mutates); `A && B` becomes consecutive steps; `VAR=x cmd` uses with.env;
// anything destructive, ambiguous, interactive, run inside a session or needing a shell becomes a
// manual step that shows the command verbatim.
import { classifyCommand } from '../../runbook/safety/index.js'
import type { SimpleCommand } from '../shell/analyze.js'
import { analyzeShell } from '../shell/analyze.js'
import type { Word } from '../shell/lexer.js'
import { lexShell } from '../shell/lexer.js'
import type { IrCode } from '../ir.js'
import type { SectionContext } from './context.js'
import { startExport, todo } from './context.js'
import { EXPORTED, exportNotes, isExport, unsetExports } from './exports.js'
import { planCapture, planStdin } from './decompose.js'
import { interactiveReason, sessionOpener } from './interactive.js'
import { fromOutput, isLiteral, manualReason, shellFunction } from './manual-reasons.js'
import type { ManualWhy } from './model.js'
import { powershellLevel } from './powershell.js'
import { shellLevel } from './shell-level.js'
import { POWERSHELL } from '../extract/code-block.js'
import { cliStep, manualStep, sessionStep } from './steps.js'
import { displayWord, hasCapsPlaceholder } from './vars.js'
import { warnedAt } from './mentions.js'

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
  /** The code block of a block command. */
  code?: IrCode
}

/** Plans the steps of one command and records how it was accounted for. */
export function planCommand(src: CommandSource, ctx: SectionContext): void {
  const doc = ctx.doc
  if (ctx.background === true && src.origin === 'block') {
    doc.accounts.push({
      line: src.line,
      endLine: src.endLine,
      origin: src.origin,
      text: src.raw,
      steps: [],
      note: `in the background section "${ctx.section.title}": an example, not a step`
    })
    return
  }
  const warning = ctx.warned === undefined ? undefined : warnedAt(src.text, ctx.warned)
  const account = {
    line: src.line,
    endLine: src.endLine,
    origin: src.origin,
    text: src.raw,
    steps: [] as number[],
    note: ''
  }
  doc.accounts.push(account)
  if (warning !== undefined) {
    const level = shellLevel(src.text).level
    account.steps.push(
      manualStep(
        src,
        ctx,
        'warned',
        `a warning of this section (line ${warning}) says not to run it; run it only if you are sure the warning does not apply`,
        level === 'read-only' ? 'mutating' : level
      )
    )
    account.note = `named in a warning (line ${warning})`
    return
  }
  if (POWERSHELL.has(src.lang)) {
    const c = powershellLevel(src.text)
    const why: ManualWhy = c.level === 'destructive' ? 'destructive' : 'powershell'
    account.steps.push(
      manualStep(src, ctx, why, `a PowerShell command (safety: ${c.level}, ${c.reason})`, c.level)
    )
    account.note = 'PowerShell'
    return
  }
  const a = analyzeShell(src.text)
  if (a.kind === 'empty') {
    account.note = 'comment only'
    return
  }
  if (a.kind === 'assignment') {
    account.note = assignmentNote(a.assignments, src, ctx)
    if (a.exported && ctx.session === undefined) {
      const notes = exportNotes(a.assignments, a.names, src, ctx)
      account.note = [account.note, ...notes].filter((n) => n !== '').join('; ')
    }
    return
  }
  if (a.kind === 'shell') {
    const exported = ctx.session === undefined && isExport(src.text) ? a.assigns : []
    if (ctx.session === undefined && planCapture(src, ctx, account)) {
      for (const name of exported) startExport(doc, name, src.line)
      if (exported.length > 0) account.note += `; ${EXPORTED}`
      return
    }
    if (ctx.session === undefined && planStdin(src, ctx, account)) return
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
    account.steps.push(
      why === 'in-session'
        ? sessionStep(src, ctx, detail, level.level)
        : manualStep(src, ctx, why, detail, level.level)
    )
    for (const name of a.assigns) {
      doc.vars.release(name)
      doc.vars.use(name, `$${name}`, src.line, `set by the command at line ${src.line}`)
      todo(
        doc,
        src.line,
        `\`${name}\` is set by a command that needs a shell (line ${src.line}); run it by hand and pass the value with --var ${name}=...`
      )
    }
    for (const name of exported) startExport(doc, name, src.line)
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
        scope: src.origin === 'inline' ? 'unit' : 'section',
        depth: ctx.section.depth
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
    const interactive = interactiveReason(display)
    const c = classifyCommand(display)
    const detail = `${inSession(ctx)}${interactive === undefined ? '' : `; ${interactive}`}`
    out.push(sessionStep(one, ctx, detail, c.level, c.reason))
    return 'inside a session'
  }
  const unset = unsetExports(display, src, ctx)
  if (unset !== undefined) return unset
  if (name === 'cd' && cmd.words.length === 2 && isLiteral(cmd.words[1] as Word)) {
    ctx.cwd = display[1]
    ctx.dir = undefined
    return `cd: the working directory (with.cwd) of the following commands of this block`
  }
  if (ctx.dir !== undefined) {
    const c = classifyCommand(display)
    out.push(
      manualStep(
        one,
        ctx,
        c.level === 'destructive' ? 'destructive' : 'in-directory',
        `runs in ${ctx.dir.what} (line ${ctx.dir.line}), which the runbook cannot name as with.cwd; run it there${c.level === 'destructive' ? `, only if it is safe (${c.reason})` : ''}`,
        c.level
      )
    )
    return 'in a directory prose names'
  }
  const opener = sessionOpener(display)
  const c = classifyCommand(display)
  const manual =
    shellFunction(name, doc) ?? manualReason(cmd, argv0, name, display, c) ?? fromOutput(cmd, ctx)
  if (manual !== undefined) {
    out.push(manualStep(one, ctx, manual.why, manual.detail, c.level))
    if (manual.why === 'ambiguous' || manual.why === 'runner') {
      const key = manual.why === 'runner' ? manual.detail : c.reason
      const advice =
        manual.why === 'runner'
          ? `kept manual; to automate such commands, give the runbook the rights they need and drop '${name}' from the TSG`
          : 'check what it does before automating it'
      const seen = doc.ambiguous.get(key) ?? { name, lines: [], advice }
      if (!seen.lines.includes(src.line)) seen.lines.push(src.line)
      doc.ambiguous.set(key, seen)
    }
  } else {
    out.push(cliStep(cmd, one, ctx, c))
  }
  if (opener !== undefined) {
    ctx.session = {
      opener: display.join(' '),
      line: src.line,
      scope: src.origin === 'inline' ? 'unit' : 'section',
      depth: ctx.section.depth
    }
    return `opens a session (line ${src.line})`
  }
  return ''
}

function assignmentNote(
  assignments: { name: string; value: Word }[],
  src: CommandSource,
  ctx: SectionContext
): string {
  const notes: string[] = []
  for (const { name, value } of assignments) {
    if (isLiteral(value) && hasCapsPlaceholder(displayWord(value))) {
      // `KC_URL=https://KEYCLOAK_HOST/auth`: a default that still holds a placeholder is no default.
      ctx.doc.vars.release(name)
      ctx.doc.vars.use(
        name,
        displayWord(value),
        src.line,
        `assigned at line ${src.line} a value with a placeholder in it`
      )
      notes.push(`\`${name}\` is a value to fill in (its example holds a placeholder)`)
    } else if (isLiteral(value)) {
      const v = displayWord(value)
      const r = ctx.doc.vars.define(name, v, src.line)
      if (r.conflict !== undefined)
        todo(
          ctx.doc,
          src.line,
          `\`${name}\` is assigned '${v}' at line ${src.line} but '${r.conflict}' earlier; the runbook uses the first value`
        )
      notes.push(`sets the default of \`${name}\``)
    } else if (value.parts.length === 1 && value.parts[0]?.kind === 'placeholder') {
      // `NODE_NAME=<instance label from alert>`: the variable is the value to fill in.
      ctx.doc.vars.release(name)
      ctx.doc.vars.use(
        name,
        value.parts[0].raw,
        src.line,
        `placeholder assigned at line ${src.line}`
      )
      notes.push(`\`${name}\` is a value to fill in`)
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
  if (s === undefined) return ''
  if (s.prose === true)
    return `runs on the machine that "${s.opener}" (line ${s.line}) logs in to, not on the machine running the runbook`
  return `runs inside the session opened by \`${s.opener}\` (line ${s.line}), not on the machine running the runbook`
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}
