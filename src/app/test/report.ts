// The reports of `runbook test`: the text the terminal shows (one line per scenario, the details of
// each failure, the closing count), JSON, and JUnit XML (one testsuite per runbook, one testcase per
// scenario). Pure; paths are already relative, and the order is the order of the run.
import { formatDiagnostic } from '../../runbook/index.js'
import { xmlEscape } from '../../providers/replay/xml.js'
import type { RunbookCoverage } from './coverage.js'
import type { ScenarioResult } from './result.js'
import type { RunbookTest, TestRun } from './run-tests.js'

export interface Tally {
  passed: number
  failed: number
  /** Scenarios that could not run (invalid input). */
  errors: number
  /** Runbooks that could not be loaded. */
  invalid: number
  untested: string[]
}

export function tally(run: TestRun): Tally {
  const all = run.runbooks.flatMap((r) => r.scenarios)
  return {
    passed: all.filter((s) => s.status === 'passed').length,
    failed: all.filter((s) => s.status === 'failed').length,
    errors: all.filter((s) => s.status === 'error').length,
    invalid: run.runbooks.filter((r) => r.diagnostics.length > 0).length,
    untested: run.runbooks
      .filter((r) => r.diagnostics.length === 0 && r.scenarios.length === 0)
      .map((r) => r.runbook)
  }
}

const MARK = { passed: '✓', failed: '✗', error: '!' } as const

/** The line of one scenario and, when it did not pass, what went wrong, indented. */
export function scenarioText(s: ScenarioResult): string {
  const head = `${MARK[s.status]} ${s.runbook} › ${s.name}${s.status === 'error' ? ': invalid input' : ''} (${s.durationMs} ms)`
  const lines = [head]
  for (const d of s.diagnostics) lines.push(`    ${formatDiagnostic(d)}`)
  for (const f of s.failures) {
    const where =
      f.file === undefined ? '' : ` (${f.file}${f.line === undefined ? '' : `:${f.line}`})`
    lines.push(`    ${f.message}${where}`)
    if (f.detail !== undefined) for (const l of f.detail.split('\n')) lines.push(`      ${l}`)
  }
  if (s.status === 'failed' && s.runDir !== undefined) lines.push(`    run directory: ${s.runDir}`)
  return `${lines.join('\n')}\n`
}

/** The whole text report: invalid runbooks, every scenario, coverage (when asked), the count. */
export function textReport(run: TestRun, coverage: boolean): string {
  let out = ''
  for (const p of run.missing) out += `! ${p}: no such file or directory\n`
  for (const r of run.runbooks) {
    if (r.diagnostics.length > 0) {
      out += `! ${r.runbook}: invalid runbook, not tested\n`
      for (const d of r.diagnostics) out += `    ${formatDiagnostic(d)}\n`
    }
    for (const s of r.scenarios) out += scenarioText(s)
  }
  const t = tally(run)
  for (const u of t.untested) out += `- ${u}: no scenario (untested)\n`
  if (coverage) out += coverageText(run)
  return out + closingLine(t)
}

/** `N passed, N failed` (and what could not run, when something could not). */
export function closingLine(t: Tally): string {
  const extra = [
    t.errors > 0 ? `${t.errors} invalid scenario${t.errors === 1 ? '' : 's'}` : '',
    t.invalid > 0 ? `${t.invalid} invalid runbook${t.invalid === 1 ? '' : 's'}` : '',
    t.untested.length > 0
      ? `${t.untested.length} untested runbook${t.untested.length === 1 ? '' : 's'}`
      : ''
  ].filter((x) => x !== '')
  return `${t.passed} passed, ${t.failed} failed${extra.length > 0 ? ` (${extra.join(', ')})` : ''}\n`
}

/** One line per runbook: the percentage, steps covered, assertions seen passing and failing, guards seen
 * taken and not taken, outcomes reached, and what was never reached. */
export function coverageText(run: TestRun): string {
  const rows = run.runbooks.flatMap((r) => (r.coverage === undefined ? [] : [r.coverage]))
  if (rows.length === 0) return ''
  const width = Math.max(...rows.map((c) => c.runbook.length))
  const lines = rows.map((c) => {
    const t = c.totals
    const assertions =
      t.assertions === 0
        ? 'no assertions'
        : `assertions passing ${t.assertionsPassedSeen}/${t.assertions}, failing ${t.assertionsFailedSeen}/${t.assertions}`
    const guards =
      t.guards === 0
        ? ''
        : `, guards taken ${t.guardsTakenSeen}/${t.guards}, not taken ${t.guardsNotTakenSeen}/${t.guards}`
    const outcomes = t.outcomes === 0 ? '' : `, outcomes ${t.outcomesReached}/${t.outcomes}`
    const missed = c.steps.filter((s) => s.hits === 0).map((s) => s.id)
    const unreached = c.outcomes.filter((o) => o.reached === 0).map((o) => `${o.step}→${o.state}`)
    const gaps = [
      missed.length > 0 ? `never reached: ${missed.join(', ')}` : '',
      unreached.length > 0 ? `outcomes never reached: ${unreached.join(', ')}` : ''
    ].filter((x) => x !== '')
    return `  ${c.runbook.padEnd(width)}  ${t.percent.toFixed(1).padStart(5)}%  steps ${t.stepsCovered}/${t.steps}, ${assertions}${guards}${outcomes}${gaps.length > 0 ? `; ${gaps.join('; ')}` : ''}`
  })
  return `coverage:\n${lines.join('\n')}\n`
}

