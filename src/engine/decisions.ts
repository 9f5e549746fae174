// Decisions: a step's guard (`when`) and its outcomes, evaluated purely over the run state. Each
// decision is recorded with the values it read (redacted as stored), so verify can evaluate it
// again from the trace alone; a value that is stored redacted makes the decision not re-checkable.
import type {
  ConditionValue,
  ConditionValues,
  ReadCondition,
  RunbookV0,
  Step
} from '../runbook/index.js'
import { bareNames, evaluateCondition, readCondition, refName } from '../runbook/index.js'
import type { DecisionRecordedEvent } from './events.js'
import type { ResultLookup } from './step-history.js'
import type { EvidenceRecord, RunOutcome, RunState, StepResult } from './model.js'

const cache = new WeakMap<RunbookV0, Map<string, ReadCondition>>()

/** Reads a condition of `runbook` once (validation has already accepted it). */
export function conditionOf(runbook: RunbookV0, text: string): ReadCondition {
  let byText = cache.get(runbook)
  if (byText === undefined) {
    byText = new Map()
    cache.set(runbook, byText)
  }
  const known = byText.get(text)
  if (known !== undefined) return known
  const read = readCondition(text, bareNames(runbook))
  byText.set(text, read)
  return read
}

/** The value an evidence record stands for in a condition. */
export function evidenceValue(e: EvidenceRecord): ConditionValue {
  if (e.kind === 'checklist') return [...(e.items ?? [])]
  if (e.kind === 'attachment') return e.original_name ?? e.file ?? ''
  return e.value ?? ''
}

/**
 * What a run holds for one recorded name (its state, and `lastResult` for a step's result);
 * undefined when it is unset.
 */
export function stateValue(
  state: RunState,
  lastResult: ResultLookup,
  name: string
): ConditionValue | undefined {
  const [root, ...rest] = name.split('.')
  if (root === 'vars') return state.vars[rest.join('.')]
  if (root === 'captures') return state.captures.get(rest.join('.'))
  const field = rest.pop() ?? ''
  const result = lastResult(rest.join('.'))
  if (result === undefined) return undefined
  if (root === 'steps') {
    if (field === 'status') return result.status
    if (field === 'exit_code') return result.exit_code ?? null
    return undefined
  }
  const e = result.evidence[field]
  return e === undefined ? undefined : evidenceValue(e)
}

interface Inputs {
  real: ConditionValues
  recorded: ConditionValues
  redacted: string[]
}

function inputsOf(
  state: RunState,
  lastResult: ResultLookup,
  names: readonly string[],
  secrets: Record<string, string>
): Inputs {
  const inputs: Inputs = { real: {}, recorded: {}, redacted: [] }
  for (const name of new Set(names)) {
    const value = stateValue(state, lastResult, name)
    if (value === undefined) continue
    inputs.recorded[name] = value
    const varName = name.startsWith('vars.') ? name.slice(5) : undefined
    if (varName !== undefined && state.redacted_vars.includes(varName)) {
      inputs.redacted.push(name)
      inputs.real[name] = secrets[varName] ?? value
    } else inputs.real[name] = value
  }
  return inputs
}

/** Evaluates one condition of step `index` and builds the event that records it. */
export function decide(
  runbook: RunbookV0,
  state: RunState,
  lastResult: ResultLookup,
  secrets: Record<string, string>,
  site: {
    kind: 'guard' | 'outcome'
    step: Step
    index: number
    outcome_index?: number
    text: string
  }
): DecisionRecordedEvent {
  const base = {
    type: 'decision_recorded' as const,
    kind: site.kind,
    step_id: site.step.id,
    step_index: site.index,
    ...(site.outcome_index === undefined ? {} : { outcome_index: site.outcome_index })
  }
  const read = conditionOf(runbook, site.text)
  if (!read.ok) {
    return { ...base, expression: site.text, values: {}, result: null, error: read.problem.message }
  }
  const inputs = inputsOf(state, lastResult, read.condition.refs.map(refName), secrets)
  const evaluated = evaluateCondition(read.condition, inputs.real)
  return {
    ...base,
    expression: read.condition.expression,
    values: inputs.recorded,
    ...(inputs.redacted.length === 0 ? {} : { redacted: inputs.redacted }),
    result: evaluated.ok ? evaluated.value : null,
    ...(evaluated.ok ? {} : { error: evaluated.error })
  }
}

/** The outcome step `index` reaches after it passed: the decisions made and the outcome, if any. */
export function reachOutcome(
  runbook: RunbookV0,
  state: RunState,
  lastResult: ResultLookup,
  secrets: Record<string, string>,
  step: Step,
  index: number
): { decisions: DecisionRecordedEvent[]; outcome?: RunOutcome; error?: string } {
  const decisions: DecisionRecordedEvent[] = []
  for (const [j, o] of (step.outcomes ?? []).entries()) {
    if (o.when !== undefined) {
      const d = decide(runbook, state, lastResult, secrets, {
        kind: 'outcome',
        step,
        index,
        outcome_index: j,
        text: o.when
      })
      decisions.push(d)
      if (d.result === null) {
        return { decisions, error: `outcome ${j} of step '${step.id}': ${d.error ?? ''}` }
      }
      if (!d.result) continue
    }
    const outcome: RunOutcome = {
      state: o.state,
      ...(o.recommendation === undefined ? {} : { recommendation: o.recommendation }),
      step_id: step.id,
      step_index: index
    }
    return { decisions, outcome }
  }
  return { decisions }
}

/** The result of a step whose guard was false (or, with `error`, could not be evaluated). */
export function notTakenResult(
  state: RunState,
  step: Step,
  index: number,
  now: string,
  error: string | null = null
): StepResult {
  return {
    run_id: state.run_id,
    step_id: step.id,
    step_index: index,
    type: step.type,
    status: error === null ? 'not_taken' : 'failed',
    actor: 'engine',
    started_at: now,
    ended_at: now,
    duration_ms: 0,
    attempt: state.attempt,
    evidence: {},
    captures: {},
    error
  }
}
