// `runbook test`: find the runbooks under the given paths and their scenarios, replay every
// scenario (in this process, or spread over worker processes), and gather results and coverage
// per runbook, in a fixed order.
import type { Diagnostic } from '../../runbook/index.js'
import { availableParallelism } from 'node:os'
import { coverageOf } from './coverage.js'
import type { RunbookCoverage } from './coverage.js'
import { findRunbooks, runbookName, scenariosOf, shown } from './discover.js'
import type { RunnableRunbook } from '../load.js'
import type { ScenarioResult } from './result.js'
import type { RunbookCache, ScenarioJob } from './run-scenario.js'
import { loadRunbook, runScenario } from './run-scenario.js'
import type { WorkerSpawn } from './pool.js'
import { runInWorkers } from './pool.js'

export interface TestSettings {
  paths: readonly string[]
  /** Absolute. */
  cwd: string
  runsDir: string
  vars: readonly string[]
  actor: string
  /** Worker processes to use (1: everything in this process); auto: one per core for many scenarios. */
  jobs: number | 'auto'
  /** How to start a worker process (absent: everything runs in this process). */
  worker?: WorkerSpawn
}

export interface RunbookTest {
  /** Relative to the working directory. */
  runbook: string
  /** meta.name, or the file's NAME when the runbook is invalid. */
  name: string
  /** Errors that stop the runbook from being tested at all. */
  diagnostics: Diagnostic[]
  scenarios: ScenarioResult[]
  coverage?: RunbookCoverage
}

export interface TestRun {
  runbooks: RunbookTest[]
  /** Paths given that do not exist. */
  missing: string[]
}

/** Runs every scenario of every runbook under `settings.paths`. */
export async function runTests(settings: TestSettings): Promise<TestRun> {
  const { runbooks: files, missing } = await findRunbooks(settings.cwd, settings.paths)
  const tests: RunbookTest[] = []
  const jobs: { job: ScenarioJob; test: RunbookTest }[] = []
  const runnable = new Map<RunbookTest, RunnableRunbook>()
  const cache: RunbookCache = new Map()
  for (const file of files) {
    const load = await loadRunbook(file, cache)
    const test: RunbookTest = {
      runbook: shown(settings.cwd, file),
      name: load.ok ? load.loaded.runbook.meta.name : runbookName(file),
      diagnostics: load.ok
        ? []
        : load.diagnostics.map((d) => ({ ...d, file: shown(settings.cwd, d.file) })),
      scenarios: []
    }
    tests.push(test)
    if (!load.ok) continue
    runnable.set(test, load.loaded)
    for (const scenario of await scenariosOf(file))
      jobs.push({
        test,
        job: {
          runbook: file,
          scenario,
          cwd: settings.cwd,
          runsDir: settings.runsDir,
          vars: settings.vars,
          actor: settings.actor
        }
      })
  }
  const size = poolSize(settings.jobs, jobs.length)
  const results =
    size > 1 && settings.worker !== undefined
      ? await runInWorkers(
          jobs.map((j) => j.job),
          size,
          settings.worker
        )
      : await sequential(
          jobs.map((j) => j.job),
          cache
        )
  jobs.forEach(({ test }, i) => test.scenarios.push(results[i] as ScenarioResult))
  for (const [test, loaded] of runnable)
    test.coverage = coverageOf(test.runbook, loaded.runbook, loaded.source, test.scenarios)
  return { runbooks: tests, missing }
}

/**
 * Below this many scenarios a worker's start-up (loading the CLI again) costs more than it saves:
 * bench/test-200.mjs measures both ways.
 */
export const AUTO_MIN_SCENARIOS = 24

function poolSize(jobs: number | 'auto', scenarios: number): number {
  if (jobs !== 'auto') return Math.min(jobs, scenarios)
  return scenarios < AUTO_MIN_SCENARIOS ? 1 : Math.min(availableParallelism(), scenarios)
}

async function sequential(
  jobs: readonly ScenarioJob[],
  cache: RunbookCache
): Promise<ScenarioResult[]> {
  const out: ScenarioResult[] = []
  for (const job of jobs) out.push(await runScenario(job, cache))
  return out
}
