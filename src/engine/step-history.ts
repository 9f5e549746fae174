// The run's step results, kept beside the run state rather than in it, so that the state (and each
// snapshot of it) stays the same size however long the run grows. Conditions read a step's last
// result (steps.<id>.status, steps.<id>.exit_code, <root>.<id>.<evidence>); the debugger shows
// them all. The run store keeps one as it appends; verify builds one as it walks the trace.
import type { TraceRecord } from './events.js'
import type { StepResult } from './model.js'

/** The last recorded result of a step, by its id; undefined before it has one. */
export type ResultLookup = (stepId: string) => StepResult | undefined

export class StepHistory {
  private readonly byStep = new Map<string, StepResult>()
  private readonly list: StepResult[] = []

  /** Takes one record into account (O(1)). */
  add(record: TraceRecord): void {
    if (record.type !== 'step_result') return
    this.byStep.set(record.result.step_id, record.result)
    this.list.push(record.result)
  }

  last(stepId: string): StepResult | undefined {
    return this.byStep.get(stepId)
  }

  /** Every result, in trace order. */
  all(): readonly StepResult[] {
    return this.list
  }

  static of(records: Iterable<TraceRecord>): StepHistory {
    const h = new StepHistory()
    for (const r of records) h.add(r)
    return h
  }
}
