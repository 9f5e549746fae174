// The job summary's Mermaid flowchart: one node per step coloured by status, the branches drawn as
// they are (an edge into a guarded step carries its guard, the branches meet again at the next
// unguarded step, "else" when none is taken), and the outcome the run ended with. Past
// MERMAID_STEP_LIMIT steps, sections of consecutive steps instead (Mermaid has size limits).
import type { RunbookV0 } from '../runbook/index.js'
import { optionValues, stepChoices } from '../runbook/index.js'

/** Past this many steps the flowchart shows sections of consecutive steps instead. */
export const MERMAID_STEP_LIMIT = 100

export type Shown =
  'passed' | 'failed' | 'cancelled' | 'skipped' | 'paused' | 'not run' | 'not taken' | 'not reached'

export interface EndedWith {
  step_index: number
  state: string
}

const CLASS: Record<Shown, string> = {
  passed: 'fill:#d1f7d6,stroke:#1a7f37',
  failed: 'fill:#ffd7d5,stroke:#cf222e',
  cancelled: 'fill:#eaeef2,stroke:#cf222e',
  skipped: 'fill:#eaeef2,stroke:#8c959f',
  paused: 'fill:#fff1c2,stroke:#9a6700',
  'not run': 'fill:#ffffff,stroke:#8c959f',
  'not taken': 'fill:#eaeef2,stroke:#8c959f,stroke-dasharray:4 2',
  'not reached': 'fill:#ffffff,stroke:#8c959f,stroke-dasharray:4 2'
}
const CLASS_NAME: Record<Shown, string> = {
  passed: 'passed',
  failed: 'failed',
  cancelled: 'cancelled',
  skipped: 'skipped',
  paused: 'paused',
  'not run': 'notrun',
  'not taken': 'nottaken',
  'not reached': 'notreached'
}

interface Edge {
  from: number
  to: number
  label?: string
  dotted?: boolean
}

/** The flowchart lines (a fenced mermaid block). */
export function flowchart(runbook: RunbookV0, shown: Shown[], outcome?: EndedWith): string[] {
  const lines = ['```mermaid', 'flowchart TD']
  const n = runbook.steps.length
  if (n <= MERMAID_STEP_LIMIT) {
    runbook.steps.forEach((s, i) => {
      const status = shown[i] ?? 'not run'
      const what = status === 'not taken' || status === 'not reached' ? `<br/>${status}` : ''
      lines.push(`  s${i}["${mermaidText(`${i + 1}. ${s.id}`)}${what}"]:::${CLASS_NAME[status]}`)
    })
    const guards = runbook.steps.map((s) => s.when)
    for (const e of branchEdges(guards, (tops) => coversChoice(runbook, tops)))
      lines.push(`  s${e.from} ${arrow(e)} s${e.to}`)
  } else {
    sections(shown).forEach((node, i) => {
      lines.push(`  s${i}["${mermaidText(node.label)}"]:::${CLASS_NAME[node.status]}`)
      if (i > 0) lines.push(`  s${i - 1} --> s${i}`)
    })
  }
  if (outcome !== undefined) {
    const from = n <= MERMAID_STEP_LIMIT ? outcome.step_index : sectionOf(n, outcome.step_index)
    lines.push(`  outcome(["${mermaidText(`outcome: ${outcome.state}`)}"]):::outcome`)
    lines.push(`  s${from} --> outcome`)
    lines.push('  classDef outcome fill:#ddf4ff,stroke:#0969da')
  }
  for (const s of Object.keys(CLASS) as Shown[])
    lines.push(`  classDef ${CLASS_NAME[s]} ${CLASS[s]}`)
  lines.push('```')
  return lines
}

function arrow(e: Edge): string {
  const line = e.dotted === true ? '-.->' : '-->'
  return e.label === undefined ? line : `${line}|"${mermaidText(e.label)}"|`
}

