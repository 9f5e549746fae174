// Handling one manual step: ask the provider for what is missing, check and record each item, then
// either finish the step or report what it still waits for.
import { approverKey } from '../runbook/index.js'
import type { Step } from '../runbook/index.js'
import type { RunEvent } from './events.js'
import type { ApprovalRecord, EvidenceRecord, PendingInput, RunState, StepResult } from './model.js'
import type { ApprovalInput, EvidenceInput, ManualRequirements } from './manual.js'
import {
  approvalProblem,
  evidenceProblem,
  manualRequirements,
  mergeChecklist,
  missingFor
} from './manual.js'
import type { EngineDeps } from './deps.js'
import { lookupIn, renderString } from './render.js'

/** Items that were refused, with the reason, for the operator. */
export interface Refusal {
  item: string
  reason: string
}

/** Checks submitted items against the step's requirements; returns the refusals. */
export function checkSubmission(
  req: ManualRequirements,
  evidence: readonly EvidenceInput[],
  approvals: readonly ApprovalInput[]
): Refusal[] {
  const refusals: Refusal[] = []
  for (const e of evidence) {
    const problem = evidenceProblem(req, e)
    if (problem !== undefined) refusals.push({ item: `evidence ${e.name}`, reason: problem })
  }
  for (const a of approvals) {
    const problem = approvalProblem(req, a)
    if (problem !== undefined) refusals.push({ item: `approval by ${a.approver}`, reason: problem })
  }
  return refusals
}

/** Turns acceptable inputs into evidence and approval events (attachments are copied first). */
export async function recordInputs(
  deps: EngineDeps,
  state: RunState,
  step: Step,
  req: ManualRequirements,
  evidence: readonly EvidenceInput[],
  approvals: readonly ApprovalInput[]
): Promise<RunEvent[]> {
  const events: RunEvent[] = []
  const now = deps.clock.now()
  // Ticks accumulate within one submission too (one `/check` per item), not only across resumes.
  const collected = { ...state.collected.evidence }
  for (const e of evidence) {
    const base = {
      kind: e.kind,
      name: e.name,
      actor: e.actor ?? deps.actor,
      recorded_at: now,
      ...(e.via === undefined ? {} : { via: e.via })
    }
    let record: EvidenceRecord
    if (e.kind === 'text' || e.kind === 'choice') record = { ...base, value: deps.redact(e.value) }
    else if (e.kind === 'checklist') {
      const order = req.evidence.find((x) => x.name === e.name)?.items ?? []
      record = { ...base, items: mergeChecklist(collected[e.name], e.items, order) }
    } else {
      const stored = await deps.store.storeAttachment(step.id, e.name, e.path, deps.redact)
      record = {
        ...base,
        file: stored.file,
        sha256: stored.sha256,
        bytes: stored.bytes,
        original_name: stored.original_name
      }
    }
    collected[e.name] = record
    events.push({ type: 'evidence_recorded', step_id: step.id, evidence: record })
  }
  const seen = new Set(state.collected.approvals.map((a) => approverKey(a.approver)))
  for (const a of approvals) {
    // The same person twice counts once, however the name is spaced or cased.
    if (seen.has(approverKey(a.approver))) continue
    seen.add(approverKey(a.approver))
    const approval: ApprovalRecord = {
      approver: a.approver.trim(),
      ...(a.role === undefined ? {} : { role: a.role }),
      recorded_at: now,
      ...(a.comment === undefined ? {} : { comment: deps.redact(a.comment) }),
      ...(a.via === undefined ? {} : { via: a.via })
    }
    events.push({ type: 'approval_recorded', step_id: step.id, approval })
  }
  return events
}

/** What the step still waits for, or undefined when it is complete. */
export function pendingFor(
  deps: EngineDeps,
  state: RunState,
  step: Step,
  index: number
): PendingInput | undefined {
  const req = manualRequirements(step, deps.runbook.meta.governance)
  const missing = missingFor(req, state.collected)
  if (missing.evidence.length === 0 && missing.approvalsNeeded === 0) return undefined
  return {
    step_id: step.id,
    step_index: index,
    kind: 'manual',
    evidence: missing.evidence.map((e) => e.name),
    approvals_needed: missing.approvalsNeeded,
    ...(req.approvals?.roles === undefined ? {} : { roles: req.approvals.roles })
  }
}

/** Rendered, redacted instructions of a manual step. */
export function instructionsOf(deps: EngineDeps, state: RunState, step: Step): string {
  return deps.redact(
    renderString(
      step.instructions ?? '',
      lookupIn({ ...state.vars, ...deps.secretVars }, state.captures)
    )
  )
}

/** The StepResult of a manual step: passed when its requirements are met, else failed with `error`. */
export function manualResult(
  deps: EngineDeps,
  state: RunState,
  step: Step,
  index: number,
  error: string | null = null
): StepResult {
  const started = state.collected.started_at ?? state.started_at
  const now = deps.clock.now()
  return {
    run_id: state.run_id,
    step_id: step.id,
    step_index: index,
    type: 'manual',
    status: error === null ? 'passed' : 'failed',
    actor: 'human',
    started_at: started,
    ended_at: now,
    duration_ms: Math.max(0, Date.parse(now) - Date.parse(started)),
    attempt: Math.max(1, state.attempt),
    evidence: { ...state.collected.evidence },
    approvals: [...state.collected.approvals],
    captures: {},
    error
  }
}

/** `evidence 'ticket', 2 approval(s)`: what a pending step still waits for. */
export function describePending(pending: PendingInput): string {
  const what = [
    ...pending.evidence.map((e) => `evidence '${e}'`),
    ...(pending.approvals_needed > 0 ? [`${pending.approvals_needed} approval(s)`] : [])
  ]
  return what.join(', ')
}
