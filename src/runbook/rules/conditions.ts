// Rules on conditions (`when` of steps and outcomes): CEL syntax and types, names that resolve to
// vars, earlier captures, evidence and results of earlier steps, and choices compared only with
// their own options. Each diagnostic points at the column inside the expression.
import type { ConditionRef } from '../cel/refs.js'
import { refName } from '../cel/refs.js'
import type { ConditionSite } from '../conditions.js'
import {
  bareNames,
  conditionSites,
  optionValues,
  readCondition,
  stepChoices
} from '../conditions.js'
import type { Diagnostic } from '../diagnostic.js'
import { columnNote } from '../diagnostic.js'
import type { Rule, RuleContext } from './rule.js'

const STEP_FIELDS = new Set(['status', 'exit_code'])
const STATUSES = ['passed', 'failed', 'not_taken']

const cache = new WeakMap<RuleContext, Diagnostic[]>()

function checkAll(ctx: RuleContext): Diagnostic[] {
  const cached = cache.get(ctx)
  if (cached !== undefined) return cached
  const names = bareNames(ctx.runbook)
  const out = conditionSites(ctx.runbook).flatMap((site) => {
    const read = readCondition(site.text, names)
    if (!read.ok) {
      const p = read.problem
      const rule =
        p.kind === 'name'
          ? 'condition-unknown-name'
          : p.kind === 'type'
            ? 'condition-type'
            : 'condition-syntax'
      const what = p.kind === 'name' ? p.message : `CEL ${p.kind} error: ${p.message}`
      return [
        ctx.source.diagInside(rule, 'error', `${what} ${columnNote(p.offset)}`, site.path, p.offset)
      ]
    }
    return read.condition.refs.flatMap((ref) =>
      checkRef(ctx, site, ref).map(([rule, message, offset]) =>
        ctx.source.diagInside(rule, 'error', message, site.path, read.offsetOf(offset))
      )
    )
  })
  cache.set(ctx, out)
  return out
}

type Finding = [rule: string, message: string, offset: number]

/** Checks one name a condition reads against what exists before the condition is evaluated. */
function checkRef(ctx: RuleContext, site: ConditionSite, ref: ConditionRef): Finding[] {
  const { runbook } = ctx
  const name = refName(ref)
  const unknown = (why: string): Finding[] => [
    ['condition-unknown-name', `'${name}' ${why}`, ref.offset]
  ]
  if (ref.partial) {
    const form = ref.root === 'vars' || ref.root === 'captures' ? 'NAME' : 'STEP.NAME'
    return unknown(`is not one value: write ${ref.root}.${form}`)
  }
  // A guard runs before its step; an outcome after it, so it may read its own step.
  const last = site.kind === 'guard' ? site.step_index - 1 : site.step_index
  const [first, second] = ref.path as [string, string?]
  if (ref.root === 'vars') {
    const known = { ...runbook.meta.vars, ...runbook.meta.inputs }
    return first in known ? [] : unknown('is not in meta.vars or meta.inputs')
  }
  if (ref.root === 'captures') {
    const owner = runbook.steps.findIndex((s) => first in (s.capture ?? {}))
    if (owner === -1) return unknown('is not captured by any step')
    if (owner > last) return forward(ctx, name, owner, ref.offset)
    return []
  }
  const index = runbook.steps.findIndex((s) => s.id === first)
  if (index === -1) return unknown(`names no step of this runbook`)
  if (index > last) return forward(ctx, name, index, ref.offset)
  const step = runbook.steps[index]
  if (step === undefined || second === undefined) return []
  if (ref.root === 'steps') {
    if (!STEP_FIELDS.has(second)) return unknown('is not a step field: use status or exit_code')
    if (second !== 'status') return []
    return ref.compared
      .filter((c) => !STATUSES.includes(c.value))
      .map((c): Finding => [
        'choice-unknown-option',
        `steps.${first}.status is never '${c.value}'; a status read by a condition is one of ${STATUSES.join(', ')}`,
        c.offset
      ])
  }
  const evidence = new Set((step.required_evidence ?? []).map((e) => e.name))
  const choices = stepChoices(step)
  if (!evidence.has(second) && !choices.has(second))
    return unknown(`is not evidence of step '${first}'`)
  const choice = choices.get(second)
  if (choice === undefined) return []
  const options = optionValues(choice.options)
  return ref.compared
    .filter((c) => !options.includes(c.value))
    .map((c): Finding => [
      'choice-unknown-option',
      `'${c.value}' is not an option of the choice ${name}; its options are: ${options.join(', ')}`,
      c.offset
    ])
}

function forward(ctx: RuleContext, name: string, index: number, offset: number): Finding[] {
  const id = ctx.runbook.steps[index]?.id ?? ''
  return [
    [
      'condition-forward-ref',
      `'${name}' comes from step '${id}' (steps[${index}]), which has not run when this condition is evaluated; a condition reads earlier steps only`,
      offset
    ]
  ]
}

const ruleOf = (id: string, summary: string): Rule => ({
  id,
  severity: 'error',
  summary,
  check: (ctx) => checkAll(ctx).filter((d) => d.rule === id)
})

export const conditionRules: Rule[] = [
  ruleOf('condition-syntax', 'A condition is valid CEL (or the expr-lang subset gert writes).'),
  ruleOf('condition-type', 'A condition type-checks and gives true or false.'),
  ruleOf(
    'condition-unknown-name',
    'A condition reads only vars.NAME, captures.NAME, evidence.STEP.NAME, steps.ID.status and steps.ID.exit_code that exist.'
  ),
  ruleOf(
    'condition-forward-ref',
    "A condition reads only earlier steps (an outcome's condition may also read its own step)."
  ),
  ruleOf(
    'choice-unknown-option',
    'A choice (or a step status) is compared only with values it can take.'
  )
]
