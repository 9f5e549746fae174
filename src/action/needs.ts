// What a paused run waits for, said exactly (pause: fail names it in the failure message).
import type { RunState } from '../engine/model.js'
import type { RunbookV0 } from '../runbook/index.js'

/** `evidence ticket (text), checks (checklist: a; b), 1 approval (role DRI)` */
export function needsOf(state: RunState, runbook: RunbookV0): string {
  const p = state.pending
  if (p === undefined) return 'to be resumed (it was interrupted)'
  const step = runbook.steps[p.step_index]
  const parts: string[] = []
  for (const name of p.evidence) {
    const spec = step?.required_evidence?.find((e) => e.name === name)
    const kind = spec?.kind ?? 'text'
    const ticked = state.collected.evidence[name]?.items ?? []
    const items = kind === 'checklist' ? (spec?.items ?? []).filter((i) => !ticked.includes(i)) : []
    parts.push(`evidence '${name}' (${kind}${items.length > 0 ? `: ${items.join('; ')}` : ''})`)
  }
  if (p.kind === 'confirmation') parts.push(`a two-step confirmation (${p.reason ?? 'confirm'})`)
  else if (p.approvals_needed > 0)
    parts.push(
      `${p.approvals_needed} approval${p.approvals_needed === 1 ? '' : 's'}${p.roles === undefined ? '' : ` by role ${p.roles.join(' or ')}`}`
    )
  return parts.join(', ') || 'manual input'
}
