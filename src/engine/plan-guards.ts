// Dry-run's view of the decision flow: each guard evaluated over what is known before anything
// runs (the vars, and `not_taken` for the steps the plan already knows are skipped). A guard that
// needs a capture, evidence or another step's result is decided at run time, unless CEL decides it
// without them (`vars.mode == "safe" && captures.x == "y"` is false when mode is not safe).
import type { RunbookV0, Step } from '../runbook/index.js'
import { evaluateCondition, refName } from '../runbook/index.js'
import { conditionOf } from './decisions.js'

export interface PlannedGuard {
  /** The step's `when`, as written. */
  expression: string
  /** true: the step runs; false: not taken; absent: decided at run time. */
  result?: boolean
  /** The known values it read (vars redacted), in the order it reads them. */
  values: Record<string, string>
  /** Names only the run can tell (captures, evidence, results of steps that may run). */
  unknown: string[]
  /** Why the vars alone cannot be evaluated (a var that is no number where one is needed). */
  error?: string
}

/** The guard of `step` for the plan; `notTaken` holds ids of earlier steps known not to run. */
export function planGuard(
  runbook: RunbookV0,
  step: Step & { when: string },
  vars: Record<string, string>,
  notTaken: ReadonlySet<string>,
  redact: (text: string) => string
): PlannedGuard {
  const read = conditionOf(runbook, step.when)
  if (!read.ok)
    return { expression: step.when, values: {}, unknown: [], error: read.problem.message }
  const known: Record<string, string> = {}
  const unknown: string[] = []
  for (const name of new Set(read.condition.refs.map(refName))) {
    const [root, id, field] = name.split('.')
    if (root === 'vars' && id !== undefined && vars[id] !== undefined) known[name] = vars[id]
    else if (root === 'steps' && field === 'status' && id !== undefined && notTaken.has(id))
      known[name] = 'not_taken'
    else unknown.push(name)
  }
  const values = Object.fromEntries(Object.entries(known).map(([k, v]) => [k, redact(v)]))
  const base = { expression: step.when, values, unknown }
  // has() on a name only the run can tell would read "unset" now: leave such guards to the run.
  if (unknown.length > 0 && /\bhas\s*\(/.test(read.condition.expression)) return base
  const evaluated = evaluateCondition(read.condition, known)
  if (evaluated.ok) return { ...base, result: evaluated.value }
  return unknown.length > 0 ? base : { ...base, error: evaluated.error }
}

/** The outcome that ends the run when `step` passes, as far as the vars tell (undefined: none, or
 * only the run can tell because an earlier outcome's condition needs what the step produces). */
export function planOutcome(
  runbook: RunbookV0,
  step: Step,
  vars: Record<string, string>,
  notTaken: ReadonlySet<string>,
  redact: (text: string) => string
): { state: string; when?: string } | undefined {
  for (const o of step.outcomes ?? []) {
    if (o.when === undefined) return { state: o.state }
    const g = planGuard(runbook, { ...step, when: o.when }, vars, notTaken, redact)
    if (g.result === true) return { state: o.state, when: o.when }
    if (g.result === undefined) return undefined
  }
  return undefined
}
