// The replay verdict for test dashboards: JUnit XML with one <testcase> per runbook step (name =
// step id, classname = runbook name; a failure carries the full reason, argv diff included; a step
// never reached is skipped), plus one testcase for the scenario itself, so that unconsumed
// expectations and a run refused before its first step also show as failures.
import { runbookStepVerdicts } from './step-verdicts.js'
import type { RunbookStepVerdict } from './step-verdicts.js'
import type { ReplayReportInput } from './verify-result.js'
import { verifyResult } from './verify-result.js'
import { xmlEscape as esc } from './xml.js'

interface Case {
  name: string
  seconds: number
  /** failure: [type, full text]; skipped: reason. */
  failure?: [string, string]
  skipped?: string
}

/** Renders the JUnit XML report. */
export function formatJunitReport(input: ReplayReportInput): string {
  const classname = input.runbook.meta.name
  const verdicts = runbookStepVerdicts(input)
  const cases = [...verdicts.map(stepCase), scenarioCase(input, verdicts)]
  const failures = cases.filter((c) => c.failure !== undefined).length
  const skipped = cases.filter((c) => c.skipped !== undefined).length
  const seconds = cases.reduce((sum, c) => sum + c.seconds, 0).toFixed(3)
  const counts = `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds}"`
  const props: [string, string][] = [
    ['scenario', input.replay.scenario.name],
    ['scenario_file', input.replay.scenario.file],
    ['run_id', input.state.run_id],
    ['mode', input.state.mode]
  ]
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="runbook replay" ${counts}>`,
    `  <testsuite name="${esc(classname, true)}" ${counts} timestamp="${esc(input.state.started_at, true)}">`,
    '    <properties>',
    ...props.map(([n, v]) => `      <property name="${n}" value="${esc(v, true)}"/>`),
    '    </properties>',
    ...cases.map((c) => testcase(c, classname)),
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n')
}

function testcase(c: Case, classname: string): string {
  const open = `    <testcase name="${esc(c.name, true)}" classname="${esc(classname, true)}" time="${c.seconds.toFixed(3)}"`
  if (c.skipped !== undefined)
    return `${open}>\n      <skipped message="${esc(c.skipped, true)}"/>\n    </testcase>`
  if (c.failure === undefined) return `${open}/>`
  const [type, text] = c.failure
  const message = text.split('\n')[0] ?? ''
  return `${open}>\n      <failure message="${esc(message, true)}" type="${type}">${esc(text)}</failure>\n    </testcase>`
}

function stepCase(v: RunbookStepVerdict): Case {
  const seconds = (v.result?.duration_ms ?? 0) / 1000
  const detail = v.detail ?? v.status
  if (v.status === 'failed') {
    const type = detail.startsWith('replay: ') ? 'ReplayMismatch' : 'StepFailure'
    return { name: v.id, seconds, failure: [type, detail] }
  }
  if (v.status === 'paused') return { name: v.id, seconds, failure: ['Paused', detail] }
  if (v.status === 'not reached') return { name: v.id, seconds, skipped: detail }
  return { name: v.id, seconds }
}

function scenarioCase(input: ReplayReportInput, verdicts: RunbookStepVerdict[]): Case {
  const name = `(scenario) ${input.replay.scenario.name}`
  const result = verifyResult(input)
  if (result.passed) return { name, seconds: 0 }
  if (verdicts.some((v) => v.status === 'failed' || v.status === 'paused'))
    return { name, seconds: 0, skipped: 'not checked: the run stopped at a failed or paused step' }
  const owed = result.steps.filter((s) => !s.passed)
  const text = [
    result.error ?? 'the replay did not pass',
    ...owed.map((s) => `step ${s.index + 1}: ${s.label}: ${s.call_count} call(s), min ${s.min}`)
  ].join('\n')
  return {
    name,
    seconds: 0,
    failure: [owed.length > 0 ? 'UnconsumedExpectation' : 'RunFailure', text]
  }
}
