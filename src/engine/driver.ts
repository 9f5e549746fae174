// The engine loop. Each turn looks at the RunState, does the one thing the next step needs through
// the injected providers, and appends the resulting events; the state is always the fold of what
// was appended.
//
// Durability at step boundaries (group commit): events are queued as they happen and committed
// (one write, one fdatasync) before anything leaves the engine: before a step's command starts,
// before a person is asked for input, and when the run stops. So the result of step N and the start
// of step N+1 become durable together, before step N+1 runs: a completed step is never lost or run
// again, and only the step in flight at a crash runs again, at most once. Snapshots are an
// optimisation, written every SNAPSHOT_STEPS steps or SNAPSHOT_MS, and whenever the run stops;
// the manifest is written when the run stops.
import type { Step } from '../runbook/index.js'
import type { RunEvent, RunFinishedEvent, RunResumedEvent } from './events.js'
import type { RunState, StepResult } from './model.js'
import { reduce } from './reduce.js'
import type { EngineDeps } from './deps.js'
import { confirmationReason } from './governance.js'
import {
  childEnv,
  governStep,
  judgeCliStep,
  notFoundOutcome,
  unconfirmedResult
} from './cli-step.js'
import {
  checkSubmission,
  describePending,
  instructionsOf,
  manualResult,
  pendingFor,
  recordInputs
} from './manual-step.js'
import type { Refusal } from './manual-step.js'
import { manualRequirements } from './manual.js'
import { preflight } from './preflight.js'
import { skippedResult, SkipRefusedError, skipRefusal } from './step-control.js'
import { decide, notTakenResult, reachOutcome } from './decisions.js'
import type { RunOutcome } from './model.js'

/** What recording events and stopping a run need of the engine's dependencies. */
export type RecordDeps = Pick<EngineDeps, 'store' | 'clock' | 'onRecord'>

/** Appends events to the trace and folds them into the state. */
async function emit(
  deps: RecordDeps,
  state: RunState | undefined,
  ...events: RunEvent[]
): Promise<RunState> {
  let next = state
  for (const event of events) {
    const record = await deps.store.append(event)
    next = reduce(next, record)
    deps.onRecord?.(record)
  }
  if (next === undefined) throw new Error('emit() needs at least one event')
  return next
}

/** A snapshot is written after this many step results, or this long after the last one. */
export const SNAPSHOT_STEPS = 100
export const SNAPSHOT_MS = 10_000

// When each run (keyed by its deps) last wrote a snapshot: the step count and the monotonic time.
const lastSnapshot = new WeakMap<RecordDeps, { results: number; at: number }>()

function resultCount(state: RunState): number {
  const r = state.results
  return r.passed + r.failed + r.skipped + r.not_taken
}

/** Writes a snapshot when one is due (SNAPSHOT_STEPS steps or SNAPSHOT_MS since the last). */
async function maybeCheckpoint(deps: EngineDeps, state: RunState): Promise<RunState> {
  const last = lastSnapshot.get(deps)
  const due =
    last === undefined ||
    resultCount(state) - last.results >= SNAPSHOT_STEPS ||
    deps.clock.monotonicMs() - last.at >= SNAPSHOT_MS
  return due ? checkpoint(deps, state) : state
}

/**
 * Writes a snapshot of the state (the store commits the trace first, so a durable snapshot never
 * points past the durable trace), then records it. That record is committed with the next group:
 * if it is lost in a crash, resume folds from an earlier point, which gives the same state.
 */
async function checkpoint(deps: RecordDeps, state: RunState): Promise<RunState> {
  lastSnapshot.set(deps, { results: resultCount(state), at: deps.clock.monotonicMs() })
  const stored = await deps.store.writeSnapshot(state, state.current_step_index)
  return emit(deps, state, {
    type: 'snapshot_written',
    file: stored.file,
    sha256: stored.sha256,
    state_seq: state.seq
  })
}

