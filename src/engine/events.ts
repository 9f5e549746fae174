// The typed event stream. The trace writer, the terminal progress display and the debugger all
// consume these events; RunState is the fold of them (see reduce.ts).
import type {
  ApprovalRecord,
  EvidenceRecord,
  PendingInput,
  RunEnding,
  RunMode,
  RunOutcome,
  RunStatus,
  StepResult
} from './model.js'

export interface RunStartedEvent {
  type: 'run_started'
  run_id: string
  runbook_path: string
  runbook_digest: string
  runbook_name: string
  mode: RunMode
  actor: string
  steps_total: number
  vars: Record<string, string>
  redacted_vars: string[]
}

/** The governance verdict on a cli step, decided before it runs. */
export interface GovernanceDecisionEvent {
  type: 'governance_decision'
  step_id: string
  step_index: number
  argv0: string
  /** Absolute path argv[0] resolved to, and its target when it is a symlink. */
  resolved_path?: string
  real_path?: string
  /** sha256 of the file that runs (the real path's content). */
  sha256?: string
  decision: 'allowed' | 'denied'
  /** Which rule decided: allowlist, denylist, not-found, no-policy, ... */
  rule: string
  reason: string
  /** A destructive pattern the command matched, and whether confirmation is required. */
  destructive?: string
  /** Why what the command runs (through a shell, make, an editor, git -c) cannot be read from argv. */
  unreadable?: string
  confirmation_required: boolean
}

/**
 * A condition the engine evaluated: a step's guard (`when`) or one of its outcomes. It holds the
 * values the condition read, so verify can evaluate it again from the trace alone.
 */
export interface DecisionRecordedEvent {
  type: 'decision_recorded'
  kind: 'guard' | 'outcome'
  step_id: string
  step_index: number
  outcome_index?: number
  /** The CEL expression evaluated (gert's spellings already translated). */
  expression: string
  /** Each name read (`captures.usage`, `evidence.triage.response`) and its value; unset names are absent. */
  values: Record<string, string | number | boolean | null | string[]>
  /** Names whose value is stored redacted: the decision cannot be re-checked from the trace. */
  redacted?: string[]
  /** The result; null when the condition could not be evaluated (see error). */
  result: boolean | null
  error?: string
}

export interface StepStartedEvent {
  type: 'step_started'
  step_id: string
  step_index: number
  attempt: number
}

export interface StepResultEvent {
  type: 'step_result'
  result: StepResult
  /** Captured values (redacted) that later templates may use. */
  captures: Record<string, string>
}

export interface EvidenceRecordedEvent {
  type: 'evidence_recorded'
  step_id: string
  evidence: EvidenceRecord
}

export interface ApprovalRecordedEvent {
  type: 'approval_recorded'
  step_id: string
  approval: ApprovalRecord
}

export interface ConfirmationRecordedEvent {
  type: 'confirmation_recorded'
  step_id: string
  by: string
  /** typed: the operator typed the step id back; approval: given with `resume --approve`. */
  method: 'typed' | 'approval'
}

export interface SnapshotWrittenEvent {
  type: 'snapshot_written'
  file: string
  sha256: string
  /** The trace sequence number the snapshot reflects. */
  state_seq: number
}

export interface RunPausedEvent {
  type: 'run_paused'
  reason: string
  pending?: PendingInput
}

export interface RunResumedEvent {
  type: 'run_resumed'
  actor: string
  /** Bytes of a torn final trace line (a crash mid-write) set aside before resuming. */
  discarded_bytes?: number
  /** The stale lock (same host, process gone) this resume took over: who held the run before. */
  lock_taken_over?: { pid: number; hostname: string; started_at: string }
}

export interface RunFinishedEvent {
  type: 'run_finished'
  status: Exclude<RunStatus, 'running' | 'paused'>
  passed: number
  failed: number
  /** Steps a person skipped (absent when none). */
  skipped?: number
  error: string | null
  /** What failed: a step, governance (a command refused), or replay (expected calls left unconsumed). */
  failure?: 'step' | 'governance' | 'replay'
  /** The outcome a step reached, when one ended the run. */
  outcome?: RunOutcome
  /** A person ended the paused run instead of answering it: only this finishes a paused run. */
  ended_by?: RunEnding
  /** Steps whose condition was false, and steps after an outcome that never ran. */
  not_taken?: number
  not_reached?: number
}

export type RunEvent =
  | RunStartedEvent
  | GovernanceDecisionEvent
  | DecisionRecordedEvent
  | StepStartedEvent
  | StepResultEvent
  | EvidenceRecordedEvent
  | ApprovalRecordedEvent
  | ConfirmationRecordedEvent
  | SnapshotWrittenEvent
  | RunPausedEvent
  | RunResumedEvent
  | RunFinishedEvent

export type RunEventType = RunEvent['type']

/** An event as stored in trace.jsonl: the event plus its place in the hash chain. */
export type TraceRecord = RunEvent & {
  seq: number
  ts: string
  /** hash of the previous record (64 zeros for the first). */
  prev_hash: string
  /** sha256 (hex) of the canonical JSON of this record without `hash`. */
  hash: string
}
