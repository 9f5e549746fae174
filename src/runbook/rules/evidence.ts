// Rules on manual steps' evidence and approvals, on assertion patterns and on durations.
import type { Diagnostic } from '../diagnostic.js'
import { parseDuration } from '../duration.js'
import { compileRegex } from '../regex.js'
import { parseTemplate, renderParts } from '../template.js'
import type { Rule } from './rule.js'
import { eachStep } from './rule.js'

export const evidenceRules: Rule[] = [
  {
    id: 'evidence-name-duplicate',
    severity: 'error',
    summary: 'Evidence names are unique within a step.',
    check: (ctx) =>
      eachStep(ctx, (step, i) => {
        const seen = new Set<string>()
        return (step.required_evidence ?? []).flatMap((ev, j): Diagnostic[] => {
          if (!seen.has(ev.name)) {
            seen.add(ev.name)
            return []
          }
          return [
            ctx.source.diag(
              'evidence-name-duplicate',
              'error',
              `evidence name '${ev.name}' is used twice in step '${step.id}'`,
              ['steps', i, 'required_evidence', j, 'name']
            )
          ]
        })
      })
  },
  {
    id: 'checklist-items-required',
    severity: 'error',
    summary: 'A checklist has items, and only a checklist has items.',
    check: (ctx) =>
      eachStep(ctx, (step, i) =>
        (step.required_evidence ?? []).flatMap((ev, j): Diagnostic[] => {
          const path = ['steps', i, 'required_evidence', j]
          if (ev.kind === 'checklist' && (ev.items?.length ?? 0) === 0) {
            return [
              ctx.source.diag(
                'checklist-items-required',
                'error',
                `checklist '${ev.name}' needs a non-empty items list`,
                path
              )
            ]
          }
          if (ev.kind !== 'checklist' && ev.items !== undefined) {
            return [
              ctx.source.diag(
                'checklist-items-required',
                'error',
                `items only apply to a checklist, but '${ev.name}' is ${ev.kind} evidence`,
                [...path, 'items'],
                { key: true }
              )
            ]
          }
          return []
        })
      )
  },
  {
    id: 'approvals-min',
    severity: 'error',
    summary: 'approvals.min is at least 1.',
    check: (ctx) =>
      eachStep(ctx, (step, i) =>
        step.approvals !== undefined && step.approvals.min < 1
          ? ctx.source.diag(
              'approvals-min',
              'error',
              `approvals.min must be at least 1, got ${step.approvals.min}; remove approvals to need none`,
              ['steps', i, 'approvals', 'min']
            )
          : undefined
      )
  },
  {
    id: 'assertion-regex-invalid',
    severity: 'error',
    summary: 'Every `matches` assertion compiles (its `{{ .name }}` values are matched literally).',
    check: (ctx) =>
      eachStep(ctx, (step, i) =>
        (step.assertions ?? []).flatMap((a, j): Diagnostic[] => {
          if (a.matches === undefined) return []
          // A value is inserted quoted, so any literal stands for it; bad template syntax is
          // template-syntax's to report.
          const parsed = parseTemplate(a.matches)
          if (!parsed.ok) return []
          const r = compileRegex(renderParts(parsed.parts, () => 'x'))
          return r.ok
            ? []
            : [
                ctx.source.diag('assertion-regex-invalid', 'error', r.error, [
                  'steps',
                  i,
                  'assertions',
                  j,
                  'matches'
                ])
              ]
        })
      )
  },
  {
    id: 'duration-invalid',
    severity: 'error',
    summary: 'Durations parse as Go durations (30s, 5m, 1h30m), at most 2^31-1 ms.',
    check: (ctx) => {
      const fields: { value: string | undefined; path: (string | number)[] }[] = [
        { value: ctx.runbook.meta.defaults?.timeout, path: ['meta', 'defaults', 'timeout'] },
        ...ctx.runbook.steps.map((s, i) => ({ value: s.timeout, path: ['steps', i, 'timeout'] }))
      ]
      return fields.flatMap(({ value, path }): Diagnostic[] => {
        if (value === undefined) return []
        const r = parseDuration(value)
        return r.ok ? [] : [ctx.source.diag('duration-invalid', 'error', r.error, path)]
      })
    }
  }
]
