// What a started or resumed run leaves for the face to report.
import type { RunState, StepResult } from '../engine/model.js'
import type { RecordingWrite, ReplayCliProvider } from '../providers/replay/index.js'
import type { RunbookV0 } from '../runbook/index.js'

export interface RunOutcome {
  /** The state the run stopped in: passed, failed, paused (or running when interrupted mid-write). */
  state: RunState
  /** The runbook as it was governed (for a replay: with the scenario's security folded in). */
  runbook: RunbookV0
  /** Absolute path of the run directory. */
  dir: string
  /** The failure kind of run_finished (`step`, `governance`, `replay`), when it failed. */
  failure: string | undefined
  /** The error of run_finished, when it failed. */
  runError: string | null
  /** The run's step results in trace order (its history: the state holds only their counts). */
  results: StepResult[]
  /** Replay runs: the provider that answered, for the replay report. */
  replay?: ReplayCliProvider
  /** Recorded runs: what was written, or why not. */
  recording?: RecordingWrite
}
