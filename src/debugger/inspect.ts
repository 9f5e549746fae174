// What the debugger shows: vars, captures, a step (rendered argv, governance verdict, what it
// needs), the history and the state. Everything shown is redacted; nothing here records.
import { governStep } from '../engine/cli-step.js'
import type { EngineDeps } from '../engine/deps.js'
import { instructionsOf } from '../engine/manual-step.js'
import { manualRequirements, missingFor } from '../engine/manual.js'
import type { RunState, StepResult } from '../engine/model.js'
import type { Step } from '../runbook/index.js'
import { formatDuration } from '../runbook/index.js'
import type { Queued } from './inputs.js'
import { withQueued } from './inputs.js'

/** `name = value` lines, marking vars stored redacted. */
export function showVars(state: RunState): string[] {
  const names = Object.keys(state.vars).sort()
  if (names.length === 0) return ['(no vars)']
  return names.map((n) => {
    const note = state.redacted_vars.includes(n) ? '  (stored redacted)' : ''
    return `${n} = ${state.vars[n] ?? ''}${note}`
  })
}

export function showCaptures(state: RunState): string[] {
  const captures = state.captures.toObject()
  const names = Object.keys(captures).sort()
  if (names.length === 0) return ['(no captures yet)']
  return names.map((n) => `${n} = ${oneLine(captures[n] ?? '')}`)
}

/** One line per finished step: index, id, status, duration, who skipped or why it failed. */
export function showHistory(state: RunState, history: readonly StepResult[]): string[] {
  if (history.length === 0) return ['(no step has run yet)']
  return history.map(
    (r) => `[${r.step_index + 1}/${state.steps_total}] ${r.step_id} ${r.status}${detail(r)}`
  )
}

function detail(r: StepResult): string {
  if (r.status === 'skipped') return ` by ${r.skip?.by ?? '?'}: ${r.skip?.reason ?? ''}`
  const took = ` (${formatDuration(r.duration_ms)})`
  return r.error === null ? took : `${took}: ${oneLine(r.error)}`
}

/** The state as JSON, redacted once more as a whole (it is already redacted field by field). */
export function dumpState(deps: Pick<EngineDeps, 'redact'>, state: RunState): string[] {
  return deps.redact(JSON.stringify(state, null, 2)).split('\n')
}

/** What a step will do and need: rendered argv and governance for cli, requirements for manual. */
export async function showStep(
  deps: EngineDeps,
  state: RunState,
  step: Step,
  index: number,
  queued: Queued | undefined
): Promise<string[]> {
  const title = step.title === undefined ? '' : `: ${step.title}`
  const head = `step ${index + 1}/${state.steps_total} '${step.id}' (${step.type})${title}`
  const current = index === state.current_step_index
  if (step.type === 'manual') return [head, ...manualLines(deps, state, step, current, queued)]
  let governed
  try {
    governed = await governStep(deps, state, step, index)
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err)
    return [head, `  argv: ${(step.with?.argv ?? []).join(' ')}`, `  not rendered yet: ${why}`]
  }
  const d = governed.decision
  const lines = [
    head,
    `  argv: ${governed.rendered.argv.map((a) => quote(deps.redact(a))).join(' ')}`,
    `  governance: ${d.decision} (${d.rule}): ${d.reason}`,
    ...(d.resolved_path === undefined ? [] : [`  runs: ${d.resolved_path}`]),
    `  confirmation: ${
      d.confirmation_required
        ? `required (${d.destructive === undefined ? 'confirm: true' : `destructive: ${d.destructive}`})`
        : 'not needed'
    }`
  ]
  if (governed.rendered.timeoutMs !== undefined)
    lines.push(`  timeout: ${formatDuration(governed.rendered.timeoutMs)}`)
  return lines
}

function manualLines(
  deps: EngineDeps,
  state: RunState,
  step: Step,
  current: boolean,
  queued: Queued | undefined
): string[] {
  const req = manualRequirements(step, deps.runbook.meta.governance)
  let instructions: string
  try {
    instructions = instructionsOf(deps, state, step)
  } catch {
    instructions = step.instructions ?? ''
  }
  const collected = current
    ? withQueued(state.collected, req, queued)
    : { evidence: {}, approvals: [] }
  const missing = missingFor(req, collected)
  const lines = instructions
    .trimEnd()
    .split('\n')
    .map((l) => `  | ${l}`)
  for (const e of req.evidence) {
    const have = collected.evidence[e.name]
    const done = !missing.evidence.some((m) => m.name === e.name)
    const items =
      e.kind === 'checklist'
        ? ` [${(e.items ?? []).map((i) => `${have?.items?.includes(i) === true ? 'x' : ' '}] ${i}`).join('; [')}`
        : ''
    lines.push(`  evidence ${e.name} (${e.kind}): ${done ? 'supplied' : 'missing'}${items}`)
  }
  if (req.approvals !== undefined) {
    const roles =
      req.approvals.roles === undefined ? '' : ` holding ${req.approvals.roles.join(' or ')}`
    const by = collected.approvals.map(
      (a) => `${a.approver}${a.role === undefined ? '' : ` (${a.role})`}`
    )
    lines.push(
      `  approvals: ${req.approvals.min} needed${roles}; ${by.length === 0 ? 'none yet' : `given by ${by.join(', ')}`}`
    )
  }
  return lines
}

const oneLine = (s: string): string => {
  const t = s.replace(/\n+$/, '')
  return t.includes('\n') ? `${t.split('\n')[0] ?? ''} … (${t.split('\n').length} lines)` : t
}

const quote = (a: string): string =>
  /^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`
