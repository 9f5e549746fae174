// Text form of a dry-run plan.
import type { Plan, PlannedStep } from '../engine/plan.js'
import { formatDuration } from '../runbook/index.js'
import { shellQuote } from './progress.js'

/** One block per step: what would run or be asked, and governance's verdict. */
export function formatPlan(plan: Plan): string {
  const lines = [`plan for ${plan.runbook} (dry-run: nothing runs, no run directory is written)`]
  const vars = Object.entries(plan.vars)
  if (vars.length > 0)
    lines.push(`vars: ${vars.map(([k, v]) => `${k}=${shellQuote(v)}`).join(' ')}`)
  for (const s of plan.steps) {
    lines.push(
      '',
      `[${s.index + 1}/${plan.steps.length}] ${s.id} (${s.type})${s.title === undefined ? '' : `: ${s.title}`}`
    )
    if (s.guard !== undefined) lines.push(...guardLines(s))
    if (s.ended_by !== undefined)
      lines.push(`    not reached: the outcome of '${s.ended_by}' ends the run before this step`)
    if (s.ends !== undefined)
      lines.push(
        `    outcome:  ${s.ends.state}${s.ends.when === undefined ? '' : ` (when ${s.ends.when} holds for these vars)`}: ends the run when this step passes`
      )
    if (s.type === 'cli') {
      lines.push(`    run:      ${(s.argv ?? []).map(shellQuote).join(' ')}`)
      lines.push(`    governance: ${s.decision ?? 'allowed'}: ${s.reason ?? ''}`)
      if (s.confirmation !== undefined)
        lines.push(`    confirm:  two-step confirmation required (${s.confirmation})`)
      if (s.timeout_ms !== undefined) lines.push(`    timeout:  ${formatDuration(s.timeout_ms)}`)
    } else {
      for (const l of (s.instructions ?? '').trimEnd().split('\n')) lines.push(`    | ${l}`)
      for (const e of s.evidence ?? [])
        lines.push(
          `    evidence: ${e.name} (${e.kind}${e.items === undefined ? '' : `: ${e.items.join('; ')}`})`
        )
      if (s.approvals !== undefined)
        lines.push(
          `    approvals: ${s.approvals.min}${s.approvals.roles === undefined ? '' : ` by ${s.approvals.roles.join(' or ')}`}`
        )
    }
  }
  if (plan.steps.some((s) => s.guard !== undefined || s.ends !== undefined))
    lines.push('', ...flowSummary(plan.steps))
  if (plan.refused) lines.push('', 'governance would refuse this run: see the denied steps above')
  return `${lines.join('\n')}\n`
}

/** The guard and what the given vars make of it. */
function guardLines(s: PlannedStep): string[] {
  const g = s.guard
  if (g === undefined) return []
  const read = Object.entries(g.values).map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
  const values = read.length === 0 ? '' : ` (${read.join(', ')})`
  const verdict =
    g.result === true
      ? `true${values}: runs`
      : g.result === false
        ? `false${values}: not taken`
        : g.error !== undefined
          ? `cannot be evaluated with these vars${values}: ${g.error}`
          : `decided at run time: reads ${g.unknown.join(', ')}${values}`
  return [`    when:     ${g.expression}`, `              -> ${verdict}`]
}

/** Which steps run with these vars, which are not taken, which only the run can tell. */
function flowSummary(steps: readonly PlannedStep[]): string[] {
  const ids = (runs: PlannedStep['runs']) => {
    const of = steps.filter((s) => s.runs === runs).map((s) => s.id)
    return of.length === 0 ? 'none' : of.join(', ')
  }
  return [
    'with these vars:',
    `  runs:                 ${ids('yes')}`,
    `  not taken:            ${ids('no')}`,
    `  decided at run time:  ${ids('at run time')}`,
    ...(steps.some((s) => s.runs === 'not reached')
      ? [`  not reached:          ${ids('not reached')}`]
      : [])
  ]
}
