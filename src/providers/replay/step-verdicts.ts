// What happened to each runbook step of a replay: passed, failed (with the full reason: argv
// diff, assertion failures), paused, or never reached. The text and JUnit reports list these.
import type { StepResult } from '../../engine/model.js'
import type { ReplayReportInput } from './verify-result.js'
import { replayError } from './verify-result.js'

export interface RunbookStepVerdict {
  id: string
  type: 'cli' | 'manual'
  status: 'passed' | 'failed' | 'paused' | 'not reached'
  /** The step's last result, when it has one. */
  result?: StepResult
  /** Why it failed, paused or was not reached; multi-line for a failure. */
  detail?: string
  /** Scenario steps (0-based flat indexes) that answered its calls. */
  scenarioSteps: number[]
}

/** One verdict per runbook step, in runbook order. */
export function runbookStepVerdicts(input: ReplayReportInput): RunbookStepVerdict[] {
  const { runbook, state, replay, results } = input
  const stoppedAt = results.find((h) => h.status === 'failed')?.step_id ?? state.pending?.step_id
  return runbook.steps.map((step, index): RunbookStepVerdict => {
    const result = results.findLast((h) => h.step_index === index)
    const scenarioSteps = replay.calls
      .filter((c) => c.step_id === step.id && c.scenario_index !== null)
      .map((c) => c.scenario_index as number)
    const base = { id: step.id, type: step.type, scenarioSteps }
    if (result?.status === 'passed') return { ...base, status: 'passed', result }
    if (result !== undefined) return { ...base, status: 'failed', result, detail: failure(result) }
    if (state.status === 'paused' && state.pending?.step_index === index)
      return { ...base, status: 'paused', detail: replayError(input) ?? 'the run paused here' }
    const why =
      stoppedAt !== undefined
        ? `not reached: the run stopped at step '${stoppedAt}'`
        : `not reached: ${replayError(input) ?? 'the run ended before it'}`
    return { ...base, status: 'not reached', detail: why }
  })
}

function failure(result: StepResult): string {
  const lines = [result.error ?? 'failed']
  for (const a of result.assertions ?? []) {
    if (a.passed) continue
    const why = [a.message, a.actual === undefined ? undefined : `actual: ${a.actual}`]
    const known = why.filter((w): w is string => w !== undefined)
    if (known.length > 0)
      lines.push(`assertion ${a.kind} ${a.expected} failed: ${known.join('; ')}`)
  }
  return lines.join('\n')
}
