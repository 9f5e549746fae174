// Why the application layer could not do what a face asked: the kind decides the face's exit code
// (or failure), the diagnostics and the message say what, where and what was expected.
import type { Diagnostic } from '../runbook/index.js'

export type AppErrorKind =
  /** A runbook, scenario, evidence file, var or other input is wrong. */
  | 'invalid-input'
  /** Governance refuses the runbook or the scenario. */
  | 'governance'
  /** A run cannot be resumed (not found, locked, tampered, finished, mismatched). */
  | 'resume-failed'

/** A user's mistake or a refusal; never a bug. `message` may be empty when the diagnostics say it all. */
export class AppError extends Error {
  override name = 'AppError'
  constructor(
    readonly kind: AppErrorKind,
    message: string,
    readonly diagnostics: readonly Diagnostic[] = []
  ) {
    super(message)
  }
}
