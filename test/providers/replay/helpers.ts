// Shared helpers for the replay tests: parse scenario text in memory (response files given as a
// map), a path into the copied cli-replay fixtures, and engine deps that replay through the real
// driver.
import { startRun } from '../../../src/engine/driver.js'
import type { RunState, StepResult } from '../../../src/engine/model.js'
import { stepResults } from '../../../src/engine/reduce.js'
import type { ManualProvider } from '../../../src/engine/providers.js'
import type { ReplayCliOptions } from '../../../src/providers/replay/replay-cli.js'
import { ReplayCliProvider } from '../../../src/providers/replay/replay-cli.js'
import { ReplayManualProvider } from '../../../src/providers/replay/replay-manual.js'
import type { Diagnostic, EvidenceFile, RunbookV0 } from '../../../src/runbook/index.js'
import type { Scenario } from '../../../src/providers/replay/scenario-model.js'
import type { ScenarioParse } from '../../../src/providers/replay/scenario-parse.js'
import { parseScenarioText } from '../../../src/providers/replay/scenario-parse.js'
import { fakeDeps, START } from '../../helpers/engine-fakes.js'
import { fixture } from '../../helpers/fixtures.js'

/** Parses scenario text; `files` are the response files beside it. */
export function parse(text: string, files: Record<string, string> = {}): ScenarioParse {
  return parseScenarioText(text, 'scenario.yaml', {
    readFile: (rel) => {
      const body = files[rel]
      return body === undefined
        ? { ok: false, reason: 'no such file' }
        : { ok: true, text: body, path: `/s/${rel}` }
    },
    resolvePath: (rel) => `/s/${rel}`
  })
}

/** Parses scenario text that must be valid. */
export function scenarioOf(text: string, files: Record<string, string> = {}): Scenario {
  const r = parse(text, files)
  if (r.scenario === undefined)
    throw new Error(r.diagnostics.map((d) => `${d.line}: ${d.rule} ${d.message}`).join('\n'))
  return r.scenario
}

/** `rule@line` for each diagnostic, for compact assertions. */
export function ruleLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.rule}@${d.line}`)
}

/** A file among the cli-replay fixtures (test/fixtures/cli-replay/...). */
export const peer = (...parts: string[]): string => fixture('cli-replay', ...parts)

export interface ReplayRig {
  deps: ReturnType<typeof fakeDeps>
  cli: ReplayCliProvider
  /** Every delay the provider slept, in ms. */
  sleeps: number[]
}

export interface RigOptions {
  evidence?: EvidenceFile
  fallback?: ManualProvider
  cli?: Partial<ReplayCliOptions>
  /** Aborts the run's signal when the provider sleeps (an interrupt during respond.delay). */
  abortOnSleep?: boolean
}

/** Engine deps that replay `scenario`: the real driver with the replay providers. */
export function replayRig(
  runbook: RunbookV0,
  scenario: Scenario,
  opts: RigOptions = {}
): ReplayRig {
  const sleeps: number[] = []
  const abort = new AbortController()
  let t = 0
  const clock = {
    now: () => new Date(Date.UTC(2026, 10, 22, 0, 0, 0, t++)).toISOString(),
    monotonicMs: () => t,
    sleep: (ms: number) => {
      sleeps.push(ms)
      if (opts.abortOnSleep === true) abort.abort()
      return Promise.resolve()
    }
  }
  const cli = new ReplayCliProvider(scenario, { clock, ...opts.cli })
  const manual = new ReplayManualProvider({
    evidence: opts.evidence ?? {},
    source: 'scenario.evidence.yaml',
    ...(opts.fallback === undefined ? {} : { fallback: opts.fallback })
  })
  const deps = fakeDeps(runbook, { cli, manual, clock, signal: abort.signal })
  return { deps, cli, sleeps }
}

/** Starts a replay run of `runbook` (mode replay) and returns its final state. */
/** The final state of a run with its history beside it: the step_result records of its trace. */
export type RunView = RunState & { history: StepResult[] }

export async function startReplay(
  rig: ReplayRig,
  vars: Record<string, string> = {}
): Promise<RunView> {
  const state = await startRun(rig.deps, {
    ...START,
    mode: 'replay',
    steps_total: rig.deps.runbook.steps.length,
    vars
  })
  return { ...state, history: stepResults(rig.deps.store.records) }
}
