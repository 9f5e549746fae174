// Walks a decoded scenario document tolerantly (it may still be schema-invalid): the leaf steps in
// flat order with their document paths, and the groups with their resolved names. Rules and the
// model builder share it, so both number steps the way cli-replay does.
import type { DocPath } from '../../runbook/index.js'

export type Raw = Record<string, unknown>

export interface RawLeaf {
  step: Raw
  path: DocPath
  /** Flat index among all leaf steps. */
  flat: number
  /** Index among the groups, when inside one. */
  group?: number
}

export interface RawGroup {
  name: string
  path: DocPath
  start: number
  end: number
}

/** The value as a mapping, or undefined. */
export function obj(value: unknown): Raw | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Raw)
    : undefined
}

/** The value when it is a string, else undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** The value when it is an integer, else undefined. */
export function int(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined
}

/** The leaf steps and groups of a scenario document, skipping malformed elements. */
export function walkScenario(doc: unknown): { leaves: RawLeaf[]; groups: RawGroup[] } {
  const leaves: RawLeaf[] = []
  const groups: RawGroup[] = []
  const steps = obj(doc)?.steps
  if (!Array.isArray(steps)) return { leaves, groups }
  steps.forEach((element, i) => {
    const el = obj(element)
    if (el === undefined) return
    if (!('group' in el)) {
      leaves.push({ step: el, path: ['steps', i], flat: leaves.length })
      return
    }
    const g = obj(el.group)
    const children = Array.isArray(g?.steps) ? g.steps : []
    const name = str(g?.name) ?? ''
    const start = leaves.length
    const group = groups.length
    children.forEach((child, j) => {
      const c = obj(child)
      if (c !== undefined && !('group' in c))
        leaves.push({
          step: c,
          path: ['steps', i, 'group', 'steps', j],
          flat: leaves.length,
          group
        })
    })
    groups.push({
      name: name === '' ? `group-${group + 1}` : name,
      path: ['steps', i, 'group'],
      start,
      end: leaves.length
    })
  })
  return { leaves, groups }
}

/** Effective call bounds, as cli-replay applies them: absent = exactly once; max 0 = min. */
export function callBounds(step: Raw): { min: number; max: number } {
  const calls = obj(step.calls)
  if (calls === undefined) return { min: 1, max: 1 }
  const min = int(calls.min) ?? 0
  const max = int(calls.max) ?? 0
  return { min, max: max === 0 && min > 0 ? min : max }
}
