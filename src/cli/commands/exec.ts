// `runbook exec RUNBOOK`: starts a run (real mode) or prints its plan (dry-run).
import { relative, resolve } from 'node:path'
import { startRun } from '../../engine/driver.js'
import { planRun } from '../../engine/plan.js'
import type { CliProvider } from '../../engine/providers.js'
import { parseVarFlags, resolveVars, VarError } from '../../engine/vars.js'
import type { ResolvedVars } from '../../engine/vars.js'
import { NodeCommandResolver, NodeProcessRunner } from '../../providers/cli/index.js'
import { RealCliProvider } from '../../providers/cli/real-cli-provider.js'
import { systemClock } from '../../providers/system-clock.js'
import { createRun } from '../../trace/index.js'
import { ExitCode } from '../exit-codes.js'
import type { CliIo } from '../io.js'
import { DEFAULT_RUNS_DIR } from '../outcome.js'
import { formatPlan } from '../plan-format.js'
import { actorName, destructiveReason, engineDeps, runbookRedactor } from '../run-deps.js'
import type { RunnableRunbook } from '../run-support.js'
import { loadRunbookForRun, manualProviderFor, reportRun, withRunListener } from '../run-support.js'

export interface ExecOptions {
  mode: 'real' | 'dry-run' | 'replay'
  var: string[]
  as?: string
  role?: string
  runsDir?: string
  json: boolean
  evidenceFile?: string
}

/** Runs `runbook exec`; returns the exit code. */
export async function execCommand(file: string, opts: ExecOptions, io: CliIo): Promise<number> {
  const loaded = await loadRunbookForRun(file, io)
  if (typeof loaded === 'number') return loaded
  let vars: ResolvedVars
  try {
    vars = resolveVars(loaded.runbook, io.env, parseVarFlags(opts.var))
  } catch (err) {
    if (!(err instanceof VarError)) throw err
    io.stderr.write(`runbook: ${err.message}\n`)
    return ExitCode.InvalidInput
  }
  const cli: CliProvider = new RealCliProvider(new NodeProcessRunner(), new NodeCommandResolver())
  if (opts.mode === 'dry-run') return dryRun(loaded, vars, cli, opts, io)
  if (opts.mode === 'replay') {
    io.stderr.write('runbook: --mode replay needs a scenario: --scenario SCENARIO.yaml\n')
    return ExitCode.InvalidInput
  }
  return realRun(loaded, vars, cli, opts, io)
}

async function dryRun(
  loaded: RunnableRunbook,
  vars: ResolvedVars,
  cli: CliProvider,
  opts: ExecOptions,
  io: CliIo
): Promise<number> {
  const redactor = runbookRedactor(loaded.runbook, vars.secrets)
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(io.env)) if (v !== undefined) env[k] = v
  const plan = await planRun(loaded.runbook, vars.vars, {
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

async function realRun(
  loaded: RunnableRunbook,
  vars: ResolvedVars,
  cli: CliProvider,
  opts: ExecOptions,
  io: CliIo
): Promise<number> {
  const { runbook } = loaded
  const actor = actorName(opts.as, io.env)
  const manual = await manualProviderFor(
    {
      ...(opts.evidenceFile === undefined ? {} : { evidenceFile: opts.evidenceFile }),
      actor,
      ...(opts.role === undefined ? {} : { role: opts.role })
    },
    io
  )
  if (typeof manual === 'number') return manual
  const redactor = runbookRedactor(runbook, vars.secrets)
  const store = await createRun({
    runsDir: resolve(io.cwd, opts.runsDir ?? DEFAULT_RUNS_DIR),
    runbook: loaded.bytes,
    clock: systemClock
  })
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
        cli,
        manual,
        redactor,
        env: io.env,
        cwd: io.cwd,
        actor,
        signal: listener.signal,
        onRecord: listener.onRecord
      })
      const deps = { ...base, secretVars }
      const state = await startRun(deps, {
        run_id: store.runId,
        runbook_path: relative(io.cwd, resolve(io.cwd, loaded.file)),
        runbook_digest: loaded.digest,
        runbook_name: runbook.meta.name,
        mode: 'real',
        actor,
        steps_total: runbook.steps.length,
        vars: stored,
        redacted_vars: Object.keys(secretVars)
      })
      return reportRun(
        state,
        listener.failure(),
        runbook,
        relative(io.cwd, store.dir) || '.',
        opts.runsDir,
        io,
        opts.json
      )
    })
  } finally {
    manual.close?.()
    await store.close()
  }
}
