// The names a condition reads, found on its syntax tree: validation checks that each resolves to an
// earlier step, and the engine records the value of each with every decision.
import type { ASTNode } from '@marcbachmann/cel-js'

export type RefRoot = 'vars' | 'captures' | 'evidence' | 'steps'

export interface ConditionRef {
  root: RefRoot
  /** Path below the root: [name] for vars/captures, [step, name] for evidence and steps. */
  path: string[]
  /** True when the expression uses the root (or a step of it) as a whole, not one value. */
  partial: boolean
  /** Offset in the expression. */
  offset: number
  /** Literal strings the value is compared with (==, !=, in [...]). */
  compared: { value: string; offset: number }[]
}

const ROOTS = new Set<string>(['vars', 'captures', 'evidence', 'steps'])
const DEPTH: Record<RefRoot, number> = { vars: 1, captures: 1, evidence: 2, steps: 2 }

/** The recorded name of a reference: `evidence.triage.response`. */
export function refName(ref: ConditionRef): string {
  return [ref.root, ...ref.path].join('.')
}

/** Follows `a.b["c"]` down to its root identifier; undefined when it is not a plain chain. */
function chain(node: ASTNode): { root: string; path: string[]; offset: number } | undefined {
  if (node.op === 'id') return { root: node.args, path: [], offset: node.pos }
  if (node.op === '.' || node.op === '.?') {
    const inner = chain(node.args[0])
    return inner && { ...inner, path: [...inner.path, node.args[1]] }
  }
  if (node.op === '[]' || node.op === '[?]') {
    const key = node.args[1]
    const inner = chain(node.args[0])
    if (inner === undefined || key.op !== 'value' || typeof key.args !== 'string') return undefined
    return { ...inner, path: [...inner.path, key.args] }
  }
  return undefined
}

function literals(node: ASTNode): { value: string; offset: number }[] {
  if (node.op === 'value' && typeof node.args === 'string')
    return [{ value: node.args, offset: node.pos }]
  if (node.op === 'list') return node.args.flatMap(literals)
  return []
}

/** Every reference to vars, captures, evidence and steps in a parsed condition. */
export function conditionRefs(ast: ASTNode): ConditionRef[] {
  const refs: ConditionRef[] = []
  const byNode = new Map<ASTNode, ConditionRef>()
  const visit = (node: ASTNode): void => {
    const c = chain(node)
    if (c !== undefined && ROOTS.has(c.root)) {
      const root = c.root as RefRoot
      const depth = DEPTH[root]
      const ref: ConditionRef = {
        root,
        path: c.path.slice(0, depth),
        partial: c.path.length < depth,
        offset: c.offset,
        compared: []
      }
      refs.push(ref)
      byNode.set(node, ref)
      // Indexing deeper (evidence.s.c[0]) reads the same value: nothing more to record.
      return
    }
    if (c !== undefined && c.path.length === 0) return
    visitArgs(node)
    if (node.op === '==' || node.op === '!=') {
      const [l, r] = node.args
      byNode.get(l)?.compared.push(...literals(r))
      byNode.get(r)?.compared.push(...literals(l))
    } else if (node.op === 'in') {
      byNode.get(node.args[0])?.compared.push(...literals(node.args[1]))
    }
  }
  const visitArgs = (node: ASTNode): void => {
    switch (node.op) {
      case 'value':
      case 'id':
        return
      case 'call':
        node.args[1].forEach(visit)
        return
      case 'rcall':
        visit(node.args[1])
        node.args[2].forEach(visit)
        return
      case '.':
      case '.?':
        visit(node.args[0])
        return
      case 'list':
        node.args.forEach(visit)
        return
      case 'map':
        for (const [k, v] of node.args) {
          visit(k)
          visit(v)
        }
        return
      case '!_':
      case '-_':
        visit(node.args)
        return
      default:
        for (const a of node.args as ASTNode[]) visit(a)
    }
  }
  visit(ast)
  return refs
}
