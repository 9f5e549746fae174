// Stage A entry: Markdown source -> TSG-IR. Sections come from the heading sequence; each holds its
// units in order. Pure and deterministic.
import type { Heading, Root, RootContent } from 'mdast'
import type { IrSection, TsgIr } from '../ir.js'
import { hideText } from './hidden.js'
import { parseMarkdown } from './parse.js'
import { cleanTitle, plainText } from './text.js'
import { buildUnits } from './units.js'

/** Extracts the IR of a Markdown TSG; `file` is the name used in reports. */
export function extractIr(source: string, file: string): TsgIr {
  const { text, hidden } = hideText(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))
  const root: Root = parseMarkdown(text)
  const lines = text.split('\n')
  const front = root.children.find((n) => n.type === 'yaml')
  const frontTitle = front === undefined ? undefined : frontMatterTitle(front)
  const sections = splitSections(root.children, lines)
  const firstHeading = sections.find((s) => s.depth > 0)?.title
  const ir: TsgIr = {
    file,
    title: frontTitle ?? firstHeading ?? file,
    lines: lines.length,
    sections,
    hidden
  }
  if (front?.position !== undefined) {
    ir.frontMatter = { line: front.position.start.line, endLine: front.position.end.line }
    if (frontTitle !== undefined) ir.frontMatter.title = frontTitle
  }
  return ir
}

function frontMatterTitle(node: RootContent): string | undefined {
  if (!('value' in node)) return undefined
  const m = /^title\s*[:=]\s*(.+)$/m.exec(node.value)
  if (m === null) return undefined
  const raw = (m[1] as string).trim()
  const unquoted = /^(["'])(.*)\1$/.exec(raw)?.[2] ?? raw
  return cleanTitle(unquoted.replace(/`/g, ''))
}

function splitSections(nodes: RootContent[], lines: string[]): IrSection[] {
  const sections: IrSection[] = []
  const trail: { depth: number; title: string }[] = []
  let current: { heading?: Heading; nodes: RootContent[]; trail: string[] } = {
    nodes: [],
    trail: []
  }
  const flush = (endLine: number): void => {
    const h = current.heading
    if (h === undefined && current.nodes.every((n) => n.type === 'yaml' || n.type === 'html'))
      return
    const title = h === undefined ? '' : cleanTitle(plainText(h))
    const depth = h?.depth ?? 0
    const line = h?.position?.start.line ?? current.nodes[0]?.position?.start.line ?? 1
    sections.push({
      index: sections.length,
      title,
      depth,
      line,
      endLine: Math.max(line, endLine),
      trail: current.trail,
      units: buildUnits(current.nodes, lines)
    })
  }
  for (const node of nodes) {
    if (node.type !== 'heading') {
      current.nodes.push(node)
      continue
    }
    flush((node.position?.start.line ?? 1) - 1)
    while (trail.length > 0 && (trail[trail.length - 1] as { depth: number }).depth >= node.depth)
      trail.pop()
    trail.push({ depth: node.depth, title: cleanTitle(plainText(node)) })
    current = { heading: node, nodes: [], trail: trail.map((t) => t.title) }
  }
  flush(lastContentLine(lines))
  return sections
}

function lastContentLine(lines: string[]): number {
  let n = lines.length
  while (n > 1 && (lines[n - 1] ?? '').trim() === '') n--
  return n
}
