// gert's tree form read as the flat runbook it stands for: each node's step in document order, and
// the steps of a branch guarded by the branch's condition (and every enclosing one). Diagnostics on
// the flat steps are located back in the tree.
import type { DocPath } from '../diagnostic.js'
import type { Branch, RunbookDocument, Step, TreeNode } from '../runbook.generated.js'
import type { YamlSource } from '../yaml-source.js'
import { columnNote } from '../diagnostic.js'

export interface FlatTree {
  steps: Step[]
  /** For each flat step, the path of its `step` in the tree document. */
  origins: DocPath[]
  /** For each flat step, where each condition its `when` joins was written. */
  guards: GuardPart[][]
}

/** One condition inside a flat `when`: its place there and its path in the tree. */
export interface GuardPart {
  path: DocPath
  start: number
  length: number
}

interface Guard {
  text: string
  parts: GuardPart[]
}

const own = (text: string | undefined, path: DocPath): Guard | undefined =>
  text === undefined ? undefined : { text, parts: [{ path, start: 0, length: text.length }] }

function both(a: Guard | undefined, b: Guard | undefined): Guard | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  const shift = (g: Guard, by: number): GuardPart[] =>
    g.parts.map((p) => ({ ...p, start: p.start + by }))
  // `(a) && (b)`: a starts after one parenthesis, b after `(a) && (`.
  return {
    text: `(${a.text}) && (${b.text})`,
    parts: [...shift(a, 1), ...shift(b, a.text.length + 7)]
  }
}

/** Flattens a tree; a branch's condition guards each step below it. */
export function flattenTree(tree: readonly TreeNode[]): FlatTree {
  const out: FlatTree = { steps: [], origins: [], guards: [] }
  const walk = (nodes: readonly TreeNode[], guard: Guard | undefined, at: DocPath): void => {
    nodes.forEach((node, k) => {
      const when = both(guard, own(node.step.when, [...at, k, 'step', 'when']))
      out.steps.push({ ...node.step, ...(when === undefined ? {} : { when: when.text }) })
      out.origins.push([...at, k, 'step'])
      out.guards.push(when?.parts ?? [])
      ;(node.branches ?? []).forEach((b: Branch, j) =>
        walk(b.steps ?? [], both(guard, own(b.condition, [...at, k, 'branches', j, 'condition'])), [
          ...at,
          k,
          'branches',
          j,
          'steps'
        ])
      )
    })
  }
  walk(tree, undefined, ['tree'])
  return out
}

/**
 * A source whose `steps[i]...` paths point into the tree the steps came from; a place inside a flat
 * `when` points into the branch `condition` (or the step's own `when`) that holds it, at the column
 * inside that condition.
 */
export function treeSource(source: YamlSource, flat: Omit<FlatTree, 'steps'>): YamlSource {
  const map = (path: DocPath): DocPath => {
    if (path[0] !== 'steps' || typeof path[1] !== 'number') return path
    const origin = flat.origins[path[1]]
    return origin === undefined ? path : [...origin, ...path.slice(2)]
  }
  const partsOf = (path: DocPath): GuardPart[] =>
    path.length === 3 && path[0] === 'steps' && typeof path[1] === 'number' && path[2] === 'when'
      ? (flat.guards[path[1]] ?? [])
      : []
  return {
    ...source,
    locate: (path, opts) => source.locate(map(path), opts),
    diag: (rule, severity, message, path, opts) => {
      const inner = partsOf(path).at(-1)
      return source.diag(rule, severity, message, inner?.path ?? map(path), opts)
    },
    diagInside: (rule, severity, message, path, offset) => {
      const parts = partsOf(path)
      const part =
        parts.find((p) => offset >= p.start && offset <= p.start + p.length) ?? parts.at(-1)
      if (part === undefined) return source.diagInside(rule, severity, message, map(path), offset)
      const local = Math.min(Math.max(offset - part.start, 0), part.length)
      const text = message.replace(columnNote(offset), columnNote(local))
      return source.diagInside(rule, severity, text, part.path, local)
    }
  }
}

/** The document with its tree replaced by the flat steps (for `runbook convert`). */
export function flatDocument(doc: RunbookDocument, flat: FlatTree): RunbookDocument {
  const rest: RunbookDocument = { ...doc }
  delete rest.tree
  return { ...rest, steps: flat.steps as [Step, ...Step[]] }
}
