// `runbook exec RUNBOOK`: starts a run (real or replay), or prints its plan (dry-run).
import { relative, resolve } from 'node:path'
import { startRun } from '../../engine/driver.js'
import type { RunMode, RunState } from '../../engine/model.js'
import type { Redactor } from '../../engine/output/index.js'
import { planRun } from '../../engine/plan.js'
import type { CliProvider, ManualProvider } from '../../engine/providers.js'
import { parseVarFlags, resolveVars, VarError } from '../../engine/vars.js'
import type { ResolvedVars } from '../../engine/vars.js'
import { NodeCommandResolver, NodeProcessRunner } from '../../providers/cli/index.js'
import { RealCliProvider } from '../../providers/cli/real-cli-provider.js'
import { Recorder } from '../../providers/replay/index.js'
import type { ReplayReportFormat } from '../../providers/replay/index.js'
import { systemClock } from '../../providers/system-clock.js'
import type { RunbookV0 } from '../../runbook/index.js'
import { createRun } from '../../trace/index.js'
import type { FileRunStore } from '../../trace/index.js'
import { ExitCode } from '../exit-codes.js'
import { fsErrorReason } from '../../runbook/fs-reason.js'
import type { CliIo } from '../io.js'
import { DEFAULT_RUNS_DIR } from '../outcome.js'
import { formatPlan } from '../plan-format.js'
import {
  loadReplay,
  replayProviders,
  writeRecordingFor,
  writeReplayReport
} from '../replay-support.js'
import { actorName, destructiveReason, engineDeps, runbookRedactor } from '../run-deps.js'
import type { RunnableRunbook } from '../run-support.js'
import { loadRunbookForRun, manualProviderFor, reportRun, withRunListener } from '../run-support.js'

export interface ExecOptions {
  mode: RunMode
  var: string[]
  as?: string
  role?: string
  runsDir?: string
  json: boolean
  evidenceFile?: string
  scenario?: string
  delay: boolean
  report?: ReplayReportFormat
  reportFile?: string
  record?: string
}

/** Runs `runbook exec`; returns the exit code. */
export async function execCommand(file: string, opts: ExecOptions, io: CliIo): Promise<number> {
  if (opts.record !== undefined && opts.mode !== 'real')
    return usage(
      io,
      `--record only applies to --mode real (a recording is made from real commands)`
    )
  if (opts.mode !== 'replay' && (opts.scenario !== undefined || opts.report !== undefined))
    return usage(io, '--scenario and --report only apply to --mode replay')
  if (opts.reportFile !== undefined && opts.report === undefined)
    return usage(io, '--report-file needs --report text|json|junit')
  const loaded = await loadRunbookForRun(file, io)
  if (typeof loaded === 'number') return loaded
  const replay = opts.mode === 'replay' ? await loadReplay(loaded.runbook, opts, io) : undefined
  if (typeof replay === 'number') return replay
  const runbook = replay?.runbook ?? loaded.runbook
  let vars: ResolvedVars
  try {
    vars = resolveVars(runbook, io.env, parseVarFlags(opts.var))
  } catch (err) {
    if (!(err instanceof VarError)) throw err
    return usage(io, err.message)
  }
  const redactor = runbookRedactor(runbook, vars.secrets)
  const real: CliProvider = new RealCliProvider(new NodeProcessRunner(), new NodeCommandResolver())
  if (opts.mode === 'dry-run') return dryRun(runbook, vars, real, redactor, opts, io)
  const actor = actorName(opts.as, io.env)
  const role = opts.role === undefined ? {} : { role: opts.role }
  if (replay !== undefined) {
    const fallback = io.interactive ? await manualProviderFor({ actor, ...role }, io) : undefined
    if (typeof fallback === 'number') return fallback
    const { cli, manual } = replayProviders(replay, opts, redactor, io, fallback)
    const run = await runOnce({
      loaded,
      runbook,
      vars,
      redactor,
      cli,
      manual,
      mode: 'replay',
      actor,
      opts,
      io
    })
    if (typeof run === 'number') return run
    const written = await writeReplayReport(
      opts,
      { runbook, state: run.state, cli, runError: run.runError },
      io
    )
    return written ? run.code : ExitCode.InvalidInput
  }
  const manual = await manualProviderFor(
    {
      ...(opts.evidenceFile === undefined ? {} : { evidenceFile: opts.evidenceFile }),
      runbook,
      actor,
      ...role
    },
    io
  )
  if (typeof manual === 'number') return manual
  if (opts.record === undefined) {
    const run = await runOnce({
      loaded,
      runbook,
      vars,
      redactor,
      cli: real,
      manual,
      mode: 'real',
      actor,
      opts,
      io
    })
    return typeof run === 'number' ? run : run.code
  }
  const recorder = new Recorder((t) => redactor.redactText(t))
  const run = await runOnce({
    loaded,
    runbook,
    vars,
    redactor,
    cli: recorder.cli(real),
    manual: recorder.manual(manual),
    mode: 'real',
    actor,
    opts,
    io
  })
  if (typeof run === 'number') return run
  await writeRecordingFor(opts.record, runbook, run.state, recorder, run.dir, io)
  return run.code
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`runbook: ${message}\n`)
  return ExitCode.InvalidInput
}

