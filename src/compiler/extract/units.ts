// Units: the top-level pieces of a section. A list contributes one unit per item (see
// list-units.ts); an MkDocs admonition (`!!! note` followed by an
// indented block) becomes prose, not code.
import type { Code, Nodes, RootContent } from 'mdast'
import type { IrUnit, UnitKind } from '../ir.js'
import { listUnits } from './list-units.js'
import { plainText } from './text.js'
import { unit } from './unit.js'

/** Builds the units of a section's nodes; `lines` is the whole source, split. */
export function buildUnits(nodes: RootContent[], lines: string[]): IrUnit[] {
  const units: IrUnit[] = []
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as RootContent
    const next = nodes[i + 1]
    if (node.type === 'yaml' || node.type === 'definition' || node.type === 'thematicBreak')
      continue
    if (node.type === 'list') {
      units.push(...listUnits(node, lines))
      continue
    }
    if (
      node.type === 'paragraph' &&
      isAdmonitionStart(node) &&
      next?.type === 'code' &&
      !isFenced(next, lines)
    ) {
      units.push(
        unit('admonition', node, lines, {
          endNode: next,
          text: `${plainText(node)}\n${next.value}`
        })
      )
      i++
      continue
    }
    if (node.type === 'paragraph' && /^(\s*\{\{[<%][^}]*[%>]\}\}\s*)+$/.test(plainText(node)))
      continue
    if (node.type === 'html') {
      if (/^<!--[\s\S]*-->$/.test(node.value.trim())) continue
      units.push(unit('html', node, lines))
      continue
    }
    const kind: UnitKind =
      node.type === 'code'
        ? 'code'
        : node.type === 'table'
          ? 'table'
          : node.type === 'blockquote'
            ? 'quote'
            : 'paragraph'
    units.push(unit(kind, node, lines))
  }
  return units
}

function isAdmonitionStart(node: Nodes): boolean {
  return /^(!!!|\?\?\?\+?)\s*[\w-]+/.test(plainText(node).trim())
}

function isFenced(node: Code, lines: string[]): boolean {
  const first = lines[(node.position?.start.line ?? 1) - 1] ?? ''
  return /^\s*(```|~~~)/.test(first)
}
