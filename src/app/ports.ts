// What the application layer needs from the face that calls it (STYLE.md §11): the environment,
// where notes and warnings go, whether a person can be asked, and how a run is watched and stopped.
// The CLI wires these to its terminal, the Action to @actions/core, the debugger to its REPL.
import type { TraceRecord } from '../engine/events.js'
import type { RunState } from '../engine/model.js'
import type { Prompter } from '../engine/ports.js'
import type { Diagnostic, Step } from '../runbook/index.js'

export interface AppIo {
  env: Readonly<Record<string, string | undefined>>
  /** Absolute directory that relative paths are resolved against. */
  cwd: string
  /** True when a person is at a terminal and may be prompted. */
  interactive: boolean
  /** Opens a prompter on the terminal (only called when interactive). */
  prompter?: () => Prompter & { close(): void }
  /** Warnings found on the way (a scenario's warnings). Errors come as an AppError instead. */
  warn(diagnostics: readonly Diagnostic[]): void
  /** A note for the operator: `ignored snapshot ...`, `... is not here; resuming with ...`. */
  note(text: string): void
  /** Called once, just before the engine drives the run: how it is watched and stopped. */
  watch(info: { stepsTotal: number }): RunWatch
}

/** How a face follows and controls one run. */
export interface RunWatch {
  /** Aborting stops the running step and pauses the run before the next one. */
  signal: AbortSignal
  /** Every trace record, as it is appended (progress display, --json, job log, debugger). */
  onRecord(record: TraceRecord): void
  /**
   * Awaited before each step starts. A debugger stops the run here ("stop before next step") by
   * aborting `signal` before it returns: the run then pauses at that step.
   */
  beforeStep?(state: RunState, step: Step): Promise<void>
  /** Called when the run stopped (finished, failed or paused). */
  close(): void
}
