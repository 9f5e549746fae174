// The engine's data: RunState (the "memory dump" of seed §5.2) and the StepResult envelope of
// seed §5.3. Everything here is plain JSON and round-trips through JSON.stringify/parse.

import type { Captures } from './captures.js'

export type RunMode = 'real' | 'replay' | 'dry-run'

/** running: steps are executing; paused: waiting for manual input, a confirmation or an approval. */
export type RunStatus = 'running' | 'paused' | 'passed' | 'failed' | 'cancelled'

/** not_taken: the step's `when` condition was false, so it did not run (never a person's choice). */
export type StepStatus = 'passed' | 'failed' | 'skipped' | 'not_taken'

/** The end state an outcome gives a run (gert's states plus mitigated). */
export type OutcomeState = 'resolved' | 'mitigated' | 'escalated' | 'no_action' | 'needs_rca'

/** How the run ended when a step's outcome was reached. */
export interface RunOutcome {
  state: OutcomeState
  recommendation?: string
  /** The step whose outcome ended the run; the steps after it are not_reached. */
  step_id: string
  step_index: number
}

/** What is kept of one output stream: digests and a redacted preview, never the raw bytes. */
export interface OutputSummary {
  /** sha256 (hex) of the redacted stream. */
  sha256: string
  /** Size of the redacted stream in bytes. */
  bytes: number
  /** Size of the stream as the command wrote it. */
  raw_bytes: number
  /** First bytes of the redacted stream. */
  head: string
  /** Last bytes of the redacted stream; empty when `head` holds everything. */
  tail: string
  /** True when head and tail together do not hold the whole stream. */
  truncated: boolean
  /** Path of the full redacted stream inside the run directory, when store_full_stdout is on. */
  file?: string
}

export interface AssertionResult {
  index: number
  /** contains | not_contains | matches | exit_code | equals | not_equals | json_path */
  kind: string
  passed: boolean
  /** What was expected, as written in the runbook (rendered, redacted). */
  expected: string
  /** What was found, redacted and shortened; absent when it adds nothing. */
  actual?: string
  message?: string
}

export interface EvidenceRecord {
  kind: 'text' | 'checklist' | 'attachment' | 'choice'
  name: string
  /** text: the value, redacted; choice: the option chosen. */
  value?: string
  /** checklist: the items ticked. */
  items?: string[]
  /** attachment: path inside the run directory, its sha256 and size. */
  file?: string
  sha256?: string
  bytes?: number
  /** attachment: the file name as given. */
  original_name?: string
  actor: string
  recorded_at: string
  /** Where it was given (an issue comment's URL). */
  via?: string
}

export interface ApprovalRecord {
  approver: string
  role?: string
  recorded_at: string
  /** The approver's comment, redacted. */
  comment?: string
  /** Where it was given (an issue comment's URL). */
  via?: string
}

export interface CaptureRecord {
  /** sha256 of the (redacted) captured value. */
  sha256: string
  preview: string
}

/** The uniform envelope of every finished step (seed §5.3). */
export interface StepResult {
  run_id: string
  step_id: string
  step_index: number
  type: 'cli' | 'manual'
  status: StepStatus
  /** engine for automated steps, human for manual ones. */
  actor: 'engine' | 'human'
  started_at: string
  ended_at: string
  duration_ms: number
  /** How many times the step was started, counting runs interrupted by a crash. */
  attempt: number
  /** cli: the rendered argv, redacted. */
  argv?: string[]
  exit_code?: number | null
  signal?: string | null
  timed_out?: boolean
  stdout?: OutputSummary
  stderr?: OutputSummary
  assertions?: AssertionResult[]
  evidence: Record<string, EvidenceRecord>
  approvals?: ApprovalRecord[]
  captures: Record<string, CaptureRecord>
  /** skipped: the person who skipped the step (a debugger's `skip`) and why. */
  skip?: { by: string; reason: string }
  /** Why the step failed; null when it passed. */
  error: string | null
}

/** What a paused run is waiting for. */
export interface PendingInput {
  step_id: string
  step_index: number
  kind: 'manual' | 'confirmation'
  /** Evidence names still missing. */
  evidence: string[]
  /** Distinct approvers still needed, and the roles they may hold. */
  approvals_needed: number
  roles?: string[]
  /** Why a confirmation is needed (destructive command or confirm: true). */
  reason?: string
}

/** Who ended a paused run instead of answering it (a denial fails it, a cancellation cancels it), and why. */
export interface RunEnding {
  by: string
  /** Redacted. */
  reason: string
  /** Where it was said (an issue comment's URL). */
  via?: string
}

/** A state with the run's history beside it (the trace's step results), as reports show it. */
export type RunView = RunState & { history: StepResult[] }

export interface RunState {
  run_id: string
  /** The runbook, relative to the directory the run started in (portable across machines). */
  runbook_path: string
  /** `sha256:<hex>` of the runbook bytes. */
  runbook_digest: string
  runbook_name: string
  mode: RunMode
  status: RunStatus
  started_at: string
  actor: string
  steps_total: number
  current_step_index: number
  /** Resolved template variables (redacted where a redaction rule matched; see redacted_vars). */
  vars: Record<string, string>
  /** Names of vars whose stored value is redacted: a resume must supply them again. */
  redacted_vars: string[]
  /** Captured values, redacted (a persistent map: a capture costs O(log n), not a copy of all). */
  captures: Captures
  /**
   * How many step results the run recorded, by status. The results themselves are the trace's
   * step_result records (see stepResults()): the state holds nothing that grows with the run, so
   * applying an event and writing a snapshot cost the same at step 10 and at step 10,000.
   */
  results: Record<StepStatus, number>
  /** Evidence, approvals and confirmation gathered for the current step so far. */
  collected: {
    /** When the current step was (last) started. */
    started_at?: string
    evidence: Record<string, EvidenceRecord>
    approvals: ApprovalRecord[]
    confirmed_by?: string
  }
  /** Attempts started of the current step, 0 before its first (a crash mid-step makes the next 2). */
  attempt: number
  pending?: PendingInput
  /** The guard decision on the current step, so a resumed run takes the same one. */
  decided?: { step_index: number; taken: boolean }
  /** Set when a step's outcome ended the run. */
  outcome?: RunOutcome
  /** Set when a person ended the paused run (deny, cancel) instead of answering it. */
  ended_by?: RunEnding
  /** Sequence number of the last trace event folded into this state. */
  seq: number
}

/** The state as JSON holds it (snapshots): the captures as a plain object. */
export type RunStateJson = Omit<RunState, 'captures'> & { captures: Record<string, string> }

/** The state in its JSON form. */
export function stateJson(state: RunState): RunStateJson {
  return { ...state, captures: { ...state.captures.toObject() } }
}
