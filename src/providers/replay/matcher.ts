// cli-replay's matching semantics over the flat step list. Steps match in strict order; a step may
// take calls until its max, and once its min is met a call that does not match it moves on to the
// following step (soft advance). An unordered group matches its steps in any order and is left
// only when every step in it has met its min (the barrier) or all have reached their max.
// The position only moves forward, so a whole run costs time linear in the scenario's length
// (plus the size of a group for calls inside it).
import { elementMatches } from './argv-pattern.js'
import type { Scenario, ScenarioStep } from './scenario-model.js'

export interface ReplayCall {
  argv: readonly string[]
  /** The call's stdin; undefined skips the stdin check (resume restores calls without it). */
  stdin?: string
}

/** Why no step matched: the steps that were eligible, in the order they were tried. */
export interface NoMatch {
  call: ReplayCall
  tried: ScenarioStep[]
  /** The group whose barrier stopped the search, when one did. */
  barrier?: number
}

export type MatchResult = { ok: true; step: ScenarioStep } | { ok: false; noMatch: NoMatch }

/** cli-replay's stdin comparison: CRLF becomes LF, trailing newlines are dropped. */
export function normalizeStdin(text: string): string {
  return text.replaceAll('\r\n', '\n').replace(/\n+$/, '')
}

export class ReplayMatcher {
  /** Calls matched so far, per flat step. */
  readonly counts: number[]
  /** Captured values (the scenario's respond.capture of the steps matched so far). */
  readonly captures: Record<string, string> = {}
  private position = 0

  constructor(
    readonly scenario: Scenario,
    /** meta.vars after environment overrides: what argv templates render with. */
    readonly vars: Readonly<Record<string, string>>
  ) {
    this.counts = scenario.steps.map(() => 0)
  }

  /** Finds the step answering `call` and counts the call; nothing changes when none matches. */
  match(call: ReplayCall): MatchResult {
    const { steps, groups } = this.scenario
    const tried: ScenarioStep[] = []
    let p = this.position
    while (p < steps.length) {
      const step = steps[p] as ScenarioStep
      if (step.group !== undefined) {
        const group = groups[step.group]
        if (group === undefined) break
        let open = false
        let barrier = false
        for (let i = group.start; i < group.end; i++) {
          const s = steps[i] as ScenarioStep
          const count = this.counts[i] ?? 0
          if (count < s.min) barrier = true
          if (count >= s.max) continue
          open = true
          tried.push(s)
          if (this.matches(s, call)) return this.take(s, group.start)
        }
        if (open && barrier) return { ok: false, noMatch: { call, tried, barrier: step.group } }
        p = group.end
        continue
      }
      const count = this.counts[p] ?? 0
      if (count < step.max) {
        tried.push(step)
        if (this.matches(step, call)) return this.take(step, p)
      }
      if (count < step.min) break
      p++
    }
    return { ok: false, noMatch: { call, tried } }
  }

  /** Adds the step's respond.capture values (after its response was rendered, as cli-replay does). */
  capture(step: ScenarioStep): void {
    Object.assign(this.captures, step.captures)
  }

  /** Does `call` satisfy the step's argv (and stdin, when the step expects one)? */
  matches(step: ScenarioStep, call: ReplayCall): boolean {
    if (step.argv.length !== call.argv.length) return false
    for (let i = 0; i < step.argv.length; i++) {
      const p = step.argv[i]
      if (p === undefined || !elementMatches(p, call.argv[i] ?? '', this.vars, this.captures))
        return false
    }
    if (step.stdin === undefined || call.stdin === undefined) return true
    return normalizeStdin(step.stdin) === normalizeStdin(call.stdin)
  }

  private take(step: ScenarioStep, at: number): MatchResult {
    const count = (this.counts[step.index] ?? 0) + 1
    this.counts[step.index] = count
    this.position = at
    if (step.group === undefined) {
      if (count >= step.max) this.position = step.index + 1
    } else {
      const group = this.scenario.groups[step.group]
      if (group !== undefined && this.allAtMax(group.start, group.end)) this.position = group.end
    }
    return { ok: true, step }
  }

  private allAtMax(start: number, end: number): boolean {
    for (let i = start; i < end; i++)
      if ((this.counts[i] ?? 0) < (this.scenario.steps[i]?.max ?? 0)) return false
    return true
  }
}
