// Building the steps of commands: a cli step runs the words as argv (templated), a manual step
// shows the command verbatim with why it is manual; both are recorded with their source lines.
import type { Step } from '../../runbook/index.js'
import type { Classification } from '../../runbook/safety/index.js'
import { clip } from '../extract/text.js'
import type { SimpleCommand } from '../shell/analyze.js'
import { locallySet } from '../shell/analyze.js'
import { lexShell } from '../shell/lexer.js'
import type { CommandSource } from './command.js'
import type { SectionContext } from './context.js'
import { manualInstructions } from './instructions.js'
import type { ManualWhy } from './model.js'
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

/** Plans a manual step showing the command of `src` verbatim; returns its index. */
export function manualStep(
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
