// The instructions of a manual step that stands for a command: the lead-in prose, the command
// verbatim, why it is not automated, and the values of its placeholders.
import type { SectionContext } from './context.js'
import type { CommandSource } from './command.js'
import type { ManualWhy } from './model.js'
import type { Refs } from './vars.js'
import { escapeBraces } from './vars.js'

export const WHY_LABEL: Record<ManualWhy, string> = {
  prose: 'prose instructions',
  'needs-shell': 'needs a shell',
  destructive: 'destructive',
  ambiguous: 'ambiguous',
  interactive: 'interactive or long-running',
  'in-session': 'runs inside a session',
  'placeholder-command': 'the program is a placeholder',
  'shell-builtin': 'shell builtin',
  runner: 'runs another command',
  sql: 'SQL to run in a database session',
  powershell: 'PowerShell, not a POSIX command the runbook can run',
  degraded: 'the compiler could not stand behind an automated step',
  'in-directory': 'runs in a directory the runbook cannot name',
  warned: 'a warning says not to run it',
  choice: 'a person picks the alternative that applies'
}

/** Builds the Markdown instructions of a manual command step (templates escaped). */
export function manualInstructions(
  src: CommandSource,
  why: ManualWhy,
  detail: string,
  refs: Refs,
  ctx: SectionContext,
  destructive = why === 'destructive' || why === 'warned'
): string {
  const vars = ctx.doc.vars
  const esc = (t: string): string => escapeBraces(t, vars, src.line)
  const fence = src.raw.includes('```') ? '~~~' : '```'
  const parts: string[] = []
  if (src.intro !== undefined && src.intro !== '') parts.push(esc(src.intro))
  const how = destructive
    ? 'Run by hand only if it is safe to do so, then record what you did'
    : 'Run by hand, then record the outcome'
  // A `cd DIR` earlier in the block is where the command runs: say so, since it is not shown.
  const where =
    ctx.cwd === undefined ? '' : `, in the directory \`${esc(ctx.cwd)}\` (the \`cd\` above it)`
  const lines = src.endLine > src.line ? `lines ${src.line}–${src.endLine}` : `line ${src.line}`
  parts.push(`${how} (source ${lines}${where}):`)
  parts.push(`${fence}${src.lang === '' ? 'sh' : src.lang}\n${esc(src.raw)}\n${fence}`)
  parts.push(`Not automated (${WHY_LABEL[why]}): ${esc(detail)}.`)
  const s = ctx.session
  if (why === 'in-session' && s?.prose === true) {
    const target = vars.use(
      'target_host',
      'a machine prose names',
      s.line,
      'the machine the TSG logs in to'
    )
    parts.push(`Run on: ${target} (the machine of "${esc(s.opener)}", line ${s.line}).`)
  }
  if (refs.size > 0) {
    const values = [...refs].map(([written, ref]) => `\`${esc(written)}\` = ${ref}`)
    parts.push(`Values: ${values.join(', ')}`)
  }
  return parts.join('\n\n')
}
