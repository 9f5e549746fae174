// The job summary of `command: test` (pure Markdown): the count, a table per runbook (scenario,
// result, coverage), each failure's details (the argv diff) in a collapsible block, a Mermaid
// flowchart of the runbook with the steps its scenarios reached (sections past 100 steps), and the
// stale compiled runbooks with the diff of their recompiled form. Clipped to stay far below
// GitHub's 1 MiB per step.
import type { RunbookCoverage, RunbookTest, ScenarioResult, TestRun } from '../app/test/index.js'
import { tally } from '../app/test/index.js'
import type { StaleCheck } from '../app/test/stale.js'

export const MERMAID_STEP_LIMIT = 100
const DETAIL_LIMIT = 20_000
const SUMMARY_LIMIT = 900_000

export interface TestSummaryInput {
  run: TestRun
  /** How the runbooks were chosen, e.g. "changed by this pull request" or "under paths". */
  scope: string
  /** Runbooks left out because the pull request did not touch them. */
  skipped: string[]
  stale: StaleCheck[]
  minCoverage?: number
}

const RESULT = { passed: '✅ passed', failed: '❌ failed', error: '⚠️ invalid' } as const

/** Renders the summary. */
export function renderTestSummary(input: TestSummaryInput): string {
  const t = tally(input.run)
  const bad = t.failed + t.errors + t.invalid
  const out: string[] = [
    `## runbook test: ${bad === 0 ? '✅' : '❌'} ${t.passed} passed, ${t.failed} failed${t.errors + t.invalid > 0 ? `, ${t.errors + t.invalid} invalid` : ''}`,
    '',
    `${input.run.runbooks.length} runbook${input.run.runbooks.length === 1 ? '' : 's'} ${input.scope}${input.skipped.length > 0 ? `; ${input.skipped.length} unchanged runbook${input.skipped.length === 1 ? '' : 's'} skipped` : ''}.`,
    ''
  ]
  for (const u of t.untested) out.push(`- ⚠️ \`${md(u)}\` has no scenario (untested)`)
  if (t.untested.length > 0) out.push('')
  for (const r of input.run.runbooks) out.push(...runbookSection(r, input.minCoverage))
  if (input.stale.length > 0) out.push(...staleSection(input.stale))
  const text = `${out.join('\n')}\n`
  return text.length > SUMMARY_LIMIT
    ? `${text.slice(0, SUMMARY_LIMIT)}\n\n… (summary clipped; the job log has everything)\n`
    : text
}

function runbookSection(r: RunbookTest, min: number | undefined): string[] {
  const c = r.coverage
  const failed = r.scenarios.filter((s) => s.status !== 'passed').length
  const cov =
    c === undefined
      ? ''
      : ` · coverage ${c.totals.percent.toFixed(1)}%${min !== undefined && c.totals.percent < min ? ` (below ${min}%)` : ''}`
  const out = [
    `### \`${md(r.runbook)}\` (${md(r.name)}): ${r.diagnostics.length > 0 ? 'invalid' : `${r.scenarios.length - failed}/${r.scenarios.length} scenarios passed`}${cov}`,
    ''
  ]
  if (r.diagnostics.length > 0) {
    for (const d of r.diagnostics.slice(0, 20))
      out.push(
        `- \`${md(d.file)}:${d.line}:${d.col}\` ${d.severity} ${md(d.rule)}: ${cell(d.message)}`
      )
    out.push('')
    return out
  }
  if (r.scenarios.length > 0) {
    out.push('| Scenario | Result | Run | Details |', '| --- | --- | --- | --- |')
    for (const s of r.scenarios)
      out.push(
        `| \`${cell(s.name)}\` | ${RESULT[s.status]} | ${s.runStatus ?? ''} | ${cell(firstProblem(s))} |`
      )
    out.push('')
  }
  for (const s of r.scenarios.filter((x) => x.status !== 'passed')) out.push(...details(s))
  if (c !== undefined) {
    const t = c.totals
    out.push(
      `Steps reached ${t.stepsCovered}/${t.steps}; assertions seen passing ${t.assertionsPassedSeen}/${t.assertions}, failing ${t.assertionsFailedSeen}/${t.assertions}.`,
      '',
      ...flowchart(c),
      ''
    )
  }
  return out
}

