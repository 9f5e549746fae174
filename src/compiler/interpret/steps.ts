// Building the steps of commands: a cli step runs the words as argv (templated), a manual step
// shows the command verbatim with why it is manual; both are recorded with their source lines.
import type { Step } from '../../runbook/index.js'
import type { Classification, SafetyLevel } from '../../runbook/safety/index.js'
import { clip } from '../extract/text.js'
import type { SimpleCommand } from '../shell/analyze.js'
import { locallySet } from '../shell/analyze.js'
import type { Word } from '../shell/lexer.js'
import { lexShell } from '../shell/lexer.js'
import type { CommandSource } from './command.js'
import type { SectionContext } from './context.js'
import { manualInstructions } from './instructions.js'
import type { ManualWhy, PlannedStep, SessionGroup } from './model.js'
import type { Refs } from './vars.js'
import { renderWord } from './vars.js'

/** Plans a cli step running `cmd` (confirm when it mutates); returns its index. */
export function cliStep(
  cmd: SimpleCommand,
  src: CommandSource,
  ctx: SectionContext,
  c: Classification
): number {
  const vars = ctx.doc.vars
  const argv = cmd.words.map((w, i) =>
    renderWord(w, vars, src.line, new Map(), new Set(), cmd.words[i - 1])
  )
  const step: Step = { id: '', type: 'cli', title: src.title }
  if (src.intro !== undefined && src.intro.replace(/[:.]$/, '') !== src.title)
    step.description = clip(src.intro, 400)
  const withBlock: NonNullable<Step['with']> = { argv }
  const env = Object.fromEntries(cmd.env.map((e) => [e.name, renderWord(e.value, vars, src.line)]))
  // An exported variable is in the environment of every later command of the shell; `VAR=x cmd`
  // gives this command its own value.
  const inherited = [...ctx.doc.exported.values()].filter((e) => !(e.name in env))
  for (const e of inherited)
    env[e.name] = `{{ .${vars.captureOf(e.name)?.name ?? vars.get(e.name)?.name ?? e.name} }}`
  if (Object.keys(env).length > 0) withBlock.env = env
  if (ctx.cwd !== undefined) withBlock.cwd = ctx.cwd
  step.with = withBlock
  if (c.level === 'mutating') step.confirm = true
  const index = push(ctx, src, step, c.level)
  for (const e of inherited) e.steps.push(index)
  return index
}

/** Plans a manual step showing the command of `src` verbatim; returns its index. */
export function manualStep(
  src: CommandSource,
  ctx: SectionContext,
  why: ManualWhy,
  detail: string,
  level: Classification['level']
): number {
  const refs: Refs = new Map()
  collectRefs(src.text, src.line, ctx, refs)
  const step: Step = {
    id: '',
    type: 'manual',
    title: src.title,
    instructions: manualInstructions(
      src,
      why,
      detail,
      refs,
      ctx,
      why === 'destructive' || why === 'warned' || level === 'destructive'
    )
  }
  return push(ctx, src, step, level, { why, detail })
}

/**
 * A command run inside a session: it joins the session step planned just before it for the same
 * code block and session, so that one manual step shows what the operator types in that session.
 */
export function sessionStep(
  src: CommandSource,
  ctx: SectionContext,
  detail: string,
  level: Classification['level'],
  reason = ''
): number {
  const steps = ctx.doc.steps
  const last = steps[steps.length - 1]
  const g = last?.group
  const opener = ctx.session?.line ?? 0
  if (last !== undefined && g !== undefined && src.code === g.code && g.opener === opener) {
    g.sources.push(src)
    g.levels.push(level)
    regroup(last, g, ctx, detail)
    return steps.length - 1
  }
  const careful = level === 'destructive' && reason !== '' ? `; destructive (${reason})` : ''
  const index = manualStep(src, ctx, 'in-session', `${detail}${careful}`, level)
  const planned = steps[index]
  if (planned !== undefined && src.code !== undefined)
    planned.group = { code: src.code, opener, sources: [src], levels: [level] }
  return index
}

function regroup(planned: PlannedStep, g: SessionGroup, ctx: SectionContext, detail: string): void {
  const first = g.sources[0] as CommandSource
  const end = (g.sources[g.sources.length - 1] as CommandSource).endLine
  const raw = g.code.lines
    .filter((l) => l.line >= first.line && l.endLine <= end)
    .map((l) => (l.kind === 'command' ? l.raw : l.text))
    .join('\n')
  const refs: Refs = new Map()
  for (const s of g.sources) collectRefs(s.text, s.line, ctx, refs)
  const careful = g.sources.flatMap((s, i) =>
    g.levels[i] === 'destructive'
      ? [`line ${s.line} \`${(s.raw.split('\n')[0] ?? '').replace(/\s+#\s.*$/, '')}\``]
      : []
  )
  const note =
    careful.length === 0
      ? detail
      : `${detail}; destructive, run only if it is safe to do so: ${careful.join(', ')}`
  const src = { ...first, raw, text: raw, endLine: end }
  const more = g.sources.length - 1
  planned.step.title = `${first.title} (and ${more} more command${more === 1 ? '' : 's'} in the session)`
  planned.step.instructions = manualInstructions(
    src,
    'in-session',
    note,
    refs,
    ctx,
    careful.length > 0
  )
  planned.endLine = end
  planned.command = raw
  planned.level = g.levels.reduce((a, b) => (RANK[b] > RANK[a] ? b : a))
  if (planned.manual !== undefined) planned.manual.detail = note
}

const RANK: Record<SafetyLevel, number> = {
  'read-only': 0,
  mutating: 1,
  unknown: 2,
  destructive: 3
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

/** Registers the variables and placeholders of a command shown verbatim, with how it wrote them. */
function collectRefs(text: string, line: number, ctx: SectionContext, refs: Refs): void {
  const local = locallySet(text)
  let prev: Word | undefined
  for (const t of lexShell(text).tokens) {
    if (t.kind === 'word') renderWord(t.word, ctx.doc.vars, line, refs, local, prev)
    prev = t.kind === 'word' ? t.word : undefined
  }
}
