// Judging a replayed run against its expectations (pure). Every expectation is checked, so one
// failing scenario says everything that is wrong with it at once.
import type { RunState, RunView, StepResult } from '../../engine/model.js'
import type { ReplaySnapshot } from '../../providers/replay/index.js'
import type { CaptureCheck, Expectations } from './expectations.js'
import type { AssertionSeen, TestFailure } from './result.js'

export interface RunFacts {
  /** The run's final state with its step results. */
  state: RunView
  runbookName: string
  /** run_finished's error (unconsumed expectations, a refusal before the first step). */
  runError: string | null
  replay: ReplaySnapshot
  /** The scenario file as shown, for the line of an unconsumed expectation. */
  scenarioFile: string
  /** test.yaml as shown. */
  testFile?: string
}

/** Statuses a later engine may give steps that never started (guards, outcomes). */
const NOT_STARTED = new Set(['not_taken', 'not_reached'])

/** Step ids the run started, in order (a step it paused at counts). */
export function reachedSteps(state: RunView): string[] {
  const out: string[] = []
  for (const r of state.history)
    if (!NOT_STARTED.has(r.status) && !out.includes(r.step_id)) out.push(r.step_id)
  const pending = state.pending?.step_id
  if (pending !== undefined && !out.includes(pending)) out.push(pending)
  return out
}

/** Every assertion outcome the run recorded. */
export function assertionsSeen(state: RunView): AssertionSeen[] {
  return state.history.flatMap((r) =>
    (r.assertions ?? []).map((a) => ({ step: r.step_id, index: a.index, passed: a.passed }))
  )
}

/** The outcome as gert names it: the run's named outcome, else completed / error. */
export function outcomeOf(state: RunState): string {
  const named = (state as { outcome?: { state?: unknown } }).outcome?.state
  if (typeof named === 'string') return named
  return state.status === 'passed'
    ? 'completed'
    : state.status === 'failed'
      ? 'error'
      : state.status
}

/** Everything the run shows that the expectations do not allow. */
export function evaluate(x: Expectations, run: RunFacts): TestFailure[] {
  const { state } = run
  const at = (key: string): { file?: string; line?: number } =>
    run.testFile === undefined || x.lines[key] === undefined
      ? {}
      : { file: run.testFile, line: x.lines[key] }
  const failures: TestFailure[] = [...statusFailures(x, run, at)]
  if (x.outcome !== undefined && outcomeOf(state) !== x.outcome)
    failures.push({
      kind: 'outcome',
      message: `expected outcome '${x.outcome}', got '${outcomeOf(state)}'`,
      ...at('expected_outcome')
    })
  for (const [name, check] of Object.entries(x.captures)) {
    const problem = captureProblem(check, state.captures.get(name))
    if (problem !== undefined)
      failures.push({
        kind: 'capture',
        message: `capture '${name}': ${problem}`,
        ...at(`expected_captures.${name}`)
      })
  }
  const reached = reachedSteps(state)
  for (const id of x.mustReach)
    if (!reached.includes(id))
      failures.push({
        kind: 'must_reach',
        message: `step '${id}' was never reached (must_reach)`,
        step: id,
        ...at(`must_reach.${id}`)
      })
  for (const id of x.mustNotReach)
    if (reached.includes(id))
      failures.push({
        kind: 'must_not_reach',
        message: `step '${id}' was reached, but must not be (must_not_reach)`,
        step: id,
        ...at(`must_not_reach.${id}`)
      })
  for (const [id, want] of Object.entries(x.stepStatus)) {
    const got =
      lastResult(state.history, id)?.status ??
      (state.pending?.step_id === id ? 'paused' : undefined)
    if (got !== want)
      failures.push({
        kind: 'step_status',
        message:
          got === undefined
            ? `step '${id}' never ran; expected status '${want}'`
            : `step '${id}': expected status '${want}', got '${got}'`,
        step: id,
        ...at(`expected_step_status.${id}`)
      })
  }
  x.chain.forEach((want, i) => {
    const got = i === 0 ? run.runbookName : undefined
    if (got === undefined || !(got === want || got.includes(want)))
      failures.push({
        kind: 'chain',
        message:
          got === undefined
            ? `chain[${i}]: expected '${want}', but this runbook invokes no other runbook`
            : `chain[${i}]: expected '${want}', got '${got}'`,
        ...at('expected_chain')
      })
  })
  return failures
}

