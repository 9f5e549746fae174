// Starting a run, for every face: resolve vars, choose the providers (real, replay, record), create
// the run directory and drive the run to its end or its first pause; or, in dry-run, only plan it.
import { join, relative, resolve } from 'node:path'
import { startRun } from '../engine/driver.js'
import type { RunMode } from '../engine/model.js'
import type { Redactor } from '../engine/output/index.js'
import type { Plan } from '../engine/plan.js'
import { planRun } from '../engine/plan.js'
import type { CliProvider, ManualProvider } from '../engine/providers.js'
import type { ResolvedVars } from '../engine/vars.js'
import { parseVarFlags, resolveVars, VarError } from '../engine/vars.js'
import { GroupLedger, NodeCommandResolver, NodeProcessRunner } from '../providers/cli/index.js'
import { RealCliProvider } from '../providers/cli/real-cli-provider.js'
import { Recorder, writeRecording } from '../providers/replay/index.js'
import { systemClock } from '../providers/system-clock.js'
import { fsErrorReason } from '../runbook/fs-reason.js'
import type { RunbookV0 } from '../runbook/index.js'
import type { FileRunStore } from '../trace/index.js'
import { createRun, GROUP_FILE } from '../trace/index.js'
import { destructiveReason, engineDeps, runbookRedactor } from './deps.js'
import { AppError } from './errors.js'
import type { RunnableRunbook } from './load.js'
import { manualProviderFor } from './manual.js'
import { checkRecordTarget } from './output-targets.js'
import { promptInputs } from './prompt-inputs.js'
import type { AppIo } from './ports.js'
import type { ReplaySource } from './replay.js'
import { loadReplay, replayProviders } from './replay.js'
import type { RunOutcome } from './outcome.js'
import { withSession } from './session.js'

export interface StartRequest extends ReplaySource {
  mode: RunMode
  /** `NAME=VALUE` vars the face was given (flags, an Action input): they override meta.vars and the environment. */
  vars: readonly string[]
  /** Who runs (and approves at a terminal). */
  actor: string
  role?: string
  /** Where run directories go, relative to the working directory. */
  runsDir: string
  /** Real mode: also write a cli-replay scenario of the run to this path. */
  record?: string
  /**
   * Values redacted wherever they appear (trace, outputs, summaries) on top of the runbook's rules:
   * the Action's `vars` values, which may come from secrets. A var whose value is redacted is
   * stored redacted and must be given again on resume.
   */
  secretValues?: readonly string[]
  /** Refuse to start while a var is empty (a runbook compiled from a TSG, whose vars have no default). */
  requireValues?: boolean
  /**
   * false: the run directory is a throwaway test artifact (`runbook test`), written without fsync;
   * the same trace, chain, anchor and run.json, so `verify` checks it alike. Default true.
   */
  durable?: boolean
}

export type StartOutcome = { kind: 'plan'; plan: Plan } | ({ kind: 'run' } & RunOutcome)

/** Starts a run of `loaded` (or plans it in dry-run); throws AppError for bad input. */
export async function startRunbook(
  loaded: RunnableRunbook,
  req: StartRequest,
  io: AppIo
): Promise<StartOutcome> {
  if (req.record !== undefined) await checkRecordTarget(req.record, loaded.file, io.cwd)
  const replay = req.mode === 'replay' ? await loadReplay(loaded.runbook, req, io) : undefined
  const runbook = replay?.runbook ?? loaded.runbook
  let vars: ResolvedVars
  try {
    const flags = parseVarFlags(req.vars)
    const typed = req.mode === 'dry-run' ? {} : await promptInputs(runbook, flags, io)
    vars = resolveVars(runbook, io.env, { ...flags, ...typed })
  } catch (err) {
    if (!(err instanceof VarError)) throw err
    throw new AppError('invalid-input', err.message)
  }
  if (req.requireValues === true) {
    const empty = Object.entries(vars.vars)
      .filter(([, v]) => v === '')
      .map(([k]) => k)
    if (empty.length > 0)
      throw new AppError(
        'invalid-input',
        `the run does not start while a var has no value: ${empty.join(', ')} (give each as NAME=VALUE)`
      )
  }
  const redactor = runbookRedactor(runbook, [...vars.secrets, ...(req.secretValues ?? [])])
  const ledger = new GroupLedger()
  const runner = new NodeProcessRunner({ ledger })
  const real: CliProvider = new RealCliProvider(runner, new NodeCommandResolver())
  if (req.mode === 'dry-run') {
    // The evidence file is checked as a real run would check it (then nothing is asked for).
    if (req.evidenceFile !== undefined)
      await manualProviderFor(
        { evidenceFile: req.evidenceFile, runbook, actor: req.actor },
        { ...io, interactive: false }
      )
    return { kind: 'plan', plan: await dryRun(runbook, vars, real, redactor, io) }
  }
  const role = req.role === undefined ? {} : { role: req.role }
  const base = { loaded, runbook, vars, redactor, req, io, ledger, runner }
  if (replay !== undefined) {
    const fallback = io.interactive
      ? await manualProviderFor({ actor: req.actor, ...role }, io)
      : undefined
    const { cli, manual } = replayProviders(replay, req, redactor, io.env, fallback)
    return {
      kind: 'run',
      ...(await runOnce({ ...base, cli, manual: io.manual?.(manual) ?? manual, mode: 'replay' })),
      replay: cli
    }
  }
  const chosen = await manualProviderFor(
    {
      ...(req.evidenceFile === undefined ? {} : { evidenceFile: req.evidenceFile }),
      runbook,
      actor: req.actor,
      ...role
    },
    io
  )
  const manual = io.manual?.(chosen) ?? chosen
  if (req.record === undefined)
    return { kind: 'run', ...(await runOnce({ ...base, cli: real, manual, mode: 'real' })) }
  const recorder = new Recorder((t) => redactor.redactText(t))
  const run = await runOnce({
    ...base,
    cli: recorder.cli(real),
    manual: recorder.manual(manual),
    mode: 'real'
  })
  const recording = await writeRecording(
    {
      outPath: resolve(io.cwd, req.record),
      runbook,
      state: run.state,
      results: run.results,
      recorder
    },
    run.dir
  )
  return { kind: 'run', ...run, recording }
}

