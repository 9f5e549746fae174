// Coverage of a runbook by its scenarios (pure): which steps at least one scenario started, which
// assertions were seen both passing and failing, which guards (`when`) were seen both taken and not
// taken, and which outcomes ended a run. A step is one item, an assertion and a guard two each (both
// ways), an outcome one, so `percent` = covered items / all items.
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

export interface GuardCoverage {
  step: string
  /** Line of the step's `when`. */
  line: number
  /** How many scenarios found it true (the step ran), and false (not_taken). */
  taken: number
  notTaken: number
}

export interface OutcomeCoverage {
  step: string
  index: number
  line: number
  state: string
  /** How many scenarios ended with it. */
  reached: number
}

export interface RunbookCoverage {
  runbook: string
  steps: StepCoverage[]
  assertions: AssertionCoverage[]
  guards: GuardCoverage[]
  outcomes: OutcomeCoverage[]
  totals: {
    steps: number
    stepsCovered: number
    assertions: number
    assertionsPassedSeen: number
    assertionsFailedSeen: number
    assertionsBothWays: number
    guards: number
    guardsTakenSeen: number
    guardsNotTakenSeen: number
    guardsBothWays: number
    outcomes: number
    outcomesReached: number
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
  const count = (pred: (r: ScenarioResult) => boolean): number => results.filter(pred).length
  const steps: StepCoverage[] = runbook.steps.map((s, i) => ({
    id: s.id,
    line: line(['steps', i]),
    hits: count((r) => r.reached.includes(s.id))
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
  const guards: GuardCoverage[] = runbook.steps.flatMap((s, i) =>
    s.when === undefined
      ? []
      : [
          {
            step: s.id,
            line: line(['steps', i, 'when']),
            taken: count((r) => (r.guards ?? []).some((g) => g.step === s.id && g.taken)),
            notTaken: count((r) => (r.guards ?? []).some((g) => g.step === s.id && !g.taken))
          }
        ]
  )
  const outcomes: OutcomeCoverage[] = runbook.steps.flatMap((s, i) =>
    (s.outcomes ?? []).map((o, j) => ({
      step: s.id,
      index: j,
      line: line(['steps', i, 'outcomes', j]),
      state: o.state,
      reached: count((r) => r.outcomeReached?.step === s.id && r.outcomeReached.index === j)
    }))
  )
  const stepsCovered = steps.filter((s) => s.hits > 0).length
  const passedSeen = assertions.filter((a) => a.passed > 0).length
  const failedSeen = assertions.filter((a) => a.failed > 0).length
  const takenSeen = guards.filter((g) => g.taken > 0).length
  const notTakenSeen = guards.filter((g) => g.notTaken > 0).length
  const outcomesReached = outcomes.filter((o) => o.reached > 0).length
  const items = steps.length + 2 * assertions.length + 2 * guards.length + outcomes.length
  const itemsCovered =
    stepsCovered + passedSeen + failedSeen + takenSeen + notTakenSeen + outcomesReached
  return {
    runbook: file,
    steps,
    assertions,
    guards,
    outcomes,
    totals: {
      steps: steps.length,
      stepsCovered,
      assertions: assertions.length,
      assertionsPassedSeen: passedSeen,
      assertionsFailedSeen: failedSeen,
      assertionsBothWays: assertions.filter((a) => a.passed > 0 && a.failed > 0).length,
      guards: guards.length,
      guardsTakenSeen: takenSeen,
      guardsNotTakenSeen: notTakenSeen,
      guardsBothWays: guards.filter((g) => g.taken > 0 && g.notTaken > 0).length,
      outcomes: outcomes.length,
      outcomesReached,
      items,
      itemsCovered,
      percent: items === 0 ? 100 : Math.floor((1000 * itemsCovered) / items) / 10
    }
  }
}

/**
 * lcov tracefile: steps are functions and lines (FN/DA); branches (BRDA) are each assertion's pass
 * and fail, each guard's taken and not taken (on the `when` line), and each step's outcomes (one
 * block per step, one branch per outcome, on the outcome's line).
 */
export function lcov(coverages: readonly RunbookCoverage[]): string {
  const out: string[] = []
  for (const c of coverages) {
    out.push('TN:', `SF:${c.runbook}`)
    for (const s of c.steps) out.push(`FN:${s.line},${s.id}`)
    for (const s of c.steps) out.push(`FNDA:${s.hits},${s.id}`)
    out.push(`FNF:${c.steps.length}`, `FNH:${c.totals.stepsCovered}`)
    let block = 0
    for (const a of c.assertions) {
      out.push(`BRDA:${a.line},${block},0,${a.passed}`, `BRDA:${a.line},${block},1,${a.failed}`)
      block++
    }
    for (const g of c.guards) {
      out.push(`BRDA:${g.line},${block},0,${g.taken}`, `BRDA:${g.line},${block},1,${g.notTaken}`)
      block++
    }
    for (const step of new Set(c.outcomes.map((o) => o.step))) {
      for (const o of c.outcomes.filter((x) => x.step === step))
        out.push(`BRDA:${o.line},${block},${o.index},${o.reached}`)
      block++
    }
    const t = c.totals
    out.push(
      `BRF:${2 * t.assertions + 2 * t.guards + t.outcomes}`,
      `BRH:${t.assertionsPassedSeen + t.assertionsFailedSeen + t.guardsTakenSeen + t.guardsNotTakenSeen + t.outcomesReached}`
    )
    const lines = new Map<number, number>()
    for (const s of c.steps) lines.set(s.line, Math.max(lines.get(s.line) ?? 0, s.hits))
    for (const [l, hits] of [...lines].sort((a, b) => a[0] - b[0])) out.push(`DA:${l},${hits}`)
    out.push(`LF:${lines.size}`, `LH:${[...lines.values()].filter((h) => h > 0).length}`)
    out.push('end_of_record')
  }
  return `${out.join('\n')}\n`
}
