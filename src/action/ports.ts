// What the Action's commands need from the runner, as one small interface: @actions/core in the job
// (main.ts), something that records in unit tests.
import type { JobLog } from './job-log.js'

export interface AnnotationProps {
  title?: string
  file?: string
  startLine?: number
  startColumn?: number
}

export interface ActionPorts extends JobLog {
  warning(message: string, props?: AnnotationProps): void
  error(message: string, props?: AnnotationProps): void
  setOutput(name: string, value: string): void
  setSecret(value: string): void
  /** Appends Markdown to the job summary. */
  summary(markdown: string): Promise<void>
  /** The environment the job runs in (children get it without the runner's own tokens). */
  env: Readonly<Record<string, string | undefined>>
  /** Aborted when the runner cancels the job (SIGTERM/SIGINT). */
  signal: AbortSignal
}

/** What a command ends with: main.ts fails the job once when `failed` is set. */
export interface CommandResult {
  failed?: string
}