/** The JSON report: every runbook with its scenarios and coverage, and the counts. */
export function jsonReport(run: TestRun): string {
  const t = tally(run)
  return `${JSON.stringify(
    {
      passed: t.failed === 0 && t.errors === 0 && t.invalid === 0 && run.missing.length === 0,
      summary: {
        passed: t.passed,
        failed: t.failed,
        errors: t.errors,
        invalid_runbooks: t.invalid,
        untested: t.untested
      },
      missing: run.missing,
      runbooks: run.runbooks.map((r) => ({
        runbook: r.runbook,
        name: r.name,
        diagnostics: r.diagnostics,
        scenarios: r.scenarios,
        ...(r.coverage === undefined ? {} : { coverage: coverageJson(r.coverage) })
      }))
    },
    null,
    2
  )}\n`
}

export function coverageJson(c: RunbookCoverage): object {
  return {
    ...c.totals,
    steps_detail: c.steps,
    assertions_detail: c.assertions,
    guards_detail: c.guards,
    outcomes_detail: c.outcomes
  }
}

/** JUnit XML: one testsuite per runbook, one testcase per scenario; failures carry the details. */
export function junitReport(run: TestRun): string {
  const suites = run.runbooks.map(suite)
  const t = tally(run)
  const tests = run.runbooks.reduce((n, r) => n + Math.max(1, r.scenarios.length), 0)
  const time = seconds(
    run.runbooks.flatMap((r) => r.scenarios).reduce((n, s) => n + s.durationMs, 0)
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="runbook test" tests="${tests}" failures="${t.failed}" errors="${t.errors + t.invalid}" time="${time}">\n${suites.join('')}</testsuites>\n`
}

function suite(r: RunbookTest): string {
  const attr = (s: string) => xmlEscape(s, true)
  const cases: string[] = []
  if (r.diagnostics.length > 0)
    cases.push(
      `    <testcase name="(runbook)" classname="${attr(r.name)}" file="${attr(r.runbook)}" time="0">\n      <error type="InvalidRunbook" message="${attr(`invalid runbook: ${r.diagnostics.length} error(s)`)}">${xmlEscape(r.diagnostics.map(formatDiagnostic).join('\n'))}</error>\n    </testcase>\n`
    )
  else if (r.scenarios.length === 0)
    cases.push(
      `    <testcase name="(no scenario)" classname="${attr(r.name)}" file="${attr(r.runbook)}" time="0">\n      <skipped message="untested: no scenario for this runbook"/>\n    </testcase>\n`
    )
  for (const s of r.scenarios) {
    const head = `    <testcase name="${attr(s.name)}" classname="${attr(r.name)}" file="${attr(s.scenario ?? r.runbook)}" time="${seconds(s.durationMs)}"`
    if (s.status === 'passed') {
      cases.push(`${head}/>\n`)
      continue
    }
    const body = [
      ...s.diagnostics.map(formatDiagnostic),
      ...s.failures.flatMap((f) => [f.message, ...(f.detail === undefined ? [] : [f.detail])])
    ].join('\n')
    const first =
      s.failures[0]?.message ??
      (s.diagnostics[0] === undefined ? 'invalid input' : formatDiagnostic(s.diagnostics[0]))
    const tag = s.status === 'error' ? 'error' : 'failure'
    const type = s.status === 'error' ? 'InvalidInput' : (s.failures[0]?.kind ?? 'failure')
    cases.push(
      `${head}>\n      <${tag} type="${attr(type)}" message="${attr(first)}">${xmlEscape(body)}</${tag}>\n    </testcase>\n`
    )
  }
  const failures = r.scenarios.filter((s) => s.status === 'failed').length
  const errors =
    r.scenarios.filter((s) => s.status === 'error').length + (r.diagnostics.length > 0 ? 1 : 0)
  const skipped = r.diagnostics.length === 0 && r.scenarios.length === 0 ? 1 : 0
  const time = seconds(r.scenarios.reduce((n, s) => n + s.durationMs, 0))
  return `  <testsuite name="${attr(r.runbook)}" tests="${Math.max(1, r.scenarios.length)}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${time}">\n${cases.join('')}  </testsuite>\n`
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3)
}
