// verify's decisions check: every guard and outcome decision is evaluated again from the trace
// alone. The expression must be the runbook's, each value it read must be what the trace held at
// that point, and the recorded result must follow from those values. A decision that read a value
// stored redacted cannot be re-checked: it is reported so, never as passed.
import type { DecisionRecordedEvent, TraceRecord } from '../engine/events.js'
import { conditionOf, stateValue } from '../engine/decisions.js'
import { StepHistory } from '../engine/step-history.js'
import type { RunState } from '../engine/model.js'
import type { RunbookV0 } from '../runbook/index.js'
import { evaluateCondition, refName } from '../runbook/index.js'
import type { VerifyCheck, VerifyProblem } from './verify-report.js'
import { checkResult } from './verify-report.js'

type Problem = Omit<VerifyProblem, 'check'>
type Decision = DecisionRecordedEvent & { seq: number }

/** The decisions check; `before(seq)` is the folded state just before record `seq`. */
export function checkDecisions(
  runbook: RunbookV0,
  records: readonly TraceRecord[],
  before: (seq: number) => RunState | undefined
): VerifyCheck {
  const problems: Problem[] = []
  const unverifiable: Problem[] = []
  let count = 0
  // The steps' last results before the record being checked, as the engine held them then.
  const last = new StepHistory()
  for (const r of records) {
    if (r.type !== 'decision_recorded') {
      last.add(r)
      continue
    }
    count++
    const d = r as Decision
    const state = before(d.seq)
    const found = recheck(runbook, d, state, last)
    if (found === undefined) continue
    if (found.redacted) unverifiable.push(found.problem)
    else problems.push(found.problem)
  }
  problems.push(...flowProblems(runbook, records))
  if (problems.length === 0 && unverifiable.length > 0) {
    return {
      id: 'decisions',
      status: 'skipped',
      summary: `${unverifiable.length} of ${count} decision(s) cannot be re-checked: ${unverifiable[0]?.message ?? ''}`,
      problems: unverifiable.map((p) => ({ check: 'decisions', ...p }))
    }
  }
  return checkResult(
    'decisions',
    [...problems, ...unverifiable],
    `${count} decision(s) re-evaluated from the trace give the recorded results`
  )
}

function recheck(
  runbook: RunbookV0,
  d: Decision,
  state: RunState | undefined,
  last: StepHistory
): { problem: Problem; redacted?: boolean } | undefined {
  const at = { step_id: d.step_id, seq: d.seq }
  const what = `${d.kind} decision at record ${d.seq} (step '${d.step_id}')`
  const step = runbook.steps[d.step_index]
  const text = d.kind === 'guard' ? step?.when : step?.outcomes?.[d.outcome_index ?? -1]?.when
  if (step === undefined || step.id !== d.step_id || text === undefined)
    return { problem: { ...at, message: `${what}: the runbook has no such condition` } }
  const read = conditionOf(runbook, text)
  if (!read.ok || read.condition.expression !== d.expression) {
    return {
      problem: {
        ...at,
        message: `${what}: evaluated '${d.expression}', but the runbook says '${text}'`
      }
    }
  }
  if (state === undefined) return { problem: { ...at, message: `${what}: no state before it` } }
  for (const name of new Set(read.condition.refs.map(refName))) {
    const held = stateValue(state, (id) => last.last(id), name)
    const recorded = d.values[name]
    if (JSON.stringify(held) !== JSON.stringify(recorded)) {
      return {
        problem: {
          ...at,
          message: `${what}: recorded ${name} = ${JSON.stringify(recorded) ?? 'unset'}, but the trace holds ${JSON.stringify(held) ?? 'unset'}`
        }
      }
    }
  }
  if ((d.redacted ?? []).length > 0) {
    return {
      redacted: true,
      problem: {
        ...at,
        message: `${what} read ${(d.redacted ?? []).join(', ')}, stored redacted: not re-checkable`
      }
    }
  }
  const again = evaluateCondition(read.condition, d.values)
  const result = again.ok ? again.value : null
  if (result !== d.result) {
    return {
      problem: {
        ...at,
        message: `${what}: the recorded values give ${String(result)}, but ${String(d.result)} was recorded`
      }
    }
  }
  return undefined
}

/** Each guarded step's result agrees with its guard decision, and the outcome with its decisions. */
function flowProblems(runbook: RunbookV0, records: readonly TraceRecord[]): Problem[] {
  const problems: Problem[] = []
  const guard = new Map<number, boolean | null>()
  const outcomes = new Map<number, Map<number, boolean | null>>()
  for (const r of records) {
    if (r.type === 'decision_recorded') {
      if (r.kind === 'guard') guard.set(r.step_index, r.result)
      else {
        const m = outcomes.get(r.step_index) ?? new Map<number, boolean | null>()
        m.set(r.outcome_index ?? -1, r.result)
        outcomes.set(r.step_index, m)
      }
    } else if (r.type === 'step_result') {
      const step = runbook.steps[r.result.step_index]
      if (step?.when === undefined) {
        if (r.result.status === 'not_taken')
          problems.push({
            seq: r.seq,
            step_id: r.result.step_id,
            message: `step '${r.result.step_id}' is recorded not_taken, but it has no condition`
          })
        continue
      }
      const decided = guard.get(r.result.step_index)
      const ran = r.result.status !== 'not_taken'
      if (decided === undefined || (decided !== null && decided !== ran)) {
        problems.push({
          seq: r.seq,
          step_id: r.result.step_id,
          message: `step '${r.result.step_id}' is ${r.result.status}, but its guard decision was ${decided === undefined ? 'never recorded' : String(decided)}`
        })
      }
    } else if (r.type === 'run_finished' && r.outcome !== undefined) {
      const o = r.outcome
      const step = runbook.steps[o.step_index]
      const decided = outcomes.get(o.step_index) ?? new Map<number, boolean | null>()
      const first = (step?.outcomes ?? []).findIndex(
        (x, j) => x.when === undefined || decided.get(j) === true
      )
      const chosen = step?.outcomes?.[first]
      if (step?.id !== o.step_id || chosen === undefined || chosen.state !== o.state) {
        problems.push({
          seq: r.seq,
          step_id: o.step_id,
          message: `the run ended with outcome ${o.state} at step '${o.step_id}', which its outcome decisions do not give`
        })
      }
    }
  }
  return problems
}
