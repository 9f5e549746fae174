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
          text: `${admonitionLabel(plainText(node))}\n${next.value}`
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
    // `!!! danger` with its body on the next, indented lines is one paragraph: read the marker
    // as the label it renders as.
    const text =
      kind === 'paragraph' && isAdmonitionStart(node) ? admonitionText(plainText(node)) : undefined
    units.push(unit(kind, node, lines, text === undefined ? {} : { text }))
  }
  return units
}

/** An admonition paragraph's text with its marker read as a label. */
function admonitionText(text: string): string {
  const [marker = '', ...body] = text.trim().split('\n')
  return [admonitionLabel(marker), ...body.map((l) => l.trim())].join(' ').trim()
}

/** `!!! danger` -> `Danger:`, `!!! note "Before you start"` -> `Before you start:` (as rendered). */
function admonitionLabel(marker: string): string {
  const m = /^(?:!!!|\?\?\?\+?)\s*([\w-]+)(?:\s+"([^"]*)")?/.exec(marker.trim())
  const label = m?.[2] ?? m?.[1] ?? ''
  if (label === '') return ''
  return `${(label[0] ?? '').toUpperCase()}${label.slice(1)}:`
}

function isAdmonitionStart(node: Nodes): boolean {
  return /^(!!!|\?\?\?\+?)\s*[\w-]+/.test(plainText(node).trim())
}

function isFenced(node: Code, lines: string[]): boolean {
  const first = lines[(node.position?.start.line ?? 1) - 1] ?? ''
  return /^\s*(```|~~~)/.test(first)
}
