// The replay verdict for people: each runbook step with its outcome (failures in full, argv diff
// included), then the scenario's steps in cli-replay's verify wording.
import { runbookStepVerdicts } from './step-verdicts.js'
import type { ReplayReportInput } from './verify-result.js'
import { verifyResult } from './verify-result.js'

const MARK = { passed: '✓', failed: '✗', paused: '…', 'not reached': '-' } as const

/** Renders the text report. */
export function formatTextReport(input: ReplayReportInput): string {
  const result = verifyResult(input)
  const file = input.replay.scenario.file.replace(/^.*[\\/]/, '')
  const lines = [
    `Replay of runbook '${input.runbook.meta.name}' with scenario '${result.scenario}' (${file}), run ${result.session}: ${result.passed ? 'PASSED' : 'FAILED'}`,
    '',
    'Runbook steps:'
  ]
  const verdicts = runbookStepVerdicts(input)
  const width = Math.max(...verdicts.map((v) => v.id.length))
  for (const v of verdicts) {
    const answered =
      v.scenarioSteps.length === 0
        ? ''
        : `  <- scenario step ${v.scenarioSteps.map((i) => i + 1).join(', ')}`
    lines.push(`  ${MARK[v.status]} ${v.id.padEnd(width)}  ${v.status}${answered}`)
    if (v.status !== 'passed' && v.detail !== undefined)
      lines.push(...v.detail.split('\n').map((l) => `      ${l}`))
  }
  const complete = result.steps.every((s) => s.passed)
  lines.push(
    '',
    `${complete ? '✓' : '✗'} Scenario "${result.scenario}" ${complete ? 'completed' : 'incomplete'}: ${result.consumed_steps}/${result.total_steps} steps consumed`
  )
  for (const s of result.steps) {
    const calls = `${s.call_count} call${s.call_count === 1 ? '' : 's'}`
    lines.push(
      `  Step ${s.index + 1}: ${s.label} — ${calls} (min: ${s.min}, max: ${s.max}) ${s.passed ? '✓' : '✗'}`
    )
  }
  return `${lines.join('\n')}\n`
}
