// Text form of a dry-run plan.
import type { Plan } from '../engine/plan.js'
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
  if (plan.refused) lines.push('', 'governance would refuse this run: see the denied steps above')
  return `${lines.join('\n')}\n`
}
