// Evidence and approvals typed in the debugger for the current manual step. Each is checked when it
// is typed (a refused one is never queued) and recorded by the engine when the step runs.
import type { ManualRequirements } from '../engine/manual.js'
import { approvalProblem, evidenceProblem, mergeChecklist, missingFor } from '../engine/manual.js'
import type { RunState } from '../engine/model.js'
import type { ApprovalInput, EvidenceInput } from '../runbook/index.js'

export interface Queued {
  evidence: EvidenceInput[]
  approvals: ApprovalInput[]
}

/**
 * Adds an evidence item, or says why it is refused (nothing is queued then). Ticks of one checklist
 * add up; a text or a file given again replaces the one given before.
 */
export function queueEvidence(
  req: ManualRequirements,
  queued: Queued,
  input: EvidenceInput
): string | undefined {
  const problem = evidenceProblem(req, input)
  if (problem !== undefined) return problem
  const at = queued.evidence.findIndex((e) => e.name === input.name)
  const before = queued.evidence[at]
  if (before === undefined) queued.evidence.push(input)
  else if (before.kind === 'checklist' && input.kind === 'checklist')
    queued.evidence[at] = { ...before, items: [...new Set([...before.items, ...input.items])] }
  else queued.evidence[at] = input
  return undefined
}

export function queueApproval(
  req: ManualRequirements,
  queued: Queued,
  input: ApprovalInput
): string | undefined {
  const problem = approvalProblem(req, input)
  if (problem !== undefined) return problem
  queued.approvals.push(input)
  return undefined
}

/** What the step would have collected once the queued inputs are recorded (the engine's own merge). */
export function withQueued(
  collected: RunState['collected'],
  req: ManualRequirements,
  queued: Queued | undefined
): RunState['collected'] {
  const evidence = { ...collected.evidence }
  for (const e of queued?.evidence ?? []) {
    const base = { kind: e.kind, name: e.name, actor: '', recorded_at: '' }
    if (e.kind === 'text' || e.kind === 'choice') evidence[e.name] = { ...base, value: e.value }
    else if (e.kind === 'attachment') evidence[e.name] = { ...base, file: e.path }
    else {
      const order = req.evidence.find((x) => x.name === e.name)?.items ?? []
      evidence[e.name] = { ...base, items: mergeChecklist(evidence[e.name], e.items, order) }
    }
  }
  const approvals = [
    ...collected.approvals,
    ...(queued?.approvals ?? []).map((a) => ({ ...a, recorded_at: '' }))
  ]
  return { ...collected, evidence, approvals }
}

/** What the step still lacks with the queued inputs, in words; undefined when it is complete. */
export function stillMissing(
  collected: RunState['collected'],
  req: ManualRequirements,
  queued: Queued | undefined
): string | undefined {
  const merged = withQueued(collected, req, queued)
  const missing = missingFor(req, merged)
  const parts = missing.evidence.map((e) => {
    if (e.kind !== 'checklist') return `evidence '${e.name}' (${e.kind})`
    const ticked = merged.evidence[e.name]?.items ?? []
    const left = (e.items ?? []).filter((i) => !ticked.includes(i))
    return `evidence '${e.name}' (checklist: ${left.map((i) => `'${i}'`).join(', ')} unticked)`
  })
  if (missing.approvalsNeeded > 0) {
    const roles =
      req.approvals?.roles === undefined ? '' : ` with role ${req.approvals.roles.join(' or ')}`
    parts.push(`${missing.approvalsNeeded} approval(s)${roles}`)
  }
  return parts.length === 0 ? undefined : parts.join(', ')
}
