// Providers, chosen by step type. A provider gathers what its step produces and returns it as
// data; the engine alone decides pass or fail, records events and moves the run on. A provider
// has no access to RunState, the trace or governance, so it can neither change state outside its
// result, alter the flow, nor bypass governance (seed §6).
import type { Evidence, Step } from '../runbook/index.js'
import type { ApprovalInput, EvidenceInput } from './manual.js'
import type { CollectedOutput, ResolvedCommand } from './ports.js'
import type { RenderedCliStep } from './render.js'

/** Receives one output stream of a step; see src/engine/output/collector.ts. */
export interface OutputCollectorLike {
  push(chunk: Buffer): void | Promise<void>
  end(): Promise<CollectedOutput>
}

/** Makes the collectors for one step execution (redaction, digests, previews, optional full copy). */
export interface OutputFactory {
  collector(stream: 'stdout' | 'stderr', needles: readonly string[]): Promise<OutputCollectorLike>
}

export interface CliExecution {
  step: Step
  index: number
  attempt: number
  rendered: RenderedCliStep
  /** The executable governance allowed (absolute path in real mode). */
  executable: string
  /** Full child environment. */
  env: Readonly<Record<string, string>>
  cwd: string
  signal: AbortSignal
  stdout: OutputCollectorLike
  stderr: OutputCollectorLike
}

export interface CliOutcome {
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  cancelled: boolean
  durationMs: number
  /** The command could not be started, or (replay) no expected call matched: the reason, shown to the user. */
  error?: { code: string; message: string }
}

export interface CliProvider {
  readonly mode: 'real' | 'replay'
  /** Provider-specific problems with a step, found before the run starts. */
  validate(step: Step): string[]
  /** Resolves argv[0] for governance (PATH lookup in real mode; by name only in replay). */
  resolve(argv0: string, cwd: string, pathEnv: string): Promise<ResolvedCommand>
  execute(exec: CliExecution): Promise<CliOutcome>
  /** Called once when the run reaches its end, for checks over the whole run (replay: unconsumed calls). */
  finish?(): Promise<string[]>
}

export interface ManualRequest {
  step: Step
  index: number
  /** Instructions with templates rendered, redacted. */
  instructions: string
  missingEvidence: Evidence[]
  approvalsNeeded: number
  roles?: string[]
}

export interface ManualSubmission {
  evidence: EvidenceInput[]
  approvals: ApprovalInput[]
  /**
   * Set when the provider will never supply more for this step (replay evidence, say where it
   * looked). A step still incomplete after this submission then fails instead of pausing.
   */
  exhausted?: string
}

export interface ConfirmRequest {
  step: Step
  index: number
  /** Rendered argv, redacted. */
  argv: string[]
  reason: string
}

export interface Confirmation {
  by: string
  method: 'typed' | 'approval'
}

/**
 * No confirmation will ever come from this provider (replay evidence without an approver for the
 * step, say where it looked): the step fails instead of pausing.
 */
export interface ConfirmUnavailable {
  unavailable: string
}

export interface ManualProvider {
  /** Gathers what it can for a manual step: from a terminal, from flags, or from an evidence file. */
  collect(req: ManualRequest): Promise<ManualSubmission>
  /**
   * Asks for the two-step confirmation of a cli step: undefined when none is available now (the
   * run pauses), ConfirmUnavailable when none ever will be (the step fails).
   */
  confirm(req: ConfirmRequest): Promise<Confirmation | ConfirmUnavailable | undefined>
  /** Releases what the provider holds (a terminal) when the run stops. */
  close?(): void
}
