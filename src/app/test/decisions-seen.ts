// What a replayed run decided, read from its trace: each guard evaluated (taken or not) and the
// outcome that ended the run (its index among the step's outcomes), for decision-flow coverage.
import { join } from 'node:path'
import type { RunbookV0 } from '../../runbook/index.js'
import { readTrace } from '../../trace/index.js'
import type { GuardSeen, OutcomeSeen } from './result.js'

export interface DecisionsSeen {
  guards: GuardSeen[]
  outcome?: OutcomeSeen
}

/** The decisions in `runDir`'s trace; a guard that could not be evaluated counts neither way. */
export async function decisionsSeen(runDir: string, runbook: RunbookV0): Promise<DecisionsSeen> {
  const { records } = await readTrace(join(runDir, 'trace.jsonl'))
  const guards: GuardSeen[] = []
  // Outcome conditions found false, per step index: the first outcome not among them is the one
  // that ended the run (outcomes without `when` hold, and record no decision).
  const falseOutcomes = new Map<number, Set<number>>()
  let ended: number | undefined
  for (const r of records) {
    if (r.type === 'decision_recorded' && r.result !== null) {
      if (r.kind === 'guard') guards.push({ step: r.step_id, taken: r.result })
      else if (!r.result && r.outcome_index !== undefined) {
        const set = falseOutcomes.get(r.step_index) ?? new Set<number>()
        set.add(r.outcome_index)
        falseOutcomes.set(r.step_index, set)
      }
    } else if (r.type === 'run_finished' && r.outcome !== undefined) ended = r.outcome.step_index
  }
  if (ended === undefined) return { guards }
  const step = runbook.steps[ended]
  const skipped = falseOutcomes.get(ended) ?? new Set<number>()
  const index = (step?.outcomes ?? []).findIndex((_, j) => !skipped.has(j))
  return step === undefined || index === -1
    ? { guards }
    : { guards, outcome: { step: step.id, index } }
}