/**
 * The edges between steps given their guards. A guarded step continues the latest guarded step
 * whose guard it extends (same guard: the same branch; `A && B` after `A`: a branch inside it),
 * else it starts a branch from the last unguarded step. The next unguarded step joins every
 * branch's last step, and the last unguarded step ("else": no branch taken) unless `complete`
 * says the branches always take one (they pick every option of one choice).
 */
export function branchEdges(
  guards: readonly (string | undefined)[],
  complete: (tops: string[]) => boolean = () => false
): Edge[] {
  const out: Edge[] = []
  let anchor = -1
  let block: number[] = []
  guards.forEach((when, i) => {
    if (when === undefined) {
      const continued = new Set(out.filter((e) => block.includes(e.from)).map((e) => e.from))
      for (const b of block) if (!continued.has(b)) out.push({ from: b, to: i })
      const tops = [...new Set(block.map((b) => guards[b] as string))].filter(
        (g) => !block.some((b) => guards[b] !== g && extends_(g, guards[b] as string))
      )
      if (anchor >= 0 && block.length === 0) out.push({ from: anchor, to: i })
      else if (anchor >= 0 && !complete(tops)) out.push(elseEdge(anchor, i))
      anchor = i
      block = []
      return
    }
    const parent = [...block].reverse().find((b) => extends_(when, guards[b] as string))
    const from = parent ?? anchor
    const rest = parent === undefined ? when : remainder(when, guards[parent] as string)
    if (from >= 0) out.push(rest === '' ? { from, to: i } : { from, to: i, label: `when ${rest}` })
    block.push(i)
  })
  return out
}

/** True when the branches' guards pick every option of one choice: some branch is always taken. */
function coversChoice(runbook: RunbookV0, tops: readonly string[]): boolean {
  const picked = tops.map((t) => /^evidence\.([\w-]+)\.([\w-]+) == "([^"\\]*)"$/.exec(t))
  const first = picked[0]
  if (first == null || picked.some((m) => m == null || m[1] !== first[1] || m[2] !== first[2]))
    return false
  const step = runbook.steps.find((s) => s.id === first[1])
  const choice = step === undefined ? undefined : stepChoices(step).get(first[2] as string)
  const seen = new Set(picked.map((m) => m?.[3]))
  return choice !== undefined && optionValues(choice.options).every((v) => seen.has(v))
}

function elseEdge(from: number, to: number): Edge {
  return { from, to, label: 'else', dotted: true }
}

function extends_(when: string, outer: string): boolean {
  return remainder(when, outer) !== undefined
}

/** What `when` adds to `outer` ('' when the same), undefined when it does not extend it. */
function remainder(when: string, outer: string): string | undefined {
  if (when === outer) return ''
  for (const head of [`${outer} && `, `(${outer}) && `])
    if (when.startsWith(head)) return when.slice(head.length).replace(/^\((.*)\)$/, '$1')
  return undefined
}

function sections(shown: Shown[]): { label: string; status: Shown }[] {
  const n = shown.length
  const size = Math.ceil(n / 50)
  const out: { label: string; status: Shown }[] = []
  for (let from = 0; from < n; from += size) {
    const to = Math.min(n, from + size)
    const part = shown.slice(from, to)
    const counts = (
      ['failed', 'paused', 'passed', 'skipped', 'not taken', 'not reached', 'not run'] as Shown[]
    )
      .map((s) => [s, part.filter((p) => p === s).length] as const)
      .filter(([, c]) => c > 0)
    out.push({
      label: `steps ${from + 1}-${to}: ${counts.map(([s, c]) => `${c} ${s}`).join(', ')}`,
      status: counts[0]?.[0] ?? 'not run'
    })
  }
  return out
}

function sectionOf(n: number, index: number): number {
  return Math.floor(index / Math.ceil(n / 50))
}

function mermaidText(s: string): string {
  const clipped = s.length > 80 ? `${s.slice(0, 79)}…` : s
  return clipped.replace(/"/g, '#quot;').replace(/[<>]/g, '')
}
