// Control over a run between steps, for a debugger: before each step the driver asks an injected
// hook (EngineDeps.beforeStep) whether to run it, pause the run, write a snapshot, or record a
// person's skip. The engine still decides what a skip may touch and records it itself.
import type { Step } from '../runbook/index.js'
import type { EngineDeps } from './deps.js'
import { manualRequirements } from './manual.js'
import type { RunState, StepResult } from './model.js'
import { lookupIn, renderCliStep } from './render.js'

export type StepDirective =
  | { action: 'run' }
  | { action: 'pause'; reason: string }
  | { action: 'snapshot' }
  | { action: 'skip'; by: string; reason: string }

/** Where the run stands when the hook is asked: the step about to run, and the deps it runs with. */
export interface StepStop {
  state: RunState
  step: Step
  index: number
  /** So the hook can show what the engine would decide (governance, rendering) without deciding. */
  deps: EngineDeps
}

/** A skip the engine refuses (the hook asked for one that skipRefusal names a reason against). */
export class SkipRefusedError extends Error {
  override name = 'SkipRefusedError'
}

/**
 * Why a person may not skip `step` now, or undefined. Only a step that has not started, needs no
 * approval and no confirmation, and captures nothing that later steps could read may be skipped.
 */
export function skipRefusal(
  deps: Pick<EngineDeps, 'runbook' | 'classify' | 'secretVars'>,
  state: RunState,
  step: Step
): string | undefined {
  if (state.attempt > 0)
    return `step '${step.id}' has already started; only a step that has not started can be skipped`
  if (step.type === 'manual') {
    const req = manualRequirements(step, deps.runbook.meta.governance)
    if ((req.approvals?.min ?? 0) > 0)
      return `step '${step.id}' needs an approval; a step that needs one cannot be skipped`
    return undefined
  }
  const captures = Object.keys(step.capture ?? {})
  if (captures.length > 0)
    return `step '${step.id}' captures ${captures.join(', ')} for later steps; it cannot be skipped`
  if (step.confirm === true)
    return `step '${step.id}' asks for confirmation (confirm: true); it cannot be skipped`
  const rendered = renderCliStep(
    deps.runbook,
    step,
    lookupIn({ ...state.vars, ...deps.secretVars }, state.captures)
  )
  const destructive = deps.classify(rendered.argv)
  if (destructive !== undefined)
    return `step '${step.id}' is destructive (${destructive}) and needs confirmation; it cannot be skipped`
  return undefined
}

/** The result of a step a person skipped: who, why, and nothing run. */
export function skippedResult(
  deps: Pick<EngineDeps, 'clock' | 'redact'>,
  state: RunState,
  stop: StepStop,
  by: string,
  reason: string
): StepResult {
  const now = deps.clock.now()
  return {
    run_id: state.run_id,
    step_id: stop.step.id,
    step_index: stop.index,
    type: stop.step.type,
    status: 'skipped',
    actor: 'human',
    started_at: now,
    ended_at: now,
    duration_ms: 0,
    attempt: 0,
    evidence: {},
    captures: {},
    skip: { by, reason: deps.redact(reason) },
    error: null
  }
}
