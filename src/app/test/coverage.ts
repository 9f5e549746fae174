// Coverage of a runbook by its scenarios (pure): which steps at least one scenario started, and
// which assertions were seen both passing and failing. Each step is one item and each assertion two
// (its pass and its fail), so `percent` = covered items / all items.
import type { RunbookV0, YamlSource } from '../../runbook/index.js'
import type { ScenarioResult } from './result.js'

export interface StepCoverage {
  id: string
  /** 1-based line of the step in the runbook (0 when unknown). */
  line: number
  /** How many scenarios started it. */
  hits: number
}

export interface AssertionCoverage {
  step: string
  index: number
  line: number
  /** How many scenarios saw it pass, and fail. */
  passed: number
  failed: number
}

export interface RunbookCoverage {
  runbook: string
  steps: StepCoverage[]
  assertions: AssertionCoverage[]
  totals: {
    steps: number
    stepsCovered: number
    assertions: number
    assertionsPassedSeen: number
    assertionsFailedSeen: number
    assertionsBothWays: number
    items: number
    itemsCovered: number
    /** 0-100, one decimal; 100 for a runbook with nothing to cover. */
    percent: number
  }
}

/** Coverage of `runbook` by the results of its scenarios (errors contribute nothing). */
export function coverageOf(
  file: string,
  runbook: RunbookV0,
  source: YamlSource | undefined,
  results: readonly ScenarioResult[]
): RunbookCoverage {
  const line = (path: (string | number)[]): number => source?.locate(path).line ?? 0
  const steps: StepCoverage[] = runbook.steps.map((s, i) => ({
    id: s.id,
    line: line(['steps', i]),
    hits: results.filter((r) => r.reached.includes(s.id)).length
  }))
  const assertions: AssertionCoverage[] = runbook.steps.flatMap((s, i) =>
    (s.assertions ?? []).map((_, j) => {
      const seen = results.map((r) => r.assertions.filter((a) => a.step === s.id && a.index === j))
      return {
        step: s.id,
        index: j,
        line: line(['steps', i, 'assertions', j]),
        passed: seen.filter((list) => list.some((a) => a.passed)).length,
        failed: seen.filter((list) => list.some((a) => !a.passed)).length
      }
    })
  )
  const stepsCovered = steps.filter((s) => s.hits > 0).length
  const passedSeen = assertions.filter((a) => a.passed > 0).length
  const failedSeen = assertions.filter((a) => a.failed > 0).length
  const items = steps.length + 2 * assertions.length
  const itemsCovered = stepsCovered + passedSeen + failedSeen
  return {
    runbook: file,
    steps,
    assertions,
    totals: {
      steps: steps.length,
      stepsCovered,
      assertions: assertions.length,
      assertionsPassedSeen: passedSeen,
      assertionsFailedSeen: failedSeen,
      assertionsBothWays: assertions.filter((a) => a.passed > 0 && a.failed > 0).length,
      items,
      itemsCovered,
      percent: items === 0 ? 100 : Math.floor((1000 * itemsCovered) / items) / 10
    }
  }
}

/** lcov tracefile: steps are lines (DA), each assertion a pair of branches (pass, fail) (BRDA). */
export function lcov(coverages: readonly RunbookCoverage[]): string {
  const out: string[] = []
  for (const c of coverages) {
    out.push('TN:', `SF:${c.runbook}`)
    for (const s of c.steps) out.push(`FN:${s.line},${s.id}`)
    for (const s of c.steps) out.push(`FNDA:${s.hits},${s.id}`)
    out.push(`FNF:${c.steps.length}`, `FNH:${c.totals.stepsCovered}`)
    c.assertions.forEach((a, block) => {
      out.push(`BRDA:${a.line},${block},0,${a.passed}`, `BRDA:${a.line},${block},1,${a.failed}`)
    })
    out.push(
      `BRF:${2 * c.assertions.length}`,
      `BRH:${c.totals.assertionsPassedSeen + c.totals.assertionsFailedSeen}`
    )
    const lines = new Map<number, number>()
    for (const s of c.steps) lines.set(s.line, Math.max(lines.get(s.line) ?? 0, s.hits))
    for (const [l, hits] of [...lines].sort((a, b) => a[0] - b[0])) out.push(`DA:${l},${hits}`)
    out.push(`LF:${lines.size}`, `LH:${[...lines.values()].filter((h) => h > 0).length}`)
    out.push('end_of_record')
  }
  return `${out.join('\n')}\n`
}
