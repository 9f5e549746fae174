// Rules on the shape of steps: unique ids, and the fields each step type needs or may not have.
import type { Rule } from './rule.js'
import { eachStep } from './rule.js'

const CLI_ONLY = ['with', 'capture', 'assertions', 'timeout', 'confirm'] as const
const MANUAL_ONLY = ['instructions', 'required_evidence', 'approvals', 'replay_mode'] as const

export const stepRules: Rule[] = [
  {
    id: 'step-id-duplicate',
    severity: 'error',
    summary: 'Step ids are unique.',
    check: (ctx) => {
      const first = new Map<string, number>()
      return eachStep(ctx, (step, i) => {
        const prev = first.get(step.id)
        if (prev === undefined) {
          first.set(step.id, i)
          return undefined
        }
        return ctx.source.diag(
          'step-id-duplicate',
          'error',
          `duplicate step id '${step.id}'; it is first used by steps[${prev}]`,
          ['steps', i, 'id']
        )
      })
    }
  },
  {
    id: 'cli-argv-required',
    severity: 'error',
    summary: 'A cli step has a non-empty with.argv.',
    check: (ctx) =>
      eachStep(ctx, (step, i) => {
        if (step.type !== 'cli' || (step.with?.argv?.length ?? 0) > 0) return undefined
        // Located at with.argv when the source has it (even empty), else at the nearest ancestor.
        return ctx.source.diag(
          'cli-argv-required',
          'error',
          `cli step '${step.id}' needs a non-empty with.argv, e.g. argv: ["uname", "-a"]`,
          ['steps', i, 'with', 'argv']
        )
      })
  },
  {
    id: 'manual-instructions-required',
    severity: 'error',
    summary: 'A manual step has instructions.',
    check: (ctx) =>
      eachStep(ctx, (step, i) =>
        step.type === 'manual' && (step.instructions ?? '').trim() === ''
          ? ctx.source.diag(
              'manual-instructions-required',
              'error',
              `manual step '${step.id}' needs instructions telling the operator what to do`,
              ['steps', i]
            )
          : undefined
      )
  },
  {
    id: 'step-field-mismatch',
    severity: 'error',
    summary:
      'A step only has the fields of its type (cli: with, capture, assertions, timeout, confirm; manual: instructions, required_evidence, approvals, replay_mode).',
    check: (ctx) =>
      eachStep(ctx, (step, i) => {
        const foreign = step.type === 'cli' ? MANUAL_ONLY : CLI_ONLY
        const own = step.type === 'cli' ? CLI_ONLY : MANUAL_ONLY
        return foreign
          .filter((field) => step[field] !== undefined)
          .map((field) =>
            ctx.source.diag(
              'step-field-mismatch',
              'error',
              `field '${field}' does not apply to a ${step.type} step; a ${step.type} step takes ${own.join(', ')}`,
              ['steps', i, field],
              { key: true }
            )
          )
      })
  }
]