/** Records the event that stops the run, then a snapshot, and commits the run (run.json). */
export async function stop(deps: RecordDeps, state: RunState, event: RunEvent): Promise<RunState> {
  const next = await checkpoint(deps, await emit(deps, state, event))
  await deps.store.sync()
  await deps.store.writeManifest(next)
  return next
}

/** Records a step's result and checkpoints it; a failed step ends the run with its error. */
async function settle(
  deps: EngineDeps,
  state0: RunState,
  result: StepResult,
  captures: Record<string, string> = {}
): Promise<RunState> {
  const state = await maybeCheckpoint(
    deps,
    await emit(deps, state0, { type: 'step_result', result, captures })
  )
  if (result.status === 'passed') return outcomeTurn(deps, state, result.step_index)
  if (result.status !== 'failed') return state
  const error = `step '${result.step_id}' failed: ${result.error ?? ''}`
  return stop(deps, state, finished(state, 'failed', error, 'step'))
}

/** After a step passed: the first of its outcomes that holds ends the run. */
async function outcomeTurn(deps: EngineDeps, state0: RunState, index: number): Promise<RunState> {
  const step = deps.runbook.steps[index]
  if (step?.outcomes === undefined) return state0
  const reached = reachOutcome(
    deps.runbook,
    state0,
    (id) => deps.store.lastResult(id),
    { ...deps.secretVars },
    step,
    index
  )
  const state =
    reached.decisions.length > 0 ? await emit(deps, state0, ...reached.decisions) : state0
  if (reached.error !== undefined)
    return stop(deps, state, finished(state, 'failed', reached.error, 'step'))
  if (reached.outcome === undefined) return state
  return end(deps, state, reached.outcome)
}

/**
 * Ends a run that reached its last step or an outcome. In replay, scenario calls never made fail
 * it, whichever way it ended: a branch's leftover calls are as wrong as a straight line's.
 */
async function end(deps: EngineDeps, state: RunState, outcome?: RunOutcome): Promise<RunState> {
  const leftovers = (await deps.cli.finish?.()) ?? []
  if (leftovers.length > 0)
    return stop(deps, state, finished(state, 'failed', leftovers.join('; '), 'replay'))
  return stop(deps, state, finished(state, 'passed', null, undefined, outcome))
}

/** Evaluates the current step's guard (once: a resumed run keeps the recorded decision). */
async function guardTurn(deps: EngineDeps, state0: RunState, step: Step): Promise<RunState> {
  const index = state0.current_step_index
  let state = state0
  if (state.decided?.step_index !== index) {
    const decision = decide(
      deps.runbook,
      state,
      (id) => deps.store.lastResult(id),
      { ...deps.secretVars },
      {
        kind: 'guard',
        step,
        index,
        text: step.when ?? 'true'
      }
    )
    state = await emit(deps, state, decision)
    if (decision.result === null) {
      const error = `its condition could not be evaluated: ${decision.error ?? ''}`
      return settle(deps, state, notTakenResult(state, step, index, deps.clock.now(), error))
    }
  }
  if (state.decided?.taken === true) return state
  return settle(deps, state, notTakenResult(state, step, index, deps.clock.now()))
}

