// Names of the Action's inputs and outputs, exactly as declared in action.yml (docs/ACTION.md).
export const Inputs = {
  Command: 'command',
  Runbook: 'runbook',
  Runbooks: 'runbooks',
  Paths: 'paths',
  MinCoverage: 'min-coverage',
  Vars: 'vars',
  Mode: 'mode',
  Scenario: 'scenario',
  RunId: 'run-id',
  Issue: 'issue',
  Pause: 'pause',
  Environment: 'environment',
  Roles: 'roles',
  RequestId: 'request-id',
  GithubToken: 'github-token',
  RetentionDays: 'retention-days'
} as const

export const Outputs = {
  RunId: 'run-id',
  Status: 'status',
  PausedStep: 'paused-step',
  IssueNumber: 'issue-number',
  IssueUrl: 'issue-url',
  ArtifactId: 'artifact-id',
  TraceHead: 'trace-head',
  Approvers: 'approvers',
  Outcome: 'outcome',
  /** `validate`: "true" when every runbook is valid. */
  Valid: 'valid'
} as const

export const COMMANDS = ['validate', 'run', 'resume', 'answer', 'test', 'verify'] as const
export type Command = (typeof COMMANDS)[number]

export const MODES = ['real', 'replay', 'dry-run'] as const
export const PAUSES = ['issue', 'environment', 'fail'] as const

/** Where the Action keeps its files in the workspace; the artifact holds what is below it. */
export const STATE_DIR = '.runbook'
/** Run directories, below STATE_DIR (the CLI's default too, so `runbook resume` finds them). */
export const RUNS_SUBDIR = 'runs'
/** Runbooks compiled from TSGs in the job, with their mapping.md, below STATE_DIR. */
export const COMPILED_SUBDIR = 'compiled'
/** request-id -> run records, below STATE_DIR. */
export const REQUESTS_SUBDIR = 'requests'
/** Prefix of the artifact name: `runbook-<request-id>`. */
export const ARTIFACT_PREFIX = 'runbook-'
