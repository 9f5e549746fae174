// What the progress display shows of a step's (redacted) output: at a terminal by default the last
// lines of each stream (`tail`), with --verbose everything the run kept of it (`all`: the whole
// stream up to the preview size, else its head and tail around a marker), with --quiet nothing.
import type { OutputSummary, StepResult } from '../engine/model.js'

export type OutputDetail = 'none' | 'tail' | 'all'

/** Lines of each stream a `tail` preview shows. */
export const PREVIEW_LINES = 5

/** What --quiet / --verbose ask for; by default a preview at a terminal and nothing in a log. */
export function outputDetail(
  flags: { quiet?: boolean; verbose?: boolean },
  live: boolean
): OutputDetail {
  if (flags.verbose === true) return 'all'
  if (flags.quiet === true) return 'none'
  return live ? 'tail' : 'none'
}

/** The lines under a step's result line (indented, without colour), or none. */
export function outputLines(r: StepResult, detail: OutputDetail): string[] {
  if (detail === 'none') return []
  const lines: string[] = []
  for (const [name, o] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr]
  ] as const) {
    if (o === undefined || o.bytes === 0) continue
    const text = previewText(o)
    if (detail === 'all') {
      lines.push(`      ${name} (${o.bytes} bytes, redacted):`, ...indent(text))
      continue
    }
    const shown = text.slice(-PREVIEW_LINES)
    const hidden = o.truncated || text.length > shown.length
    lines.push(
      `      ${name}${hidden ? `, last ${shown.length} lines (--verbose shows more)` : ''}:`,
      ...indent(shown)
    )
  }
  return lines
}

/** A kept stream as lines: whole, or its head and tail around what was not kept. */
function previewText(o: OutputSummary): string[] {
  const text = o.truncated
    ? `${o.head}\n… (${o.bytes - Buffer.byteLength(o.head) - Buffer.byteLength(o.tail)} bytes not shown) …\n${o.tail}`
    : `${o.head}${o.tail}`
  return text.replace(/\n$/, '').split('\n')
}

const indent = (lines: string[]): string[] => lines.map((l) => `        ${l}`)
