// Building one unit of the IR from mdast nodes: its lines, Markdown source, text, inline code,
// nested list entries and code blocks.
import type { ListItem, Nodes } from 'mdast'
import type { IrCode, IrEntry, IrInline, IrUnit, UnitKind } from '../ir.js'
import { extractCode } from './code-block.js'
import { plainText } from './text.js'

/** A unit of `kind` made of `nodes` (consecutive siblings); `lines` is the whole source. */
export function unit(
  kind: UnitKind,
  nodes: Nodes | Nodes[],
  lines: string[],
  opts: { endNode?: Nodes; text?: string; line?: number } = {}
): IrUnit {
  const all = Array.isArray(nodes) ? nodes : [nodes]
  const first = all[0] as Nodes
  const line = opts.line ?? first.position?.start.line ?? 1
  const endLine = (opts.endNode ?? all[all.length - 1] ?? first).position?.end.line ?? line
  const codes: IrCode[] = []
  const inline: IrInline[] = []
  const entries: IrEntry[] = []
  for (const n of all) walk(n, 0, lines, codes, inline, entries)
  const text = (opts.text ?? all.map(plainText).join('\n')).trim()
  return {
    kind,
    line,
    endLine,
    source: lines.slice(line - 1, endLine).join('\n'),
    text,
    lead: text,
    checked: null,
    nested: false,
    context: '',
    ordered: false,
    entries,
    inline: kind === 'admonition' ? [] : inline,
    codes: kind === 'admonition' ? [] : codes
  }
}

/** The text of a list item without what it nests (sub-lists, code blocks). */
export function ownText(children: readonly Nodes[]): string {
  return children
    .filter((c) => c.type !== 'list' && c.type !== 'code')
    .map(plainText)
    .join('\n')
    .trim()
}

/** A list item holds more than one paragraph of text (a sub-list, code, an image, ...). */
export function hasMore(item: ListItem): boolean {
  const [first, ...rest] = item.children
  return rest.length > 0 || (first !== undefined && (first.type !== 'paragraph' || hasImage(first)))
}

function hasImage(node: Nodes): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true
  return 'children' in node && (node.children as Nodes[]).some(hasImage)
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
        text: ownText(item.children),
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