async function dryRun(
  runbook: RunbookV0,
  vars: ResolvedVars,
  cli: CliProvider,
  redactor: Redactor,
  io: AppIo
): Promise<Plan> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(io.env)) if (v !== undefined) env[k] = v
  return planRun(runbook, vars.vars, {
    cli,
    classify: destructiveReason,
    redact: (t) => redactor.redactText(t),
    env,
    cwd: io.cwd,
    joinPath: resolve
  })
}

interface RunInput {
  loaded: RunnableRunbook
  runbook: RunbookV0
  vars: ResolvedVars
  redactor: Redactor
  cli: CliProvider
  manual: ManualProvider
  mode: RunMode
  req: StartRequest
  io: AppIo
  /** Where the real runner records the group a step runs, once the run directory exists. */
  ledger: GroupLedger
  /** The real runner: its spawn helper, if one started, ends with the run. */
  runner: NodeProcessRunner
}

/** Creates the run directory and drives a new run to its end or its first pause. */
async function runOnce(input: RunInput): Promise<RunOutcome> {
  const { runbook, vars, redactor, io, req, manual } = input
  const runsDir = resolve(io.cwd, req.runsDir)
  let store: FileRunStore
  try {
    store = await createRun({
      runsDir,
      runbook: input.loaded.bytes,
      clock: systemClock,
      durable: req.durable ?? true
    })
    input.ledger.attach(join(store.dir, GROUP_FILE))
  } catch (err) {
    throw new AppError(
      'invalid-input',
      `cannot create a run directory under ${runsDir}: ${fsErrorReason(err)}`
    )
  }
  try {
    return await withSession(io, runbook.steps, async (session) => {
      // Vars are stored redacted: a value a redaction rule changes lives only in memory (secretVars)
      // and must be given again on resume.
      const stored: Record<string, string> = {}
      const secretVars: Record<string, string> = {}
      for (const [name, value] of Object.entries(vars.vars)) {
        stored[name] = redactor.redactText(value)
        if (stored[name] !== value) secretVars[name] = value
      }
      const base = engineDeps({
        runbook,
        store,
        cli: input.cli,
        manual: session.manual(manual),
        redactor,
        env: io.env,
        cwd: io.cwd,
        actor: req.actor,
        ...session.deps
      })
      const state = await startRun(
        { ...base, secretVars },
        {
          run_id: store.runId,
          runbook_path: relative(io.cwd, resolve(io.cwd, input.loaded.file)),
          runbook_digest: input.loaded.digest,
          runbook_name: runbook.meta.name,
          mode: input.mode,
          actor: req.actor,
          steps_total: runbook.steps.length,
          vars: stored,
          redacted_vars: Object.keys(secretVars)
        }
      )
      return {
        state,
        runbook,
        dir: store.dir,
        failure: session.failure(),
        runError: session.runError(),
        results: session.results()
      }
    })
  } finally {
    manual.close?.()
    input.ledger.close()
    input.runner.close()
    await store.close()
  }
}
