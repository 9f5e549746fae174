// The exit codes every command shares. Documented in README.md; tests assert them.
export const ExitCode = {
  /** Success: valid, passed, verified. */
  Ok: 0,
  /** A step failed (or verify found the run incomplete or tampered). */
  StepFailed: 1,
  /** Governance refused a command. */
  GovernanceViolation: 2,
  /** Invalid input: a runbook, scenario, evidence file or flag. */
  InvalidInput: 3,
  /** A run could not be resumed. */
  ResumeFailed: 4,
  /** The run paused for manual input or approval. */
  Paused: 5
} as const

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode]
