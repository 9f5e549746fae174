// Stage C's fallback: when the generated runbook fails a fidelity check or does not validate, the
// compiler produced something it cannot stand behind. Rather than writing nothing, each offending
// step becomes a manual step showing the source verbatim with the reason and a TODO, a missing var
// is declared with a TODO, a command nobody accounted for gets a manual step of its own, and the
// checks run again. What cannot be repaired this way is a compiler defect (reported as one).
import type { Step } from '../runbook/index.js'
import type { FidelityCheck } from './fidelity.js'
import type { Interpretation } from './interpret/index.js'
import { guardAt } from './interpret/choices.js'
import { governanceFor } from './interpret/governance.js'
import type { PlannedStep } from './interpret/model.js'

/** What one round of repairs did; `unrepaired` lists the problems it could not act on. */
export interface Repair {
  changed: boolean
  unrepaired: string[]
}

const STEP_PROBLEM = /^([a-z0-9_]+): /
const LINE_PROBLEM = /^line (\d+): (.*)$/s
const VAR_PROBLEM = /^line (\d+): (.*) has no var '([A-Za-z_][A-Za-z0-9_]*)'$/

/** Repairs `it` in place after failed checks and validation errors (paths like `steps[2].with`). */
export function repair(
  it: Interpretation,
  checks: readonly FidelityCheck[],
  errors: readonly { path: string; message: string }[]
): Repair {
  const unrepaired: string[] = []
  let changed = false
  const byId = new Map(it.steps.map((s) => [s.step.id, s]))
  const demoteId = (id: string, why: string): boolean => {
    const s = byId.get(id)
    if (s === undefined || s.step.type === 'manual') return false
    demote(s, why, it)
    return true
  }
  for (const e of errors) {
    const index = /^steps\[(\d+)\]/.exec(e.path)?.[1]
    const s = index === undefined ? undefined : it.steps[Number(index)]
    if (s !== undefined && s.step.type !== 'manual') {
      demote(s, `the step did not validate (${e.message})`, it)
      changed = true
    } else if (s !== undefined && s.step.type === 'manual' && s.manual?.why !== 'degraded') {
      demote(s, `the step did not validate (${e.message})`, it)
      changed = true
    } else unrepaired.push(`${e.path}: ${e.message}`)
  }
  for (const c of checks) {
    if (c.ok || c.check === 'schema-valid') continue
    for (const p of c.problems) {
      if (c.check === 'allowed_commands is exactly the automated programs') {
        changed = true
        continue
      }
      if (c.check === 'every placeholder became a var') {
        const m = VAR_PROBLEM.exec(p)
        if (m !== null && declareVar(it, m[3] as string, m[2] as string, Number(m[1]))) {
          changed = true
          continue
        }
      }
      if (c.check === 'every shell command accounted for') {
        const m = LINE_PROBLEM.exec(p)
        if (m !== null) {
          addUnaccounted(it, Number(m[1]), m[2] as string)
          changed = true
          continue
        }
      }
      const id = STEP_PROBLEM.exec(p)?.[1]
      if (id !== undefined && demoteId(id, `${c.check}: ${p.slice(id.length + 2)}`)) {
        changed = true
        continue
      }
      unrepaired.push(`${c.check}: ${p}`)
    }
  }
  if (changed) rebuild(it)
  return { changed, unrepaired }
}

/** Turns a planned step into a manual one showing its source command verbatim. */
function demote(s: PlannedStep, why: string, it: Interpretation): void {
  const command = s.command ?? commandOf(s.step)
  const lines = s.endLine > s.line ? `lines ${s.line}–${s.endLine}` : `line ${s.line}`
  const fence = command.includes('```') ? '~~~' : '```'
  const shown = command === '' ? (s.step.instructions ?? '') : `${fence}sh\n${command}\n${fence}`
  const step: Step = {
    id: s.step.id,
    type: 'manual',
    title: s.step.title,
    instructions: braces(
      `Run by hand only if it is safe to do so, then record what you did (source ${lines}):\n\n${shown}\n\nNot automated: the compiler could not stand behind an automated step here (${why}).`
    )
  }
  if (s.step.description !== undefined) step.description = s.step.description
  if (s.step.when !== undefined) step.when = s.step.when
  if (s.step.outcomes !== undefined) step.outcomes = s.step.outcomes
  s.step = step
  s.manual = { why: 'degraded', detail: why }
  it.todos.push({
    line: s.line,
    text: `line ${s.line}: the compiler could not stand behind the step it planned (${why}); it is a manual step showing the source: check it by hand`
  })
  for (const e of it.exports) e.steps = e.steps.filter((i) => it.steps[i] !== s)
}

function commandOf(step: Step): string {
  const argv = step.with?.argv ?? []
  return argv.map((a) => (/[\s'"$`\\]|^$/.test(a) ? `'${a.replace(/'/g, `'\\''`)}'` : a)).join(' ')
}

// Literal `{{` in text shown verbatim would read as a template: the runbook would not validate.
function braces(text: string): string {
  return text.split('{{').join('{ {')
}

function declareVar(it: Interpretation, name: string, written: string, line: number): boolean {
  if (it.vars.some((v) => v.name === name)) return false
  it.vars.push({ name, default: '', written: [written], lines: [line], how: 'placeholder' })
  it.vars.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  it.todos.push({
    line,
    text: `set \`${name}\` (${written}, line ${line}): the compiler could not tell how the command uses it; pass --var ${name}=... or edit meta.vars`
  })
  return true
}

function addUnaccounted(it: Interpretation, line: number, text: string): void {
  const at = it.steps.findIndex((s) => s.line > line)
  const index = at === -1 ? it.steps.length : at
  const neighbour = it.steps[index - 1] ?? it.steps[index]
  const used = new Set(it.steps.map((s) => s.step.id))
  let id = `line_${line}`
  for (let n = 2; used.has(id); n++) id = `line_${line}_${n}`
  const command = text.replace(/^`|`$/g, '')
  const planned: PlannedStep = {
    step: { id, type: 'manual', title: `Command at line ${line}` },
    idHint: id,
    section: neighbour?.section ?? '',
    sectionLine: neighbour?.sectionLine ?? 1,
    line,
    endLine: line,
    command
  }
  // Indexes into the step list move: shift what points past the insertion.
  const shift = (i: number): number => (i >= index ? i + 1 : i)
  for (const a of it.accounts) a.steps = a.steps.map(shift)
  for (const e of it.exports) e.steps = e.steps.map(shift)
  const when = guardAt(it.choices, line)
  if (when !== undefined) planned.step.when = when
  it.steps.splice(index, 0, planned)
  demote(planned, 'the compiler did not account for this command', it)
  const origin = text.startsWith('`') ? 'inline' : 'block'
  it.accounts.push({ line, endLine: line, origin, text: command, steps: [index], note: 'degraded' })
  it.accounts.sort((a, b) => a.line - b.line)
}

/** Rebuilds the runbook's steps, vars and allowlist from the planned steps. */
function rebuild(it: Interpretation): void {
  const steps = it.steps.map((s) => s.step)
  const automated = steps.flatMap((s) => (s.type === 'cli' ? [s.with?.argv?.[0] ?? ''] : []))
  const meta = it.runbook.meta
  if (it.vars.length > 0) meta.vars = Object.fromEntries(it.vars.map((v) => [v.name, v.default]))
  meta.governance = governanceFor(automated)
  it.runbook.steps = steps as typeof it.runbook.steps
  it.todos.sort((a, b) => a.line - b.line || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
}
