// Where templates may appear in a step. The validator checks these fields and the engine renders
// exactly these fields, so the two can never disagree.
import type { DocPath } from './diagnostic.js'
import type { Step } from './runbook.generated.js'

export interface TemplateField {
  path: DocPath
  value: string
}

// `matches` too: there each value is matched literally (see renderPattern in the engine).
const TEXT_ASSERTIONS = ['contains', 'not_contains', 'matches', 'equals', 'not_equals'] as const

/** Every templated string of a step, with its path relative to the step. */
export function templateFields(step: Step): TemplateField[] {
  const out: TemplateField[] = []
  step.with?.argv?.forEach((value, i) => out.push({ path: ['with', 'argv', i], value }))
  for (const [key, value] of Object.entries(step.with?.env ?? {})) {
    if (value !== undefined) out.push({ path: ['with', 'env', key], value })
  }
  if (step.with?.cwd !== undefined) out.push({ path: ['with', 'cwd'], value: step.with.cwd })
  if (step.with?.stdin !== undefined) out.push({ path: ['with', 'stdin'], value: step.with.stdin })
  step.assertions?.forEach((a, i) => {
    for (const kind of TEXT_ASSERTIONS) {
      const value = a[kind]
      if (value !== undefined) out.push({ path: ['assertions', i, kind], value })
    }
  })
  if (step.instructions !== undefined)
    out.push({ path: ['instructions'], value: step.instructions })
  return out
}
