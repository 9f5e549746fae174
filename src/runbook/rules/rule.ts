// A named domain rule: one check over a schema-valid runbook, reporting located diagnostics.
import type { Diagnostic } from '../diagnostic.js'
import type { RunbookV0, Step } from '../runbook.generated.js'
import type { YamlSource } from '../yaml-source.js'

export interface RuleContext {
  runbook: RunbookV0
  source: YamlSource
}

export interface Rule {
  id: string
  severity: Diagnostic['severity']
  /** One line for the documentation: what the rule requires. */
  summary: string
  check(ctx: RuleContext): Diagnostic[]
}

/** Runs `fn` on every step with its index and collects what it reports. */
export function eachStep(
  ctx: RuleContext,
  fn: (step: Step, index: number) => Diagnostic[] | Diagnostic | undefined
): Diagnostic[] {
  return ctx.runbook.steps.flatMap((step, index) => {
    const r = fn(step, index)
    return r === undefined ? [] : Array.isArray(r) ? r : [r]
  })
}