function firstProblem(s: ScenarioResult): string {
  const f = s.failures[0]
  if (f !== undefined) return f.message
  const d = s.diagnostics[0]
  return d === undefined ? (s.description ?? '') : `${d.file}:${d.line}: ${d.message}`
}

function details(s: ScenarioResult): string[] {
  const lines = [
    ...s.diagnostics.map(
      (d) => `${d.file}:${d.line}:${d.col}: ${d.severity} ${d.rule}: ${d.message}`
    ),
    ...s.failures.flatMap((f) => [
      `${f.message}${f.file === undefined ? '' : ` (${f.file}${f.line === undefined ? '' : `:${f.line}`})`}`,
      ...(f.detail === undefined ? [] : f.detail.split('\n').map((l) => `  ${l}`))
    ])
  ]
  let text = lines.join('\n')
  if (text.length > DETAIL_LIMIT) text = `${text.slice(0, DETAIL_LIMIT)}\n… (clipped)`
  const what = s.failures.some((f) => f.detail?.includes('expected ') === true)
    ? 'argv diff and failures'
    : 'failures'
  return [
    '<details>',
    `<summary>${html(s.name)}: ${what}</summary>`,
    '',
    '```text',
    text.replace(/```/g, "'''"),
    '```',
    '',
    '</details>',
    ''
  ]
}

/** The runbook's steps with those its scenarios reached; past the limit, sections of steps. */
export function flowchart(c: RunbookCoverage): string[] {
  const n = c.steps.length
  const nodes: { label: string; covered: boolean }[] = []
  if (n <= MERMAID_STEP_LIMIT) {
    c.steps.forEach((s, i) =>
      nodes.push({
        label: `${i + 1}. ${s.id}${s.hits > 0 ? ` (${s.hits})` : ''}`,
        covered: s.hits > 0
      })
    )
  } else {
    const size = Math.ceil(n / 50)
    for (let from = 0; from < n; from += size) {
      const part = c.steps.slice(from, Math.min(n, from + size))
      const hit = part.filter((s) => s.hits > 0).length
      nodes.push({
        label: `steps ${from + 1}-${from + part.length}: ${hit}/${part.length} reached`,
        covered: hit === part.length
      })
    }
  }
  const lines = ['```mermaid', 'flowchart TD']
  nodes.forEach((node, i) => {
    lines.push(
      `  s${i}["${node.label.replace(/"/g, '#quot;').replace(/[<>]/g, '')}"]:::${node.covered ? 'covered' : 'uncovered'}`
    )
    if (i > 0) lines.push(`  s${i - 1} --> s${i}`)
  })
  lines.push(
    '  classDef covered fill:#d1f7d6,stroke:#1a7f37',
    '  classDef uncovered fill:#ffffff,stroke:#cf222e,stroke-dasharray: 4 2',
    '```'
  )
  return lines
}

function staleSection(stale: readonly StaleCheck[]): string[] {
  const out = ['### Compiled runbooks and their TSGs', '']
  for (const s of stale) {
    const state =
      s.error !== undefined
        ? `⚠️ cannot check: ${cell(s.error)}`
        : s.stale
          ? '❌ stale: the TSG changed since the runbook was compiled (its source digest differs)'
          : s.diff === ''
            ? '✅ up to date'
            : '⚠️ the digest matches, but the compiler now writes something else'
    out.push(`- \`${md(s.runbook)}\` from \`${md(s.tsg)}\`: ${state}`)
    if (s.diff !== '') {
      let diff = s.diff
      if (diff.length > DETAIL_LIMIT) diff = `${diff.slice(0, DETAIL_LIMIT)}\n… (clipped)`
      out.push(
        '',
        '<details>',
        `<summary>diff: ${html(s.runbook)} as committed → as compiled now</summary>`,
        '',
        '```diff',
        diff.replace(/```/g, "'''"),
        '```',
        '',
        '</details>',
        ''
      )
    }
  }
  out.push('')
  return out
}

function md(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/`/g, "'")
}

function html(s: string): string {
  return md(s)
}

function cell(s: string): string {
  const one = s.replace(/\r?\n/g, ' ')
  return md(one.length > 300 ? `${one.slice(0, 299)}…` : one).replace(/\|/g, '\\|')
}
