// `export NAME=value`: in a shell an exported variable is in the environment of every later
// command, so the compiler puts it in with.env of every later cli step (steps.ts) until `unset`.
import { lexShell } from '../shell/lexer.js'
import type { CommandSource } from './command.js'
import type { SectionContext } from './context.js'
import { startExport } from './context.js'

export const EXPORTED = 'exported: in the environment (with.env) of every later cli step'

/** `export NAME=value` and `export NAME` (of a NAME the document assigned) start exports. */
export function exportNotes(
  assignments: { name: string }[],
  names: string[],
  src: CommandSource,
  ctx: SectionContext
): string[] {
  const doc = ctx.doc
  for (const { name } of assignments) startExport(doc, name, src.line)
  const notes = assignments.length > 0 ? [EXPORTED] : []
  for (const name of names) {
    if (doc.vars.has(name) || doc.vars.captureOf(name) !== undefined) {
      startExport(doc, name, src.line)
      notes.push(`exports \`${name}\`: in the environment (with.env) of every later cli step`)
    } else
      notes.push(
        `exports \`${name}\`, which the document does not assign: later steps get it from the operator's environment, as in the shell`
      )
  }
  return notes
}

/** `unset NAME ...` of exported variables: later cli steps no longer carry them; no step. */
export function unsetExports(
  display: string[],
  src: CommandSource,
  ctx: SectionContext
): string | undefined {
  const names = display.slice(1)
  const exported = ctx.doc.exported
  if (display[0] !== 'unset' || names.length === 0 || !names.every((n) => exported.has(n)))
    return undefined
  for (const n of names) {
    const e = exported.get(n)
    if (e !== undefined) e.unset = src.line
    exported.delete(n)
  }
  return `unset: ${names.map((n) => `\`${n}\``).join(', ')} no longer in the environment of later steps`
}

/** True when the command is `export ...`. */
export function isExport(text: string): boolean {
  const first = lexShell(text).tokens[0]
  return first?.kind === 'word' && first.word.raw === 'export'
}
