// Units: the top-level pieces of a section. A list contributes one unit per item, holding all the
// item nests (paragraphs, sub-lists, code blocks); an MkDocs admonition (`!!! note` followed by an
// indented block) becomes prose, not code.
import type { Code, List, ListItem, Nodes, RootContent } from 'mdast'
import type { IrCode, IrEntry, IrInline, IrUnit, UnitKind } from '../ir.js'
import { extractCode } from './code-block.js'
import { plainText } from './text.js'

/** Builds the units of a section's nodes; `lines` is the whole source, split. */
export function buildUnits(nodes: RootContent[], lines: string[]): IrUnit[] {
  const units: IrUnit[] = []
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as RootContent
    const next = nodes[i + 1]
    if (node.type === 'yaml' || node.type === 'definition' || node.type === 'thematicBreak')
      continue
    if (node.type === 'list') {
      for (const item of node.children) units.push(listItemUnit(item, node, lines))
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

function listItemUnit(item: ListItem, list: List, lines: string[]): IrUnit {
  const u = unit('list-item', item, lines)
  u.lead = item.children
    .filter((c) => c.type !== 'list' && c.type !== 'code')
    .map(plainText)
    .join('\n')
    .trim()
  u.checked = item.checked ?? null
  u.ordered = list.ordered === true
  u.nested = hasMore(item)
  return u
}

/** A list item holds more than one paragraph of text (a sub-list, code, an image, ...). */
function hasMore(item: ListItem): boolean {
  const [first, ...rest] = item.children
  return rest.length > 0 || (first !== undefined && (first.type !== 'paragraph' || hasImage(first)))
}

function hasImage(node: Nodes): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true
  return 'children' in node && (node.children as Nodes[]).some(hasImage)
}

function unit(
  kind: UnitKind,
  node: Nodes,
  lines: string[],
  opts: { endNode?: Nodes; text?: string } = {}
): IrUnit {
  const line = node.position?.start.line ?? 1
  const endLine = (opts.endNode ?? node).position?.end.line ?? line
  const codes: IrCode[] = []
  const inline: IrInline[] = []
  const entries: IrEntry[] = []
  walk(node, 0, lines, codes, inline, entries)
  return {
    kind,
    line,
    endLine,
    source: lines.slice(line - 1, endLine).join('\n'),
    text: (opts.text ?? plainText(node)).trim(),
    lead: (opts.text ?? plainText(node)).trim(),
    checked: null,
    nested: false,
    ordered: false,
    entries,
    inline: kind === 'admonition' ? [] : inline,
    codes: kind === 'admonition' ? [] : codes
  }
}

function walk(
  node: Nodes,
  depth: number,
  lines: string[],
  codes: IrCode[],
  inline: IrInline[],
  entries: IrEntry[]
): void {
  if (node.type === 'code') {
    codes.push(extractCode(node, lines))
    return
  }
  if (node.type === 'inlineCode') {
    inline.push({ text: node.value, line: node.position?.start.line ?? 1 })
    return
  }
  if (node.type === 'list') {
    for (const item of node.children) {
      const own: IrInline[] = []
      for (const child of item.children)
        if (child.type !== 'list' && child.type !== 'code') collectInline(child, own)
      entries.push({
        text: item.children
          .filter((c) => c.type !== 'list' && c.type !== 'code')
          .map(plainText)
          .join('\n')
          .trim(),
        line: item.position?.start.line ?? 1,
        checked: item.checked ?? null,
        depth,
        inline: own,
        nested: hasMore(item)
      })
      walk(item, depth + 1, lines, codes, inline, entries)
    }
    return
  }
  if ('children' in node)
    for (const child of node.children as Nodes[]) walk(child, depth, lines, codes, inline, entries)
}

function collectInline(node: Nodes, out: IrInline[]): void {
  if (node.type === 'inlineCode')
    out.push({ text: node.value, line: node.position?.start.line ?? 1 })
  else if ('children' in node) for (const c of node.children as Nodes[]) collectInline(c, out)
}