async function dryRun(
  runbook: RunbookV0,
  vars: ResolvedVars,
  cli: CliProvider,
  redactor: Redactor,
  opts: ExecOptions,
  io: CliIo
): Promise<number> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(io.env)) if (v !== undefined) env[k] = v
  const plan = await planRun(runbook, vars.vars, {
    cli,
    classify: destructiveReason,
    redact: (t) => redactor.redactText(t),
    env,
    cwd: io.cwd,
    joinPath: resolve
  })
  io.stdout.write(opts.json ? `${JSON.stringify(plan, null, 2)}\n` : formatPlan(plan))
  return plan.refused ? ExitCode.GovernanceViolation : ExitCode.Ok
}

interface RunInput {
  loaded: RunnableRunbook
  runbook: RunbookV0
  vars: ResolvedVars
  redactor: Redactor
  cli: CliProvider
  manual: ManualProvider
  mode: RunMode
  actor: string
  opts: ExecOptions
  io: CliIo
}

interface RunOutcome {
  code: number
  state: RunState
  runError: string | null
  /** Absolute path of the run directory. */
  dir: string
}

/** Creates the run directory and drives a new run to its end or its first pause. */
async function runOnce(input: RunInput): Promise<RunOutcome | number> {
  const { runbook, vars, redactor, io, opts, manual } = input
  const runsDir = resolve(io.cwd, opts.runsDir ?? DEFAULT_RUNS_DIR)
  let store: FileRunStore
  try {
    store = await createRun({ runsDir, runbook: input.loaded.bytes, clock: systemClock })
  } catch (err) {
    return usage(io, `cannot create a run directory under ${runsDir}: ${fsErrorReason(err)}`)
  }
  try {
    return await withRunListener(io, opts.json, runbook.steps.length, async (listener) => {
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
        manual,
        redactor,
        env: io.env,
        cwd: io.cwd,
        actor: input.actor,
        signal: listener.signal,
        onRecord: listener.onRecord
      })
      const state = await startRun(
        { ...base, secretVars },
        {
          run_id: store.runId,
          runbook_path: relative(io.cwd, resolve(io.cwd, input.loaded.file)),
          runbook_digest: input.loaded.digest,
          runbook_name: runbook.meta.name,
          mode: input.mode,
          actor: input.actor,
          steps_total: runbook.steps.length,
          vars: stored,
          redacted_vars: Object.keys(secretVars)
        }
      )
      const code = reportRun(
        state,
        listener.failure(),
        runbook,
        relative(io.cwd, store.dir) || '.',
        opts.runsDir,
        io,
        opts.json,
        opts.scenario
      )
      return { code, state, runError: listener.runError(), dir: store.dir }
    })
  } finally {
    manual.close?.()
    await store.close()
  }
}
