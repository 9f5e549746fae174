// The job summary of a run (pure: a Markdown string). A step table, a Mermaid flowchart of the
// decision flow (summary-flow.ts), evidence and approvals, the
// trace head and the artifact; well within GitHub's 1 MiB per step for 1,000 steps.
import type { RunState, RunView, StepResult } from '../engine/model.js'
import type { RunbookV0 } from '../runbook/index.js'
import type { Shown } from './summary-flow.js'
import { flowchart, MERMAID_STEP_LIMIT } from './summary-flow.js'

export { MERMAID_STEP_LIMIT }

export interface SummaryInput {
  runbook: RunbookV0
  /** The runbook as the user named it (the TSG when it was compiled). */
  source: string
  state: RunView
  runError: string | null
  traceHead?: string
  artifact?: { name: string; id?: number; url?: string } | { skipped: string }
  compiled?: { todos: number; mapping: string }
  /** Extra lines at the end (why a paused run stopped the job). */
  notes?: string[]
}

const ICON: Record<Shown, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  cancelled: '🚫 cancelled',
  skipped: '⏭️ skipped',
  paused: '⏸️ paused',
  'not run': '◻️ not run',
  'not taken': '↪️ not taken',
  'not reached': '◻️ not reached'
}

/** Renders the summary. */
export function renderSummary(input: SummaryInput): string {
  const { runbook, state } = input
  const latest = latestResults(state)
  const shown = runbook.steps.map((_, i) => statusOf(i, latest, state))
  const out: string[] = []
  out.push(`## Runbook ${md(runbook.meta.name)}: ${ICON[runStatus(state)]}`, '')
  out.push(
    `Run \`${state.run_id}\` of \`${md(input.source)}\` (${state.mode} mode), started by ${md(state.actor)} at ${state.started_at}.`,
    ''
  )
  if (state.outcome !== undefined) {
    const o = state.outcome
    out.push(
      `**Outcome:** ${md(o.state)} at step \`${cell(o.step_id)}\`${o.recommendation === undefined ? '' : `: ${md(o.recommendation)}`}`,
      ''
    )
  }
  if (input.runError !== null) out.push(`> ${md(input.runError)}`, '')
  if (state.ended_by?.via !== undefined)
    out.push(`Said in [this comment](${state.ended_by.via}).`, '')
  if (input.compiled !== undefined)
    out.push(
      `Compiled in the job from the TSG: ${input.compiled.todos} TODO${input.compiled.todos === 1 ? '' : 's'} (see \`${md(input.compiled.mapping)}\` in the artifact).`,
      ''
    )
  out.push(...flowchart(runbook, shown, state.outcome), '')
  out.push('| # | Step | Status | Duration | Actor |', '| ---: | --- | --- | ---: | --- |')
  runbook.steps.forEach((step, i) => {
    const r = latest.get(i)
    out.push(
      `| ${i + 1} | \`${cell(step.id)}\` | ${ICON[shown[i] ?? 'not run']} | ${r === undefined ? '' : duration(r.duration_ms)} | ${r === undefined ? '' : actorOf(r)} |`
    )
  })
  out.push('', ...evidence(state, latest, runbook))
  out.push(`**Trace head:** \`${input.traceHead ?? 'none'}\``, '')
  out.push(artifactLine(input.artifact), '')
  for (const n of input.notes ?? []) out.push(n, '')
  return `${out.join('\n')}\n`
}

function runStatus(state: RunState): Shown {
  return state.status === 'running' ? 'paused' : state.status
}

/** The last result of each step index (a resumed run may hold more than one). */
function latestResults(state: RunView): Map<number, StepResult> {
  const m = new Map<number, StepResult>()
  for (const r of state.history) m.set(r.step_index, r)
  return m
}

function statusOf(i: number, latest: Map<number, StepResult>, state: RunState): Shown {
  const r = latest.get(i)
  if (r !== undefined) return r.status === 'not_taken' ? 'not taken' : r.status
  if (state.outcome !== undefined && i > state.outcome.step_index) return 'not reached'
  if (state.status === 'paused' && state.current_step_index === i) return 'paused'
  // The step a person ended the run at (deny, cancel) did not run: it shows how the run ended.
  if (state.ended_by !== undefined && state.current_step_index === i) return runStatus(state)
  return 'not run'
}

function evidence(state: RunState, latest: Map<number, StepResult>, runbook: RunbookV0): string[] {
  const out: string[] = []
  for (const [i, r] of [...latest.entries()].sort((a, b) => a[0] - b[0])) {
    const items = Object.values(r.evidence)
    const approvals = r.approvals ?? []
    if (items.length === 0 && approvals.length === 0) continue
    out.push(`- \`${cell(runbook.steps[i]?.id ?? r.step_id)}\``)
    for (const e of items) {
      const what =
        e.kind === 'checklist'
          ? (e.items ?? []).join('; ')
          : e.kind === 'attachment'
            ? `${e.original_name ?? e.file ?? ''} (${e.bytes ?? 0} bytes, sha256 ${(e.sha256 ?? '').slice(0, 12)})`
            : (e.value ?? '')
      out.push(
        `  - evidence ${cell(e.name)} (${e.kind}, by ${cell(e.actor)}): ${cell(clip(what, 200))}`
      )
    }
    for (const a of approvals)
      out.push(
        `  - approved by ${cell(a.approver)}${a.role === undefined ? '' : ` as ${cell(a.role)}`} at ${a.recorded_at}`
      )
  }
  if (state.pending !== undefined) {
    const p = state.pending
    const needs = [
      ...p.evidence.map((e) => `evidence ${e}`),
      ...(p.approvals_needed > 0
        ? [
            `${p.approvals_needed} approval${p.approvals_needed === 1 ? '' : 's'}${p.roles === undefined ? '' : ` (${p.roles.join(' or ')})`}`
          ]
        : [])
    ]
    out.push(
      `- waiting at \`${cell(p.step_id)}\` for: ${cell(needs.join(', ') || (p.reason ?? p.kind))}`
    )
  }
  return out.length === 0 ? [] : ['### Evidence and approvals', '', ...out, '']
}

function artifactLine(a: SummaryInput['artifact']): string {
  if (a === undefined) return '**Artifact:** none'
  if ('skipped' in a)
    return `**Artifact:** not uploaded (not in a runner); the run directory is \`${md(a.skipped)}\``
  const name = `\`${md(a.name)}\``
  return a.url === undefined ? `**Artifact:** ${name}` : `**Artifact:** [${name}](${a.url})`
}

function actorOf(r: StepResult): string {
  if (r.approvals !== undefined && r.approvals.length > 0)
    return `human (approved by ${r.approvals.map((a) => cell(a.approver)).join(', ')})`
  return r.actor
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s
}

/** Text for a Markdown table cell: one line, no pipes, no HTML. */
function cell(s: string): string {
  return md(clip(s.replace(/\r?\n/g, ' '), 300)).replace(/\|/g, '\\|')
}

/** Text that Markdown shows as written (no HTML, no links made from brackets). */
function md(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/`/g, "'")
}
