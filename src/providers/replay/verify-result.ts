// The replay verdict in cli-replay's verify shape (pkg/verify: scenario, session, passed,
// total_steps, consumed_steps, error, steps[{index, label, group, call_count, min, max, passed}]),
// built from the final RunState and the provider's snapshot. Every report format starts here.
import type { RunState, StepResult } from '../../engine/model.js'
import type { RunbookV0 } from '../../runbook/index.js'
import type { ReplaySnapshot } from './replay-cli.js'

/** What a report is made from. */
export interface ReplayReportInput {
  runbook: RunbookV0
  /** The run's final state. */
  state: RunState
  /** The run's step results in trace order (its step_result records). */
  results: readonly StepResult[]
  replay: ReplaySnapshot
  /** The run_finished error, when the caller has it; otherwise it is derived from the state. */
  runError?: string | null
}

export interface VerifyStep {
  /** Flat scenario step index, 0-based. */
  index: number
  /** argv as written, prefixed `[group:NAME] ` inside a group. */
  label: string
  group?: string
  call_count: number
  min: number
  max: number
  /** call_count >= min. */
  passed: boolean
}

export interface VerifyResult {
  scenario: string
  /** The run id (cli-replay's session). */
  session: string
  /** Every scenario step met its min and the run passed. */
  passed: boolean
  total_steps: number
  /** Scenario steps called at least once. */
  consumed_steps: number
  /** Why the replay did not pass; absent when it did. */
  error?: string
  steps: VerifyStep[]
}

/** Builds the verdict, field for field as cli-replay's verify.BuildResult. */
export function verifyResult(input: ReplayReportInput): VerifyResult {
  const steps = input.replay.steps.map((s): VerifyStep => ({
    index: s.index,
    label: s.group === undefined ? s.label : `[group:${s.group}] ${s.label}`,
    ...(s.group === undefined ? {} : { group: s.group }),
    call_count: s.calls,
    min: s.min,
    max: s.max,
    passed: s.calls >= s.min
  }))
  const error = replayError(input)
  return {
    scenario: input.replay.scenario.name,
    session: input.state.run_id,
    passed: error === undefined,
    total_steps: steps.length,
    consumed_steps: steps.filter((s) => s.call_count >= 1).length,
    ...(error === undefined ? {} : { error }),
    steps
  }
}

/** Why the replay did not pass, or undefined when it did. */
export function replayError(input: ReplayReportInput): string | undefined {
  const { state, replay } = input
  const owed = replay.steps.filter((s) => s.calls < s.min)
  if (state.status === 'passed' && owed.length === 0) return undefined
  if (input.runError !== undefined && input.runError !== null) return input.runError
  if (state.status === 'passed')
    return replay.unconsumed.join('; ') || 'expected calls were not made'
  const failed = input.results.find((h) => h.status === 'failed')
  if (failed !== undefined) return `step '${failed.step_id}' failed: ${failed.error ?? ''}`
  if (state.status === 'failed' && replay.unconsumed.length > 0) return replay.unconsumed.join('; ')
  if (state.status === 'paused')
    return `the run paused at step '${state.pending?.step_id ?? '?'}' (waiting for ${state.pending?.kind ?? 'input'})`
  return `the run ${state.status === 'failed' ? 'failed before its steps ran (see the trace)' : `is ${state.status}`}`
}