export function finished(
  state: RunState,
  status: RunFinishedEvent['status'],
  error: string | null,
  failure?: RunFinishedEvent['failure'],
  outcome?: RunOutcome
): RunFinishedEvent {
  const notTaken = state.results.not_taken
  const notReached = outcome === undefined ? 0 : state.steps_total - outcome.step_index - 1
  const skipped = state.results.skipped
  return {
    type: 'run_finished',
    status,
    passed: state.results.passed,
    failed: state.results.failed,
    ...(skipped === 0 ? {} : { skipped }),
    error,
    ...(failure === undefined ? {} : { failure }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(notTaken === 0 ? {} : { not_taken: notTaken }),
    ...(notReached <= 0 ? {} : { not_reached: notReached })
  }
}

/** Starts a run: records run_started, then drives it until it finishes or pauses. */
export async function startRun(
  deps: EngineDeps,
  start: Omit<Extract<RunEvent, { type: 'run_started' }>, 'type'>
): Promise<RunState> {
  const state = await emit(deps, undefined, { type: 'run_started', ...start })
  return drive(deps, state)
}

/** Continues a paused or crashed run from its folded state. */
export async function resumeRun(
  deps: EngineDeps,
  state: RunState,
  recovery: { discardedBytes?: number; lockTakenOver?: RunResumedEvent['lock_taken_over'] } = {}
): Promise<RunState> {
  const resumed = await emit(deps, state, {
    type: 'run_resumed',
    actor: deps.actor,
    ...((recovery.discardedBytes ?? 0) > 0 ? { discarded_bytes: recovery.discardedBytes } : {}),
    ...(recovery.lockTakenOver === undefined ? {} : { lock_taken_over: recovery.lockTakenOver })
  })
  return drive(deps, resumed)
}

/** Runs steps until the run finishes, fails or pauses. */
export async function drive(deps: EngineDeps, initial: RunState): Promise<RunState> {
  let state = initial
  lastSnapshot.set(deps, { results: resultCount(state), at: deps.clock.monotonicMs() })
  const refused = await preflight(deps, state)
  if (refused !== undefined) {
    state = await emit(deps, state, ...refused.decisions)
    return stop(deps, state, finished(state, 'failed', refused.error, 'governance'))
  }
  while (state.status === 'running') {
    const step = deps.runbook.steps[state.current_step_index]
    if (step === undefined) return end(deps, state)
    if (deps.signal.aborted)
      return stop(deps, state, { type: 'run_paused', reason: interruptedReason(step) })
    const at = { state, step, index: state.current_step_index, deps }
    const directive = (await deps.beforeStep?.(at)) ?? { action: 'run' }
    if (directive.action === 'pause')
      return stop(deps, state, { type: 'run_paused', reason: directive.reason })
    if (directive.action === 'snapshot') {
      state = await checkpoint(deps, state)
      continue
    }
    if (directive.action === 'skip') {
      const refused = skipRefusal(deps, state, step)
      if (refused !== undefined) throw new SkipRefusedError(refused)
      state = await settle(
        deps,
        state,
        skippedResult(deps, state, at, directive.by, directive.reason)
      )
      continue
    }
    if (step.when !== undefined) {
      const guarded = await guardTurn(deps, state, step)
      if (guarded.current_step_index !== state.current_step_index || guarded.status !== 'running') {
        state = guarded
        continue
      }
      state = guarded
    }
    state =
      step.type === 'cli' ? await cliTurn(deps, state, step) : await manualTurn(deps, state, step)
  }
  return state
}

function interruptedReason(step: Step): string {
  return `interrupted before or during step '${step.id}'; it runs again on resume`
}

async function cliTurn(deps: EngineDeps, state0: RunState, step: Step): Promise<RunState> {
  let state = state0
  const index = state.current_step_index
  const governed = await governStep(deps, state, step, index)
  state = await emit(deps, state, governed.decision)
  if (governed.decision.decision === 'denied') {
    const error = `governance refused step '${step.id}': ${governed.decision.reason}`
    return stop(deps, state, finished(state, 'failed', error, 'governance'))
  }
  if (governed.decision.confirmation_required && state.collected.confirmed_by === undefined) {
    const reason = confirmationReason(governed.decision)
    await deps.store.sync() // a person is asked: what happened before is durable first
    const confirmation = await deps.manual.confirm({
      step,
      index,
      argv: governed.rendered.argv.map(deps.redact),
      reason
    })
    if (confirmation !== undefined && 'unavailable' in confirmation) {
      const error = `it needs a two-step confirmation: ${reason}; ${confirmation.unavailable}`
      return settle(
        deps,
        state,
        unconfirmedResult(deps, state, step, index, governed.rendered.argv, error)
      )
    }
    if (confirmation === undefined) {
      return stop(deps, state, {
        type: 'run_paused',
        reason: `step '${step.id}' needs a two-step confirmation: ${reason}`,
        pending: {
          step_id: step.id,
          step_index: index,
          kind: 'confirmation',
          evidence: [],
          approvals_needed: 1,
          reason
        }
      })
    }
    state = await emit(deps, state, {
      type: 'confirmation_recorded',
      step_id: step.id,
      by: confirmation.by,
      method: confirmation.method
    })
  }
  const attempt = state.attempt + 1
  state = await emit(deps, state, {
    type: 'step_started',
    step_id: step.id,
    step_index: index,
    attempt
  })
  await deps.store.sync() // the group commit of this step: nothing runs before it is durable
  const started_at = deps.clock.now()
  const factory = deps.outputs(step.id, attempt)
  const needles = governed.rendered.assertions.flatMap((a) =>
    [a.contains, a.not_contains].filter((n): n is string => n !== undefined)
  )
  const stdout = await factory.collector('stdout', needles)
  const stderr = await factory.collector('stderr', [])
  const outcome =
    governed.executable === undefined || governed.unrunnable !== undefined
      ? (governed.unrunnable ?? notFoundOutcome(governed.rendered.argv[0] ?? ''))
      : await deps.cli.execute({
          step,
          index,
          attempt,
          rendered: governed.rendered,
          executable: governed.executable,
          env: childEnv(deps, governed.rendered),
          cwd: governed.cwd,
          signal: deps.signal,
          stdout,
          stderr
        })
  const [out, err] = [await stdout.end(), await stderr.end()]
  if (outcome.cancelled)
    return stop(deps, state, { type: 'run_paused', reason: interruptedReason(step) })
  const { result, captures } = judgeCliStep(deps, {
    run_id: state.run_id,
    step,
    index,
    attempt,
    started_at,
    ended_at: deps.clock.now(),
    governed,
    outcome,
    stdout: out,
    stderr: err
  })
  return settle(deps, state, result, captures)
}

async function manualTurn(deps: EngineDeps, state0: RunState, step: Step): Promise<RunState> {
  let state = state0
  const index = state.current_step_index
  if (state.attempt === 0) {
    state = await emit(deps, state, {
      type: 'step_started',
      step_id: step.id,
      step_index: index,
      attempt: 1
    })
  }
  const req = manualRequirements(step, deps.runbook.meta.governance)
  let pending = pendingFor(deps, state, step, index)
  let exhausted: string | undefined
  let refused: Refusal[] = []
  if (pending !== undefined) {
    await deps.store.sync() // a person is asked: what happened before is durable first
    const submission = await deps.manual.collect({
      step,
      index,
      instructions: instructionsOf(deps, state, step),
      missingEvidence: req.evidence.filter((e) => pending?.evidence.includes(e.name) === true),
      approvalsNeeded: pending.approvals_needed,
      ...(pending.roles === undefined ? {} : { roles: pending.roles })
    })
    // Providers check their own input; anything still unacceptable is dropped, never recorded.
    refused = checkSubmission(req, submission.evidence, submission.approvals)
    exhausted = submission.exhausted
    const refusals = new Set(refused.map((r) => r.item))
    const evidence = submission.evidence.filter((e) => !refusals.has(`evidence ${e.name}`))
    const approvals = submission.approvals.filter((a) => !refusals.has(`approval by ${a.approver}`))
    const events = await recordInputs(deps, state, step, req, evidence, approvals)
    if (events.length > 0) state = await emit(deps, state, ...events)
    pending = pendingFor(deps, state, step, index)
  }
  if (pending !== undefined && exhausted !== undefined) {
    // Nothing more will come (replay evidence): fail closed rather than wait forever.
    const why = refused.map((r) => `; refused ${r.item}: ${r.reason}`).join('')
    const error = `${exhausted}; still missing ${describePending(pending)}${why}`
    return settle(deps, state, manualResult(deps, state, step, index, error))
  }
  if (pending !== undefined) {
    return stop(deps, state, {
      type: 'run_paused',
      reason: `step '${step.id}' waits for ${describePending(pending)}`,
      pending
    })
  }
  return settle(deps, state, manualResult(deps, state, step, index))
}
