// What a replayed run decided, from the records its trace holds (as the engine appended them):
// each guard evaluated (taken or not) and the outcome that ended the run (its index among the
// step's outcomes), for decision-flow coverage.
import type { TraceRecord } from '../../engine/events.js'
import type { RunbookV0 } from '../../runbook/index.js'
import type { GuardSeen, OutcomeSeen } from './result.js'

export interface DecisionsSeen {
  guards: GuardSeen[]
  outcome?: OutcomeSeen
}

/** The run's decision records and how it finished: all decisionsSeen() needs of its trace. */
export function isDecisive(record: TraceRecord): boolean {
  return record.type === 'decision_recorded' || record.type === 'run_finished'
}

/** The decisions among `records`; a guard that could not be evaluated counts neither way. */
export function decisionsSeen(records: readonly TraceRecord[], runbook: RunbookV0): DecisionsSeen {
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