function statusFailures(
  x: Expectations,
  run: RunFacts,
  at: (key: string) => { file?: string; line?: number }
): TestFailure[] {
  const { state } = run
  const failed = state.history.findLast((r) => r.status === 'failed')
  const unconsumed = unconsumedFailures(run)
  if (state.status !== x.status) {
    const why =
      failed?.error ??
      run.runError ??
      (state.pending === undefined ? undefined : pendingText(state))
    const out: TestFailure[] = [
      {
        kind: 'status',
        message: `the run ${state.status === 'paused' ? 'paused' : state.status}, expected it to ${x.status === 'passed' ? 'pass' : x.status === 'failed' ? 'fail' : 'pause'}${failed === undefined ? '' : ` (step '${failed.step_id}' failed)`}`,
        ...(failed === undefined
          ? state.pending === undefined
            ? {}
            : { step: state.pending.step_id }
          : { step: failed.step_id }),
        ...(why === undefined || why === null ? {} : { detail: why }),
        ...at('expected_status')
      }
    ]
    // An expectation the scenario holds but the run never used is the reason, at the scenario's line.
    return failed === undefined ? [...out, ...unconsumed] : out
  }
  if (x.failure === undefined) return []
  const { step, message, messageText } = x.failure
  if (failed === undefined)
    return [
      {
        kind: 'failure',
        message: `expected step '${step}' to fail, but no step failed${run.runError === null ? '' : ` (the run failed: ${firstLine(run.runError)})`}`,
        step,
        ...at('expected_failure')
      },
      ...unconsumed
    ]
  if (failed.step_id !== step)
    return [
      {
        kind: 'failure',
        message: `expected step '${step}' to fail, but step '${failed.step_id}' failed`,
        step: failed.step_id,
        ...(failed.error === null ? {} : { detail: failed.error }),
        ...at('expected_failure')
      }
    ]
  if (message !== undefined && !message.test(failed.error ?? ''))
    return [
      {
        kind: 'failure',
        message: `step '${step}' failed, but its error does not match /${messageText ?? ''}/`,
        step,
        ...(failed.error === null ? {} : { detail: failed.error }),
        ...at('expected_failure')
      }
    ]
  return []
}

/** One failure per scenario step called fewer times than its min, at the scenario's line. */
function unconsumedFailures(run: RunFacts): TestFailure[] {
  if (!run.replay.finished) return []
  return run.replay.steps
    .filter((s) => s.calls < s.min)
    .map((s) => ({
      kind: 'unconsumed',
      message: `scenario step ${s.index + 1} '${s.label}' was called ${s.calls} time(s), expected at least ${s.min} (unconsumed expectation)`,
      file: run.scenarioFile,
      line: s.line
    }))
}

function pendingText(state: RunState): string {
  const p = state.pending
  if (p === undefined) return ''
  return `waiting at step '${p.step_id}' for ${p.kind === 'confirmation' ? 'a confirmation' : `evidence ${p.evidence.join(', ') || '(none)'} and ${p.approvals_needed} approval(s)`}`
}

function lastResult(history: readonly StepResult[], id: string): StepResult | undefined {
  return history.findLast((r) => r.step_id === id)
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? ''
}

/** Why `actual` does not satisfy `check`; undefined when it does (gert's three forms). */
export function captureProblem(
  check: CaptureCheck,
  actual: string | undefined
): string | undefined {
  if (actual === undefined) return `never captured; expected ${JSON.stringify(check.text)}`
  if (check.kind === 'exact')
    return actual === check.text
      ? undefined
      : `expected ${JSON.stringify(check.text)}, got ${JSON.stringify(actual)}`
  if (check.kind === 'regex')
    return check.regex.test(actual)
      ? undefined
      : `value ${JSON.stringify(actual)} does not match ${check.text}`
  const n = Number(actual.trim())
  if (actual.trim() === '' || !Number.isFinite(n))
    return `expected a number ${check.text}, got ${JSON.stringify(actual)}`
  const ok =
    check.op === '>'
      ? n > check.value
      : check.op === '<'
        ? n < check.value
        : check.op === '>='
          ? n >= check.value
          : check.op === '<='
            ? n <= check.value
            : check.op === '=='
              ? n === check.value
              : n !== check.value
  return ok ? undefined : `expected ${check.text}, got ${JSON.stringify(actual)}`
}
