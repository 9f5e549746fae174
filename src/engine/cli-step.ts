// Running one cli step: govern, confirm when needed, execute through the provider, then judge the
// outcome (exit code, assertions, captures) into a StepResult. Returns events, never mutates state.
import type { RunbookV0, Step } from '../runbook/index.js'
import { commandName } from '../runbook/index.js'
import { assertionKind, evaluateAssertions } from './assertions.js'
import type { GovernanceDecisionEvent } from './events.js'
import { decisionEvent } from './governance.js'
import { stepVerdict } from './step-verdict.js'
import type { CaptureRecord, RunState, StepResult } from './model.js'
import type { CollectedOutput } from './ports.js'
import type { CliOutcome } from './providers.js'
import type { RenderedCliStep } from './render.js'
import { lookupIn, renderCliStep } from './render.js'
import type { EngineDeps } from './deps.js'
import { sha256Hex } from './digest.js'

/** Exit code reported when argv[0] is not found, as a shell would. */
export const COMMAND_NOT_FOUND = 127

export interface GovernedStep {
  rendered: RenderedCliStep
  decision: GovernanceDecisionEvent
  executable?: string
  /** Why the command cannot start (a missing working directory), decided before it runs. */
  unrunnable?: CliOutcome
  cwd: string
}

/** Renders the step and decides governance and confirmation, before anything runs. */
export async function governStep(
  deps: EngineDeps,
  state: RunState,
  step: Step,
  index: number
): Promise<GovernedStep> {
  const rendered = renderCliStep(
    deps.runbook,
    step,
    lookupIn({ ...state.vars, ...deps.secretVars }, state.captures)
  )
  const { argv0, cwd, resolved, verdict, destructive, unreadable } = await stepVerdict(
    deps,
    deps.runbook.meta.governance,
    step,
    rendered
  )
  const decision = decisionEvent(step, index, argv0, resolved, verdict, deps.redact, {
    ...(destructive === undefined ? {} : { destructive }),
    ...(unreadable === undefined ? {} : { unreadable })
  })
  // The spawn runs the real file that was checked: no second lookup, no symlink followed later.
  const executable = resolved.realPath ?? resolved.path
  return {
    rendered,
    decision,
    ...(executable === undefined ? {} : { executable }),
    ...(resolved.cwdProblem === undefined ? {} : { unrunnable: cannotRun(resolved.cwdProblem) }),
    cwd
  }
}

/** The child's environment: the engine's environment plus the step's with.env. */
export function childEnv(deps: EngineDeps, rendered: RenderedCliStep): Record<string, string> {
  return { ...deps.env, ...rendered.env }
}

export interface JudgeInput {
  run_id: string
  step: Step
  index: number
  attempt: number
  started_at: string
  ended_at: string
  governed: GovernedStep
  outcome: CliOutcome
  stdout: CollectedOutput
  stderr: CollectedOutput
}

