// Shell text that keeps its exact meaning as one cli step: `VAR=$(cmd)` (a capture of `cmd`'s
// stdout) and a here-document fed to one command (`with.stdin`).
import { capturable, singleValue } from './capture.js'
import type { CommandSource } from './command.js'
import type { SectionContext } from './context.js'
import { runnable } from './manual-reasons.js'
import type { Account } from './model.js'
import { heredocInput } from './stdin.js'
import { cliStep } from './steps.js'
import { renderBody } from './vars.js'

/** `VAR=$(cmd)` with a simple read-only `cmd`: a cli step capturing stdout as `VAR`. */
export function planCapture(src: CommandSource, ctx: SectionContext, account: Account): boolean {
  const cap = capturable(src.text)
  if (cap === undefined) return false
  const c = runnable(cap.command, ctx, ['read-only'])
  if (c === undefined) return false
  const index = cliStep(cap.command, src, ctx, c)
  const capture = ctx.doc.vars.capture(cap.name, src.line, singleValue(cap.command))
  const planned = ctx.doc.steps[index]
  if (planned !== undefined) planned.step.capture = { [capture.name]: 'stdout' }
  account.steps.push(index)
  account.note = `\`$(...)\` runs as a cli step; its stdout is captured as \`${capture.name}\``
  return true
}

/** `cmd <<EOF` or `cat <<EOF | cmd`, with `cmd` simple and not destructive: with.stdin. */
export function planStdin(src: CommandSource, ctx: SectionContext, account: Account): boolean {
  const h = heredocInput(src.text)
  if (h === undefined) return false
  const c = runnable(h.command, ctx, ['read-only', 'mutating'])
  if (c === undefined) return false
  const index = cliStep(h.command, src, ctx, c)
  const w = ctx.doc.steps[index]?.step.with
  if (w !== undefined && w !== null) w.stdin = renderBody(h.body, h.expands, ctx.doc.vars, src.line)
  account.steps.push(index)
  account.note = 'the here-document is the standard input (with.stdin) of a cli step'
  return true
}
