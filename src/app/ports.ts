// What the application layer needs from the face that calls it (STYLE.md §11): the environment,
// where notes and warnings go, whether a person can be asked, and how a run is watched and stopped.
// The CLI wires these to its terminal, the Action to @actions/core, the debugger to its REPL.
import type { EngineDeps } from '../engine/deps.js'
import type { TraceRecord } from '../engine/events.js'
import type { ManualProvider } from '../engine/providers.js'
import type { Prompter } from '../engine/ports.js'
import type { Diagnostic } from '../runbook/index.js'

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
  /**
   * A face that gathers manual input itself (the debugger) wraps the provider the run would use
   * otherwise (an evidence file, a scenario's evidence); absent: that provider is used as it is.
   */
  manual?(provider: ManualProvider): ManualProvider
  /** Called once, just before the engine drives the run: how it is watched and stopped. */
  watch(info: WatchInfo): RunWatch
}

/** How a face follows and controls one run. */
export interface RunWatch {
  /** Aborting stops the running step and pauses the run before the next one. */
  signal: AbortSignal
  /** Every trace record, as it is appended (progress display, --json, job log, debugger). */
  onRecord(record: TraceRecord): void
  /**
   * Asked before each step starts (a debugger): run it, pause the run, write a snapshot, or record
   * a person's skip (src/engine/step-control.ts).
   */
  beforeStep?: EngineDeps['beforeStep']
  /** Called when the run stopped (finished, failed or paused). */
  close(): void
}

/** What a face is told about the run it watches. */
export interface WatchInfo {
  stepsTotal: number
  /**
   * A manual step's instructions as a person was asked for them (rendered, redacted), by step
   * index: a pause without a terminal prints them. Undefined for a step not asked about.
   */
  instructions?: (stepIndex: number) => string | undefined
}
