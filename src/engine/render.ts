// Renders a step's templates against vars and earlier captures. Each template yields exactly one
// string, so a value can never become extra arguments or a second command: there is no word
// splitting and no shell anywhere.
import type { Assertion, RunbookV0, Step } from '../runbook/index.js'
import type { Captures } from './captures.js'
import { parseDuration, parseTemplate, quoteRegex, renderParts } from '../runbook/index.js'

export interface RenderedCliStep {
  argv: string[]
  env: Record<string, string>
  cwd?: string
  stdin?: string
  assertions: Assertion[]
  /** Effective timeout: the step's, else meta.defaults.timeout; absent when neither is set. */
  timeoutMs?: number
}

/** A template that cannot be rendered (only possible when the runbook was not validated). */
export class RenderError extends Error {
  override name = 'RenderError'
}

export type Lookup = (name: string) => string

/** Looks names up in captures first, then vars. */
export function lookupIn(
  vars: Readonly<Record<string, string>>,
  captures: Pick<Captures, 'get'>
): Lookup {
  return (name) => {
    const value = captures.get(name) ?? vars[name]
    if (value === undefined)
      throw new RenderError(
        `'{{ .${name} }}' has no value: it is neither a var nor an earlier capture`
      )
    return value
  }
}

/** Renders one string. */
export function renderString(template: string, lookup: Lookup): string {
  const parsed = parseTemplate(template)
  if (!parsed.ok) throw new RenderError(parsed.error)
  return renderParts(parsed.parts, lookup)
}

/**
 * Renders a `matches` pattern: each value is inserted as a literal (regex metacharacters quoted),
 * so `^{{ .pod }}$` matches that pod's name exactly and a value can never change the pattern.
 */
export function renderPattern(template: string, lookup: Lookup): string {
  return renderString(template, (name) => quoteRegex(lookup(name)))
}

/** Renders every templated field of a cli step. */
export function renderCliStep(runbook: RunbookV0, step: Step, lookup: Lookup): RenderedCliStep {
  const w = step.with ?? {}
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(w.env ?? {}))
    if (v !== undefined) env[k] = renderString(v, lookup)
  const assertions = (step.assertions ?? []).map((a): Assertion => {
    const out: Assertion = { ...a }
    for (const key of ['contains', 'not_contains', 'equals', 'not_equals'] as const) {
      const value = a[key]
      if (value !== undefined) out[key] = renderString(value, lookup)
    }
    if (a.matches !== undefined) out.matches = renderPattern(a.matches, lookup)
    return out
  })
  const timeout = step.timeout ?? runbook.meta.defaults?.timeout
  const parsed = timeout === undefined ? undefined : parseDuration(timeout)
  return {
    argv: (w.argv ?? []).map((a) => renderString(a, lookup)),
    env,
    ...(w.cwd === undefined ? {} : { cwd: renderString(w.cwd, lookup) }),
    ...(w.stdin === undefined ? {} : { stdin: renderString(w.stdin, lookup) }),
    assertions,
    ...(parsed?.ok === true && parsed.ms > 0 ? { timeoutMs: parsed.ms } : {})
  }
}
