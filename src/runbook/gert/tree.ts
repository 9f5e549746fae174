// gert's tree form read as the flat runbook it stands for: each node's step in document order, and
// the steps of a branch guarded by the branch's condition (and every enclosing one). Diagnostics on
// the flat steps are located back in the tree.
import type { DocPath } from '../diagnostic.js'
import type { Branch, RunbookDocument, Step, TreeNode } from '../runbook.generated.js'
import type { YamlSource } from '../yaml-source.js'

export interface FlatTree {
  steps: Step[]
  /** For each flat step, the path of its `step` in the tree document. */
  origins: DocPath[]
}

function both(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return `(${a}) && (${b})`
}

/** Flattens a tree; a branch's condition guards each step below it. */
export function flattenTree(tree: readonly TreeNode[]): FlatTree {
  const out: FlatTree = { steps: [], origins: [] }
  const walk = (nodes: readonly TreeNode[], guard: string | undefined, at: DocPath): void => {
    nodes.forEach((node, k) => {
      const when = both(guard, node.step.when)
      out.steps.push({ ...node.step, ...(when === undefined ? {} : { when }) })
      out.origins.push([...at, k, 'step'])
      ;(node.branches ?? []).forEach((b: Branch, j) =>
        walk(b.steps ?? [], both(guard, b.condition), [...at, k, 'branches', j, 'steps'])
      )
    })
  }
  walk(tree, undefined, ['tree'])
  return out
}

/** A source whose `steps[i]...` paths point into the tree the steps came from. */
export function treeSource(source: YamlSource, origins: readonly DocPath[]): YamlSource {
  const map = (path: DocPath): DocPath => {
    if (path[0] !== 'steps' || typeof path[1] !== 'number') return path
    const origin = origins[path[1]]
    return origin === undefined ? path : [...origin, ...path.slice(2)]
  }
  return {
    ...source,
    locate: (path, opts) => source.locate(map(path), opts),
    diag: (rule, severity, message, path, opts) =>
      source.diag(rule, severity, message, map(path), opts),
    diagInside: (rule, severity, message, path, offset) =>
      source.diagInside(rule, severity, message, map(path), offset)
  }
}

/** The document with its tree replaced by the flat steps (for `runbook convert`). */
export function flatDocument(doc: RunbookDocument, flat: FlatTree): RunbookDocument {
  const rest: RunbookDocument = { ...doc }
  delete rest.tree
  return { ...rest, steps: flat.steps as [Step, ...Step[]] }
}
