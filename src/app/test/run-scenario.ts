// One scenario of `runbook test`: read its expectations and inputs, replay the runbook against it
// through the application layer's own replay run (startRunbook: the same providers, engine, run
// directory and trace as `runbook exec --mode replay`), and judge the run. Bad input becomes an
// `error` result with located diagnostics, never a throw.
import { readFile } from 'node:fs/promises'
import type { TraceRecord } from '../../engine/events.js'
import type { RunView } from '../../engine/model.js'
import type { Diagnostic } from '../../runbook/index.js'
import { fileDiagnostic } from '../../runbook/index.js'
import { AppError } from '../errors.js'
import type { RunnableRunbook } from '../load.js'
import { validateBytes } from '../load.js'
import type { AppIo } from '../ports.js'
import { startRunbook } from '../start.js'
import { shown } from './discover.js'
import type { ScenarioFiles } from './discover.js'
import { decisionsSeen, isDecisive } from './decisions-seen.js'
import { assertionsSeen, evaluate, outcomeOf, reachedSteps } from './evaluate.js'
import type { Expectations } from './expectations.js'
import { DEFAULT_EXPECTATIONS, parseExpectations, parseInputs } from './expectations.js'
import type { ScenarioResult } from './result.js'

export interface ScenarioJob {
  /** Absolute paths. */
  runbook: string
  scenario: ScenarioFiles
  cwd: string
  runsDir: string
  /** `NAME=VALUE` from --var: they override inputs.yaml. */
  vars: readonly string[]
  actor: string
}

/** Runbooks read once per test run (a runbook has several scenarios), keyed by absolute path. */
export type RunbookCache = Map<string, Promise<RunbookLoad>>

/** A runbook ready to run, or why it is not. */
export type RunbookLoad =
  { ok: true; loaded: RunnableRunbook } | { ok: false; diagnostics: readonly Diagnostic[] }

/** Runs one scenario; never throws for bad input. */
export async function runScenario(job: ScenarioJob, cache: RunbookCache): Promise<ScenarioResult> {
  const started = performance.now()
  const base = {
    runbook: shown(job.cwd, job.runbook),
    name: job.scenario.name,
    ...(job.scenario.scenario === undefined
      ? {}
      : { scenario: shown(job.cwd, job.scenario.scenario) }),
    ...(job.scenario.test === undefined ? {} : { test: shown(job.cwd, job.scenario.test) })
  }
  const error = (diagnostics: readonly Diagnostic[], message?: string): ScenarioResult => ({
    ...base,
    status: 'error',
    durationMs: Math.round(performance.now() - started),
    failures: message === undefined || message === '' ? [] : [{ kind: 'input', message }],
    diagnostics: diagnostics.map((d) => ({ ...d, file: shown(job.cwd, d.file) })),
    reached: [],
    assertions: []
  })
  const load = await loadRunbook(job.runbook, cache)
  if (!load.ok) return error(load.diagnostics)
  const runnable = load.loaded
  const prepared = await prepare(job, runnable)
  if ('diagnostics' in prepared) return error(prepared.diagnostics, prepared.message)
  const { expectations, inputs } = prepared
  const warnings: Diagnostic[] = []
  const decisive: TraceRecord[] = []
  let outcome
  try {
    outcome = await startRunbook(
      runnable,
      {
        mode: 'replay',
        scenario: job.scenario.scenario,
        delay: false,
        // inputs.yaml, then --var; the environment is not read (a test means the same everywhere).
        vars: [...Object.entries(inputs).map(([k, v]) => `${k}=${v}`), ...job.vars],
        actor: job.actor,
        runsDir: job.runsDir,
        // A test's run directory is never resumed: it is written without fsync (docs/TESTING.md).
        durable: false
      },
      quietIo(job.cwd, warnings, (r) => {
        if (isDecisive(r)) decisive.push(r)
      })
    )
  } catch (err) {
    if (!(err instanceof AppError)) throw err
    return error(err.diagnostics, err.message)
  }
  if (outcome.kind !== 'run' || outcome.replay === undefined)
    throw new Error('a replay start must return a replay run')
  const state: RunView = { ...outcome.state, history: outcome.results }
  const failures = evaluate(expectations, {
    state,
    runbookName: outcome.runbook.meta.name,
    runError: outcome.runError,
    replay: outcome.replay.snapshot(),
    scenarioFile: base.scenario ?? shown(job.cwd, job.scenario.dir),
    ...(base.test === undefined ? {} : { testFile: base.test })
  })
  const decided = decisionsSeen(decisive, outcome.runbook)
  return {
    ...base,
    ...(expectations.description === undefined ? {} : { description: expectations.description }),
    status: failures.length === 0 ? 'passed' : 'failed',
    durationMs: Math.round(performance.now() - started),
    runId: state.run_id,
    runDir: shown(job.cwd, outcome.dir),
    runStatus: state.status,
    outcome: outcomeOf(state),
    failures,
    diagnostics: [],
    reached: reachedSteps(state),
    assertions: assertionsSeen(state),
    guards: decided.guards,
    ...(decided.outcome === undefined ? {} : { outcomeReached: decided.outcome })
  }
}

