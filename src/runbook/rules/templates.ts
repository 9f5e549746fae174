// Rules on templates and captures: the syntax subset, names that resolve to vars or earlier
// captures, a literal argv[0], and capture names that cannot be confused.
import type { Diagnostic } from '../diagnostic.js'
import { parseTemplate, templateRefs } from '../template.js'
import { templateFields } from '../template-fields.js'
import type { Rule, RuleContext } from './rule.js'
import { eachStep } from './rule.js'

/** Index of the step that captures each name (first one wins). */
function captureOwners(ctx: RuleContext): Map<string, number> {
  const owners = new Map<string, number>()
  ctx.runbook.steps.forEach((step, i) => {
    for (const name of Object.keys(step.capture ?? {})) if (!owners.has(name)) owners.set(name, i)
  })
  return owners
}

function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestScore = Infinity
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase())
    if (d < bestScore) {
      best = c
      bestScore = d
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(name.length / 3))
    ? best
    : undefined
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    }
    prev = cur
  }
  return prev[b.length] as number
}

// The three template rules share one pass over the fields; the result is kept per validation.
const referenceCache = new WeakMap<RuleContext, Diagnostic[]>()

function checkReferences(ctx: RuleContext): Diagnostic[] {
  const cached = referenceCache.get(ctx)
  if (cached !== undefined) return cached
  const result = scanReferences(ctx)
  referenceCache.set(ctx, result)
  return result
}

function scanReferences(ctx: RuleContext): Diagnostic[] {
  const vars = new Set(Object.keys(ctx.runbook.meta.vars ?? {}))
  const owners = captureOwners(ctx)
  return eachStep(ctx, (step, i) => {
    const out: Diagnostic[] = []
    for (const field of templateFields(step)) {
      const path = ['steps', i, ...field.path]
      const parsed = parseTemplate(field.value)
      if (!parsed.ok) {
        out.push(ctx.source.diag('template-syntax', 'error', parsed.error, path))
        continue
      }
      for (const name of templateRefs(parsed.parts)) {
        if (vars.has(name)) continue
        const owner = owners.get(name)
        if (owner !== undefined && owner < i) continue
        if (owner !== undefined) {
          const ownerId = ctx.runbook.steps[owner]?.id ?? ''
          const when =
            owner === i ? 'this same step' : `a later step '${ownerId}' (steps[${owner}])`
          out.push(
            ctx.source.diag(
              'template-forward-ref',
              'error',
              `'{{ .${name} }}' refers to the capture of ${when}; a template may only use meta.vars and captures of earlier steps`,
              path
            )
          )
          continue
        }
        const known = [...vars, ...[...owners].filter(([, o]) => o < i).map(([n]) => n)]
        const hint = closest(name, known)
        const expected =
          known.length === 0
            ? 'no vars or earlier captures are defined'
            : `known names: ${known.join(', ')}`
        out.push(
          ctx.source.diag(
            'template-unknown-var',
            'error',
            `'{{ .${name} }}' is neither in meta.vars nor captured by an earlier step${hint === undefined ? '' : ` (did you mean '${hint}'?)`}; ${expected}`,
            path
          )
        )
      }
    }
    return out
  })
}

export const templateRules: Rule[] = [
  {
    id: 'template-syntax',
    severity: 'error',
    summary:
      "Templates use only '{{ .name }}' references; other text/template syntax is refused by name.",
    check: (ctx) => checkReferences(ctx).filter((d) => d.rule === 'template-syntax')
  },
  {
    id: 'template-unknown-var',
    severity: 'error',
    summary: 'Every {{ .name }} resolves to meta.vars or to a capture of an earlier step.',
    check: (ctx) => checkReferences(ctx).filter((d) => d.rule === 'template-unknown-var')
  },
  {
    id: 'template-forward-ref',
    severity: 'error',
    summary: 'No template refers to a capture of its own step or of a later step.',
    check: (ctx) => checkReferences(ctx).filter((d) => d.rule === 'template-forward-ref')
  },
  {
    id: 'argv0-template',
    severity: 'error',
    summary: 'argv[0] is a literal command, never a template.',
    check: (ctx) =>
      eachStep(ctx, (step, i) => {
        const argv0 = step.with?.argv?.[0]
        return argv0 !== undefined && argv0.includes('{{')
          ? ctx.source.diag(
              'argv0-template',
              'error',
              `argv[0] must be a literal command name, got '${argv0}'; a template there could run any program`,
              ['steps', i, 'with', 'argv', 0]
            )
          : undefined
      })
  },
  {
    id: 'capture-name-conflict',
    severity: 'error',
    summary: 'A capture name differs from every meta.vars name.',
    check: (ctx) => {
      const vars = new Set(Object.keys(ctx.runbook.meta.vars ?? {}))
      const seen = new Map<string, string>()
      return eachStep(ctx, (step, i) =>
        Object.keys(step.capture ?? {}).flatMap((name) => {
          const path = ['steps', i, 'capture', name]
          if (vars.has(name)) {
            return [
              ctx.source.diag(
                'capture-name-conflict',
                'error',
                `capture '${name}' has the name of a meta.vars entry; rename one of them`,
                path,
                { key: true }
              )
            ]
          }
          seen.set(name, seen.get(name) ?? step.id)
          return []
        })
      )
    }
  },
  {
    id: 'capture-name-reused',
    severity: 'warning',
    summary:
      'A capture name is captured by one step only; when several capture it (as gert writes), the later value replaces the earlier.',
    check: (ctx) => {
      const seen = new Map<string, string>()
      return eachStep(ctx, (step, i) =>
        Object.keys(step.capture ?? {}).flatMap((name) => {
          const prev = seen.get(name)
          seen.set(name, prev ?? step.id)
          return prev === undefined
            ? []
            : [
                ctx.source.diag(
                  'capture-name-reused',
                  'warning',
                  `capture '${name}' is also captured by step '${prev}': from here on this step's value replaces it`,
                  ['steps', i, 'capture', name],
                  { key: true }
                )
              ]
        })
      )
    }
  }
]
