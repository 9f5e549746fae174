// Manual steps: what evidence and approvals a step needs, what is still missing, and whether a
// submitted item is acceptable. Pure: providers gather input, the engine decides and records.
import { approverKey } from '../runbook/index.js'
import type { ApprovalInput, Evidence, EvidenceInput, Governance, Step } from '../runbook/index.js'
import { optionValues } from '../runbook/index.js'
import type { ApprovalRecord, EvidenceRecord, RunState } from './model.js'

export type { ApprovalInput, EvidenceInput }

export interface ManualRequirements {
  evidence: Evidence[]
  approvals?: { min: number; roles?: string[]; allow_self?: boolean }
}

/** Evidence asked for when require_for_manual is on and a manual step declares none. */
export const ATTESTATION: Evidence = {
  kind: 'text',
  name: 'attestation',
  description: 'Say what you did (require_for_manual needs evidence for every manual step).'
}

/** The evidence and approvals a manual step needs. */
export function manualRequirements(
  step: Step,
  governance: Governance | undefined
): ManualRequirements {
  const declared = [...(step.required_evidence ?? []), ...gertChoice(step)]
  const evidence =
    declared.length === 0 && governance?.evidence?.require_for_manual === true
      ? [ATTESTATION]
      : declared
  return { evidence, ...(step.approvals === undefined ? {} : { approvals: step.approvals }) }
}

/** gert's `choices` on a manual step is choice evidence named by its variable. */
function gertChoice(step: Step): Evidence[] {
  const c = step.choices
  if (c === undefined) return []
  return [
    {
      kind: 'choice',
      name: c.variable,
      options: c.options,
      ...(c.prompt === undefined ? {} : { description: c.prompt })
    }
  ]
}

export interface Missing {
  evidence: Evidence[]
  approvalsNeeded: number
}

/** What is still missing, given what has been collected for the step. */
export function missingFor(req: ManualRequirements, collected: RunState['collected']): Missing {
  const evidence = req.evidence.filter((e) => !isComplete(e, collected.evidence[e.name]))
  const approvalsNeeded = Math.max(
    0,
    (req.approvals?.min ?? 0) - distinctApprovers(collected.approvals)
  )
  return { evidence, approvalsNeeded }
}

function isComplete(e: Evidence, rec: EvidenceRecord | undefined): boolean {
  if (rec === undefined) return false
  if (e.kind === 'checklist')
    return (e.items ?? []).every((item) => rec.items?.includes(item) === true)
  return true
}

function distinctApprovers(approvals: readonly ApprovalRecord[]): number {
  return new Set(approvals.map((a) => approverKey(a.approver))).size
}

/** Why an evidence input is not acceptable for this step, or undefined when it is. */
export function evidenceProblem(req: ManualRequirements, input: EvidenceInput): string | undefined {
  const spec = req.evidence.find((e) => e.name === input.name)
  if (spec === undefined) {
    const names = req.evidence.map((e) => `${e.name} (${e.kind})`)
    return `this step asks for no evidence named '${input.name}'; it asks for: ${names.length > 0 ? names.join(', ') : 'none'}`
  }
  if (spec.kind !== input.kind)
    return `evidence '${input.name}' is ${spec.kind} evidence, but a ${input.kind} value was given`
  switch (input.kind) {
    case 'text':
      return input.value.trim() === '' ? `evidence '${input.name}' must not be empty` : undefined
    case 'checklist': {
      const allowed = spec.items ?? []
      const unknown = input.items.filter((i) => !allowed.includes(i))
      return unknown.length === 0
        ? undefined
        : `checklist '${input.name}' has no item ${unknown.map((u) => `'${u}'`).join(', ')}; its items are: ${allowed.map((a) => `'${a}'`).join(', ')}`
    }
    case 'attachment':
      return input.path.trim() === '' ? `attachment '${input.name}' needs a file path` : undefined
    case 'choice': {
      const options = optionValues(spec.options)
      return options.includes(input.value)
        ? undefined
        : `'${input.value}' is not an option of the choice '${input.name}'; its options are: ${options.join(', ')}`
    }
  }
}

/** Why an approval is not acceptable, or undefined when it is. The same approver twice counts once. */
export function approvalProblem(req: ManualRequirements, input: ApprovalInput): string | undefined {
  if (req.approvals === undefined) return 'this step needs no approval'
  if (input.approver.trim() === '') return 'an approval needs the approver name (--as NAME)'
  const roles = req.approvals.roles ?? []
  if (roles.length > 0 && (input.role === undefined || !roles.includes(input.role))) {
    return `approver '${input.approver}' must hold one of the roles ${roles.join(', ')} (give it with --role ROLE)${input.role === undefined ? '' : `; '${input.role}' is not one of them`}`
  }
  return undefined
}

/** Merges ticked checklist items with those ticked before (ticks accumulate across resumes). */
export function mergeChecklist(
  previous: EvidenceRecord | undefined,
  items: readonly string[],
  order: readonly string[]
): string[] {
  const ticked = new Set([...(previous?.items ?? []), ...items])
  return order.filter((i) => ticked.has(i))
}