/**
 * The application layer's ports for a test run: no terminal, no environment, nothing printed;
 * every record the run appends goes to `onRecord`.
 */
function quietIo(
  cwd: string,
  warnings: Diagnostic[],
  onRecord: (record: TraceRecord) => void
): AppIo {
  return {
    env: {},
    cwd,
    interactive: false,
    warn: (diagnostics) => warnings.push(...diagnostics),
    note: () => undefined,
    watch: () => ({
      signal: new AbortController().signal,
      onRecord,
      close: () => undefined
    })
  }
}

/** Reads and validates a runbook once per test run. */
export function loadRunbook(file: string, cache: RunbookCache): Promise<RunbookLoad> {
  let entry = cache.get(file)
  if (entry === undefined) {
    entry = readRunbook(file)
    cache.set(file, entry)
  }
  return entry
}

async function readRunbook(file: string): Promise<RunbookLoad> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (err) {
    return { ok: false, diagnostics: [fileDiagnostic(file, err)] }
  }
  try {
    return { ok: true, loaded: validateBytes(bytes, file) }
  } catch (err) {
    if (!(err instanceof AppError)) throw err
    return { ok: false, diagnostics: err.diagnostics }
  }
}

interface Prepared {
  expectations: Expectations
  inputs: Record<string, string>
}

/** Expectations and inputs, and that there is a scenario; or every diagnostic they have. */
async function prepare(
  job: ScenarioJob,
  loaded: RunnableRunbook
): Promise<Prepared | { diagnostics: Diagnostic[]; message?: string }> {
  const diagnostics: Diagnostic[] = []
  let expectations = DEFAULT_EXPECTATIONS
  if (job.scenario.test !== undefined) {
    const text = await readText(job.scenario.test, diagnostics)
    if (text !== undefined) {
      const parsed = parseExpectations(text, job.scenario.test, loaded.runbook)
      diagnostics.push(...parsed.diagnostics.filter((d) => d.severity === 'error'))
      if (parsed.expectations !== undefined) expectations = parsed.expectations
    }
  }
  let inputs: Record<string, string> = {}
  if (job.scenario.inputs !== undefined) {
    const text = await readText(job.scenario.inputs, diagnostics)
    if (text !== undefined) {
      const parsed = parseInputs(text, job.scenario.inputs, loaded.runbook)
      diagnostics.push(...parsed.diagnostics)
      inputs = parsed.vars ?? {}
    }
  }
  if (job.scenario.scenario === undefined)
    return {
      diagnostics,
      message: `no scenario.yaml in ${shown(job.cwd, job.scenario.dir)}: nothing would answer the runbook's commands`
    }
  return diagnostics.length > 0 ? { diagnostics } : { expectations, inputs }
}

async function readText(file: string, diagnostics: Diagnostic[]): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (err) {
    diagnostics.push(fileDiagnostic(file, err))
    return undefined
  }
}
