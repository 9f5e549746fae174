// Everything the engine needs from outside, injected at the edge (STYLE.md §6-7).
import type { RunbookV0 } from '../runbook/index.js'
import type { TraceRecord } from './events.js'
import type { Clock, RunStore } from './ports.js'
import type { CliProvider, ManualProvider, OutputFactory } from './providers.js'
import type { StepDirective, StepStop } from './step-control.js'

export interface EngineDeps {
  runbook: RunbookV0
  store: RunStore
  clock: Clock
  cli: CliProvider
  manual: ManualProvider
  /** Makes output collectors for one execution of a step. */
  outputs(stepId: string, attempt: number): OutputFactory
  /** Applies the runbook's redaction (and denied env values) to a piece of text. */
  redact: (text: string) => string
  /** Names the destructive pattern an argv matches, or undefined. */
  classify(argv: readonly string[]): string | undefined
  /** Resolves `rel` against the absolute directory `base` (the engine itself has no path module). */
  joinPath(base: string, rel: string): string
  /** Base environment of every child process. */
  env: Readonly<Record<string, string>>
  /** Absolute directory the run works in. */
  cwd: string
  /** Who runs the engine (the --as name). */
  actor: string
  /** Aborted on SIGINT/SIGTERM: the running child is stopped and the run pauses. */
  signal: AbortSignal
  /**
   * Real values of vars that are stored redacted in the run (a redaction rule matched them): used
   * to render templates, never written to the trace or snapshots.
   */
  secretVars?: Readonly<Record<string, string>>
  /** Asked before each step (a debugger): run it, pause, snapshot, or skip it. Absent: run. */
  beforeStep?(stop: StepStop): Promise<StepDirective>
  /** Called with every record as it is appended (progress display, --json stream). */
  onRecord?(record: TraceRecord): void
}