/** Turns a finished execution into the StepResult envelope plus the captured values. */
export function judgeCliStep(
  deps: Pick<EngineDeps, 'redact'>,
  input: JudgeInput
): { result: StepResult; captures: Record<string, string> } {
  const { step, outcome, stdout, stderr, governed } = input
  const redact = deps.redact
  // A command that never ran (not found, not startable, or no replay match) has no output to check.
  const assertions =
    outcome.error === undefined
      ? evaluateAssertions(governed.rendered.assertions, {
          exitCode: outcome.exitCode,
          stdout,
          redact
        })
      : []
  const expectsExit = governed.rendered.assertions.some((a) => assertionKind(a) === 'exit_code')
  const captures: Record<string, string> = {}
  const captureRecords: Record<string, CaptureRecord> = {}
  const errors: string[] = []
  for (const [name, source] of Object.entries(step.capture ?? {})) {
    const raw =
      source === 'exit_code'
        ? String(outcome.exitCode ?? '')
        : source === 'stdout'
          ? stdout.text
          : stderr.text
    if (raw === undefined) {
      errors.push(
        `capture '${name}': ${source} is too large to capture (${(source === 'stdout' ? stdout : stderr).summary.raw_bytes} bytes)`
      )
      continue
    }
    const value = redact(raw.replace(/\r?\n$/, ''))
    captures[name] = value
    captureRecords[name] = {
      sha256: sha256Hex(value),
      preview: value.length > 200 ? `${value.slice(0, 199)}…` : value
    }
  }
  if (outcome.error !== undefined) errors.unshift(redact(outcome.error.message))
  else if (outcome.timedOut)
    errors.unshift(
      `timed out after ${governed.rendered.timeoutMs ?? 0}ms; the process group was killed`
    )
  else if (outcome.exitCode === null)
    errors.unshift(`killed by signal ${outcome.signal ?? 'unknown'}`)
  else if (outcome.exitCode !== 0 && !expectsExit)
    errors.unshift(`exited with code ${outcome.exitCode}`)
  const failedAssertions = assertions.filter((a) => !a.passed)
  if (failedAssertions.length > 0) {
    errors.push(
      `${failedAssertions.length} assertion(s) failed: ${failedAssertions.map((a) => `${a.kind} ${a.expected}`).join('; ')}`
    )
  }
  const result: StepResult = {
    run_id: input.run_id,
    step_id: step.id,
    step_index: input.index,
    type: 'cli',
    status: errors.length === 0 ? 'passed' : 'failed',
    actor: 'engine',
    started_at: input.started_at,
    ended_at: input.ended_at,
    duration_ms: outcome.durationMs,
    attempt: input.attempt,
    argv: governed.rendered.argv.map(redact),
    exit_code: outcome.exitCode,
    // Defaults are left out to keep every snapshot of a long run small: no signal, no timeout,
    // no assertions, an empty stream.
    ...(outcome.signal === null ? {} : { signal: outcome.signal }),
    ...(outcome.timedOut ? { timed_out: true } : {}),
    ...(stdout.summary.raw_bytes === 0 && stdout.summary.file === undefined
      ? {}
      : { stdout: stdout.summary }),
    ...(stderr.summary.raw_bytes === 0 && stderr.summary.file === undefined
      ? {}
      : { stderr: stderr.summary }),
    ...(assertions.length === 0 ? {} : { assertions }),
    evidence: {},
    captures: captureRecords,
    error: errors.length === 0 ? null : errors.join('; ')
  }
  return { result, captures: result.status === 'passed' ? captures : {} }
}

/** The result of a cli step that never ran because no confirmation will ever come for it. */
export function unconfirmedResult(
  deps: Pick<EngineDeps, 'redact' | 'clock'>,
  state: RunState,
  step: Step,
  index: number,
  argv: string[],
  error: string
): StepResult {
  const now = deps.clock.now()
  return {
    run_id: state.run_id,
    step_id: step.id,
    step_index: index,
    type: 'cli',
    status: 'failed',
    actor: 'engine',
    started_at: now,
    ended_at: now,
    duration_ms: 0,
    attempt: state.attempt,
    argv: argv.map(deps.redact),
    exit_code: null,
    evidence: {},
    captures: {},
    error: deps.redact(error)
  }
}

/** The outcome of a command that cannot start for `reason` (not its own fault). */
export function cannotRun(reason: string): CliOutcome {
  return {
    exitCode: 126,
    signal: null,
    timedOut: false,
    cancelled: false,
    durationMs: 0,
    error: { code: 'EBADCWD', message: reason }
  }
}

/** The outcome of a command that was not found on PATH. */
export function notFoundOutcome(argv0: string): CliOutcome {
  return {
    exitCode: COMMAND_NOT_FOUND,
    signal: null,
    timedOut: false,
    cancelled: false,
    durationMs: 0,
    error: { code: 'ENOENT', message: `command not found: ${commandName(argv0)}` }
  }
}

/** True when the runbook keeps full outputs in the run directory. */
export function storesFullOutput(runbook: RunbookV0): boolean {
  return runbook.meta.governance?.evidence?.store_full_stdout === true
}
