// What one scenario of `runbook test` produced: plain JSON, the same whether it ran in this process
// or in a worker, so every report is built from the same data.
import type { RunStatus } from '../../engine/model.js'
import type { Diagnostic } from '../../runbook/index.js'

/** One thing a scenario showed that it should not have. */
export interface TestFailure {
  /** status, outcome, capture, must_reach, must_not_reach, step_status, chain, failure, unconsumed */
  kind: string
  message: string
  /** The runbook step it concerns, for an annotation at that step's line. */
  step?: string
  /** A line of another file it concerns (test.yaml, the scenario), path as shown. */
  file?: string
  line?: number
  /** The failing step's full error: for a replay mismatch, the argv diff. */
  detail?: string
}

export interface AssertionSeen {
  step: string
  index: number
  passed: boolean
}

/** A guard the run evaluated: true, the step ran; false, not_taken. */
export interface GuardSeen {
  step: string
  taken: boolean
}

/** The outcome that ended the run: its step and its index among the step's outcomes. */
export interface OutcomeSeen {
  step: string
  index: number
}

export interface ScenarioResult {
  /** The runbook, relative to the working directory. */
  runbook: string
  name: string
  /** The scenario file and its expectations, relative to the working directory. */
  scenario?: string
  test?: string
  description?: string
  /** error: the scenario, its expectations or its inputs could not be used (invalid input). */
  status: 'passed' | 'failed' | 'error'
  durationMs: number
  runId?: string
  /** Relative to the working directory. */
  runDir?: string
  runStatus?: RunStatus
  /** The run's outcome: its named outcome, else `completed` (passed) or `error` (failed), as gert. */
  outcome?: string
  failures: TestFailure[]
  /** Why it is an error (files relative to the working directory). */
  diagnostics: Diagnostic[]
  /** Ids of the steps the run started, in order. */
  reached: string[]
  assertions: AssertionSeen[]
  /** Each guard the run evaluated (one that could not be evaluated counts neither way). */
  guards?: GuardSeen[]
  outcomeReached?: OutcomeSeen
}
