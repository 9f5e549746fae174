// Where a runbook holds conditions, and the choices a person can make: shared by validation, the
// engine (which evaluates them), dry-run and verify, so all of them read a condition the same way.
import { compileCondition } from './cel/condition.js'
import type { ConditionCompile } from './cel/condition.js'
import type { DocPath } from './diagnostic.js'
import { translateGertCondition } from './gert/expr.js'
import type { ChoiceOption, Evidence, RunbookV0, Step } from './runbook.generated.js'

export interface ConditionSite {
  kind: 'guard' | 'outcome'
  step_index: number
  outcome_index?: number
  text: string
  path: DocPath
}

/** Every condition of a (flat) runbook: each step's `when`, then its outcomes' `when`s. */
export function conditionSites(runbook: RunbookV0): ConditionSite[] {
  const sites: ConditionSite[] = []
  runbook.steps.forEach((step, i) => {
    if (step.when !== undefined)
      sites.push({ kind: 'guard', step_index: i, text: step.when, path: ['steps', i, 'when'] })
    step.outcomes?.forEach((o, j) => {
      if (o.when !== undefined) {
        sites.push({
          kind: 'outcome',
          step_index: i,
          outcome_index: j,
          text: o.when,
          path: ['steps', i, 'outcomes', j, 'when']
        })
      }
    })
  })
  return sites
}

/** The names a bare identifier in a gert condition may mean, resolved for one step. */
export interface BareNames {
  vars: ReadonlySet<string>
  captures: ReadonlySet<string>
  /** choice variable -> id of the step that asks it */
  choices: ReadonlyMap<string, string>
}

/** Bare names visible to conditions of `runbook` (every var, capture and choice variable). */
export function bareNames(runbook: RunbookV0): BareNames {
  const vars = new Set([
    ...Object.keys(runbook.meta.vars ?? {}),
    ...Object.keys(runbook.meta.inputs ?? {})
  ])
  const captures = new Set<string>()
  const choices = new Map<string, string>()
  for (const step of runbook.steps) {
    for (const name of Object.keys(step.capture ?? {})) captures.add(name)
    for (const e of step.required_evidence ?? [])
      if (e.kind === 'choice' && !choices.has(e.name)) choices.set(e.name, step.id)
    if (step.choices !== undefined && !choices.has(step.choices.variable))
      choices.set(step.choices.variable, step.id)
  }
  return { vars, captures, choices }
}

export type ReadCondition =
  | (ConditionCompile & { ok: true; offsetOf: (celOffset: number) => number })
  | { ok: false; problem: { kind: 'syntax' | 'type' | 'name'; message: string; offset: number } }

/** Reads one condition: gert's spellings (bare names, and/or/not, infix contains) become CEL. */
export function readCondition(text: string, names: BareNames): ReadCondition {
  const translated = translateGertCondition(text, names)
  if (!translated.ok) {
    const { kind = 'syntax', message, offset } = translated.problem
    return { ok: false, problem: { kind, message, offset } }
  }
  const compiled = compileCondition(translated.expression)
  if (!compiled.ok) {
    const p = compiled.problem
    return { ok: false, problem: { ...p, offset: translated.offsetOf(p.offset) } }
  }
  return { ...compiled, offsetOf: translated.offsetOf }
}

/** The option values of a choice. */
export function optionValues(options: readonly ChoiceOption[] | undefined): string[] {
  return (options ?? []).map((o) => (typeof o === 'string' ? o : o.value))
}

/** A step's choices (choice evidence and gert's `choices`), by evidence name. */
export function stepChoices(step: Step): Map<string, { label?: string; options: ChoiceOption[] }> {
  const out = new Map<string, { label?: string; options: ChoiceOption[] }>()
  for (const e of step.required_evidence ?? [])
    if (e.kind === 'choice') out.set(e.name, { options: e.options ?? [], ...labelOf(e) })
  if (step.choices !== undefined) {
    out.set(step.choices.variable, {
      options: step.choices.options,
      ...(step.choices.prompt === undefined ? {} : { label: step.choices.prompt })
    })
  }
  return out
}

function labelOf(e: Evidence): { label?: string } {
  return e.description === undefined ? {} : { label: e.description }
}
