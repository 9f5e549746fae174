// The cli provider of replay mode: answers each cli step from the scenario, in-process. No process
// is ever started and no binary is looked up: argv[0] resolves to itself, by name. A call no
// scenario step matches fails its step (fail-closed); expected calls still owed when the run ends
// are reported by finish(), which the engine turns into a failed run.
import { matchesAnyGlob } from '../../engine/glob.js'
import type { StepResult } from '../../engine/model.js'
import type { Clock, ResolvedCommand } from '../../engine/ports.js'
import type { CliExecution, CliOutcome, CliProvider } from '../../engine/providers.js'
import { renderGoTemplate } from './go-template.js'
import { ReplayMatcher } from './matcher.js'
import { describeNoMatch, where } from './mismatch.js'
import type { Scenario } from './scenario-model.js'
import { stepLabel } from './scenario-model.js'

/** respond.delay is capped at this by default: a replay stays quick even with a careless delay. */
export const MAX_REPLAY_DELAY_MS = 5000

export interface ReplayCliOptions {
  /** Sleeps for respond.delay and measures durations (the engine's clock). */
  clock: Pick<Clock, 'sleep' | 'monotonicMs'>
  /** Skip respond.delay entirely (--no-delay). */
  noDelay?: boolean
  /** Cap on respond.delay in milliseconds (default MAX_REPLAY_DELAY_MS). */
  maxDelayMs?: number
  /** Environment whose variables override meta.vars of the same name, as in cli-replay. */
  env?: Readonly<Record<string, string | undefined>>
  /** deny_env_vars besides the scenario's own (the runbook's): such variables never override. */
  denyEnvVars?: readonly string[]
  /** Hides secrets in mismatch messages (the runbook's redaction). */
  redact?: (text: string) => string
}

/** One cli step execution and the scenario step (flat index) that answered it, or null. */
export interface ReplayCallRecord {
  step_id: string
  attempt: number
  scenario_index: number | null
}

/** What the reports need from a replay: the scenario's steps with their call counts. */
export interface ReplaySnapshot {
  scenario: { name: string; file: string; format: Scenario['format'] }
  steps: {
    index: number
    label: string
    group?: string
    min: number
    max: number
    calls: number
    line: number
  }[]
  captures: Record<string, string>
  calls: ReplayCallRecord[]
  /** True once the run reached its end and finish() checked the scenario. */
  finished: boolean
  /** finish()'s findings: expected calls the run never made. */
  unconsumed: string[]
}

/** meta.vars with environment overrides, skipping empty values and denied names (cli-replay). */
export function scenarioVars(
  scenario: Scenario,
  env: Readonly<Record<string, string | undefined>> = {},
  deny: readonly string[] = []
): Record<string, string> {
  const vars: Record<string, string> = {}
  for (const [name, value] of Object.entries(scenario.vars)) {
    const override = env[name]
    vars[name] =
      override !== undefined && override !== '' && !matchesAnyGlob(name, deny) ? override : value
  }
  return vars
}

export class ReplayCliProvider implements CliProvider {
  readonly mode = 'replay' as const
  private readonly matcher: ReplayMatcher
  private readonly calls: ReplayCallRecord[] = []
  private unconsumed: string[] = []
  private finished = false

  constructor(
    readonly scenario: Scenario,
    private readonly opts: ReplayCliOptions
  ) {
    const deny = [...scenario.denyEnvVars, ...(opts.denyEnvVars ?? [])]
    this.matcher = new ReplayMatcher(scenario, scenarioVars(scenario, opts.env, deny))
  }

  validate(): string[] {
    return []
  }

  /** By name only: replay never looks for (or runs) a real binary. */
  resolve(argv0: string): Promise<ResolvedCommand> {
    return Promise.resolve({ path: argv0 })
  }

