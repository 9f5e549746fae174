// Shapes of YAML that parse but cannot become a plain value: an alias inside the node it names (a
// cycle, which would turn into a circular object) and nesting deeper than any runbook needs (which
// would exhaust the call stack of every later recursive pass). Walked without recursion.
import { isAlias, isCollection, isPair } from 'yaml'
import type { Document, Node } from 'yaml'

/** No runbook, scenario or evidence file nests anywhere near this deep. */
export const MAX_YAML_DEPTH = 64

export interface ShapeProblem {
  offset: number
  message: string
}

/** The first cycle or too-deep nesting in the document, or undefined when there is none. */
export function yamlShapeProblem(doc: Document): ShapeProblem | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number }
    if (isAlias(node)) {
      const target = node.resolve(doc) as Node | undefined
      const inside = target?.range
      const at = node.range?.[0] ?? 0
      if (inside !== undefined && inside !== null && at >= inside[0] && at < inside[2])
        return {
          offset: at,
          message: `the alias *${node.source} refers to a node that contains it: a value cannot hold itself`
        }
    } else if (isPair(node)) {
      stack.push({ node: node.key, depth }, { node: node.value, depth })
    } else if (isCollection(node)) {
      if (depth >= MAX_YAML_DEPTH)
        return {
          offset: node.range?.[0] ?? 0,
          message: `nested more than ${MAX_YAML_DEPTH} levels deep: flatten the structure`
        }
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 })
    }
  }
  return undefined
}

/** The parser's own message when the nesting exhausted its call stack, in the same words. */
export function tooDeepMessage(raw: string): string | undefined {
  return /call stack/i.test(raw)
    ? `nested more than ${MAX_YAML_DEPTH} levels deep: flatten the structure`
    : undefined
}
