// Rules on the decision flow: a choice's options, steps that can never run, and paths that end
// without an outcome in a runbook that declares outcomes.
import { compileCondition } from '../cel/condition.js'
import { bareNames, optionValues, readCondition } from '../conditions.js'
import type { Diagnostic } from '../diagnostic.js'
import type { Step } from '../runbook.generated.js'
import type { Rule } from './rule.js'
import { eachStep } from './rule.js'

/** True when the step ends every run that reaches it: no guard, and an outcome without `when`. */
function alwaysEnds(step: Step): boolean {
  return step.when === undefined && (step.outcomes ?? []).some((o) => o.when === undefined)
}

/** A guard that reads nothing and is false: the step can never run. */
function constantlyFalse(when: string | undefined): boolean {
  if (when === undefined) return false
  const c = compileCondition(when)
  if (!c.ok || c.condition.refs.length > 0) return false
  try {
    return c.condition.program({}) === false
  } catch {
    return false
  }
}

export const flowRules: Rule[] = [
  {
    id: 'choice-options',
    severity: 'error',
    summary: 'A choice has at least two distinct options; options belong to choice evidence only.',
    check: (ctx) =>
      eachStep(ctx, (step, i) =>
        (step.required_evidence ?? []).flatMap((e, j): Diagnostic[] => {
          const path = ['steps', i, 'required_evidence', j]
          const values = optionValues(e.options)
          if (e.kind !== 'choice') {
            return e.options === undefined
              ? []
              : [
                  ctx.source.diag(
                    'choice-options',
                    'error',
                    `options apply to choice evidence only, not to ${e.kind} '${e.name}'`,
                    [...path, 'options'],
                    { key: true }
                  )
                ]
          }
          const dup = values.find((v, k) => values.indexOf(v) !== k)
          if (values.length >= 2 && dup === undefined) return []
          const why =
            dup === undefined
              ? `has ${values.length} option${values.length === 1 ? '' : 's'}; a choice needs at least two, e.g. options: [lockdown, rollback]`
              : `lists the option '${dup}' twice`
          return [ctx.source.diag('choice-options', 'error', `choice '${e.name}' ${why}`, path)]
        })
      )
  },
  {
    id: 'step-unreachable',
    severity: 'warning',
    summary:
      'Every step can run: none follows a step that always ends the run, and no guard is always false.',
    check: (ctx) => {
      const ender = ctx.runbook.steps.findIndex(alwaysEnds)
      return eachStep(ctx, (step, i) => {
        if (ender !== -1 && i > ender) {
          const id = ctx.runbook.steps[ender]?.id ?? ''
          return ctx.source.diag(
            'step-unreachable',
            'warning',
            `step '${step.id}' can never run: step '${id}' (steps[${ender}]) always ends the run with an outcome`,
            ['steps', i, 'id']
          )
        }
        return constantlyFalse(step.when)
          ? ctx.source.diag(
              'step-unreachable',
              'warning',
              `step '${step.id}' can never run: its condition is always false`,
              ['steps', i, 'when']
            )
          : undefined
      })
    }
  },
  {
    id: 'outcome-missing',
    severity: 'warning',
    summary:
      'A runbook with outcomes ends every path with one: some step always ends the run, a step ending it is followed by one guarded by its `not_taken`, or every option of a choice leads to an outcome (a step guarded by the option, or an outcome whose `when` is the option).',
    check: (ctx) => {
      const steps = ctx.runbook.steps
      if (!steps.some((s) => (s.outcomes?.length ?? 0) > 0)) return []
      if (steps.some(alwaysEnds) || elseCovered(steps) || choicesCovered(steps, ctx)) return []
      return [
        ctx.source.diag(
          'outcome-missing',
          'warning',
          'this runbook declares outcomes, but a run can reach its end without one; add an outcome without `when` to a last step (for example state: escalated)',
          ['steps', steps.length - 1]
        )
      ]
    }
  }
]

const endsWhenTaken = (s: Step): boolean => (s.outcomes ?? []).some((o) => o.when === undefined)

/** True when a step that ends the run is followed by one that ends it when the first was not taken. */
function elseCovered(steps: readonly Step[]): boolean {
  return steps.some(
    (s, i) =>
      endsWhenTaken(s) &&
      steps
        .slice(i + 1)
        .some(
          (t) =>
            endsWhenTaken(t) &&
            new RegExp(`^\\s*steps\\.${s.id}\\.status\\s*==\\s*["']not_taken["']\\s*$`).test(
              t.when ?? ''
            )
        )
  )
}

/**
 * True when some choice's every option leads to a step that ends the run: each such step's guard is
 * `<choice> == "<option>"` and it has an outcome without `when`, or the step is unguarded and an
 * outcome's `when` is `<choice> == "<option>"`.
 */
function choicesCovered(steps: readonly Step[], ctx: Parameters<Rule['check']>[0]): boolean {
  const names = bareNames(ctx.runbook)
  const covered = new Map<string, Set<string>>()
  // A step guarded by one option that ends the run, or an unguarded step (a choice itself: "no"
  // ends the run) whose outcome holds on one option.
  const ends = steps.flatMap((s): string[] =>
    s.when !== undefined
      ? (s.outcomes ?? []).some((o) => o.when === undefined)
        ? [s.when]
        : []
      : (s.outcomes ?? []).flatMap((o) => (o.when === undefined ? [] : [o.when]))
  )
  for (const when of ends) {
    const read = readCondition(when, names)
    if (!read.ok || read.condition.refs.length !== 1) continue
    const ref = read.condition.refs[0]
    if (ref?.root !== 'evidence' || ref.compared.length !== 1) continue
    if (!/^\s*\S+\s*==\s*("[^"]*"|'[^']*')\s*$/.test(read.condition.expression)) continue
    const key = ref.path.join('.')
    const set = covered.get(key) ?? new Set<string>()
    set.add(ref.compared[0]?.value ?? '')
    covered.set(key, set)
  }
  for (const step of steps) {
    for (const e of step.required_evidence ?? []) {
      if (e.kind !== 'choice') continue
      const got = covered.get(`${step.id}.${e.name}`)
      if (got !== undefined && optionValues(e.options).every((o) => got.has(o))) return true
    }
    if (step.choices !== undefined) {
      const got = covered.get(`${step.id}.${step.choices.variable}`)
      if (got !== undefined && optionValues(step.choices.options).every((o) => got.has(o)))
        return true
    }
  }
  return false
}