  /** Answers the step from the scenario, or fails it with the argv diff. */
  async execute(exec: CliExecution): Promise<CliOutcome> {
    const started = this.opts.clock.monotonicMs()
    const outcome = (extra: Partial<CliOutcome>): CliOutcome => ({
      exitCode: null,
      signal: null,
      timedOut: false,
      cancelled: false,
      durationMs: Math.max(0, this.opts.clock.monotonicMs() - started),
      ...extra
    })
    if (exec.signal.aborted) return outcome({ cancelled: true })
    const call = { argv: exec.rendered.argv, stdin: exec.rendered.stdin ?? '' }
    const result = this.matcher.match(call)
    const record = { step_id: exec.step.id, attempt: exec.attempt }
    if (!result.ok) {
      this.calls.push({ ...record, scenario_index: null })
      const message = describeNoMatch(result.noMatch, this.matcher, this.opts.redact)
      return outcome({ error: { code: 'REPLAY_NO_MATCH', message } })
    }
    const step = result.step
    this.calls.push({ ...record, scenario_index: step.index })
    const { vars, captures } = this.matcher
    const stdout = renderGoTemplate(step.stdout.parts, vars, captures)
    const stderr = renderGoTemplate(step.stderr.parts, vars, captures)
    this.matcher.capture(step)
    if (stdout !== '') await exec.stdout.push(Buffer.from(stdout))
    if (stderr !== '') await exec.stderr.push(Buffer.from(stderr))
    const delay = this.opts.noDelay === true ? 0 : Math.min(step.delayMs, this.maxDelay())
    if (delay > 0) {
      try {
        await this.opts.clock.sleep(delay, exec.signal)
      } catch {
        // An aborted sleep: the run pauses below, as it would if a real process were killed.
      }
      if (exec.signal.aborted) return outcome({ cancelled: true })
    }
    return outcome({ exitCode: step.exit })
  }

  /** Expected calls the run never made: one message per scenario step below its min. */
  finish(): Promise<string[]> {
    this.finished = true
    this.unconsumed = this.scenario.steps
      .filter((s) => (this.matcher.counts[s.index] ?? 0) < s.min)
      .map((s) => {
        const group = s.group === undefined ? '' : ` in group '${this.groupName(s.group)}'`
        const n = this.matcher.counts[s.index] ?? 0
        return `unconsumed expectation: scenario ${where(s, this.matcher)}${group} was called ${n} time(s), expected at least ${s.min}`
      })
    return Promise.resolve(this.unconsumed)
  }

  /**
   * Brings the scenario up to date with the cli steps a resumed run already did (from RunState
   * history), so a paused replay resumes where it stopped. Returns problems; empty when all fit.
   */
  restore(history: readonly StepResult[]): string[] {
    for (const r of history) {
      // Steps without an exit code never reached the scenario (no match, or cancelled).
      if (r.type !== 'cli' || r.argv === undefined || typeof r.exit_code !== 'number') continue
      const result = this.matcher.match({ argv: r.argv })
      if (!result.ok)
        return [
          `cannot resume the replay: step '${r.step_id}' ran before the pause, but its recorded argv no longer fits the scenario\n${describeNoMatch(result.noMatch, this.matcher)}`
        ]
      this.matcher.capture(result.step)
      this.calls.push({ step_id: r.step_id, attempt: r.attempt, scenario_index: result.step.index })
    }
    return []
  }

  /** The replay's state, for reports. */
  snapshot(): ReplaySnapshot {
    const { name, file, format } = this.scenario
    return {
      scenario: { name, file, format },
      steps: this.scenario.steps.map((s) => ({
        index: s.index,
        label: stepLabel(s),
        ...(s.group === undefined ? {} : { group: this.groupName(s.group) }),
        min: s.min,
        max: s.max,
        calls: this.matcher.counts[s.index] ?? 0,
        line: s.line
      })),
      captures: { ...this.matcher.captures },
      calls: [...this.calls],
      finished: this.finished,
      unconsumed: [...this.unconsumed]
    }
  }

  private groupName(group: number): string {
    return this.scenario.groups[group]?.name ?? `group-${group + 1}`
  }

  private maxDelay(): number {
    return this.opts.maxDelayMs ?? MAX_REPLAY_DELAY_MS
  }
}
