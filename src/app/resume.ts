// Resuming a run, for every face: open the run directory, fold its trace, check the runbook is the
// one it started with, check the inputs given for the waiting step, then drive it on.
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { resumeRun } from '../engine/driver.js'
import { checkSubmission } from '../engine/manual-step.js'
import { manualRequirements } from '../engine/manual.js'
import type { RunState } from '../engine/model.js'
import type { CliProvider, ManualProvider } from '../engine/providers.js'
import { stepResults, TraceInconsistencyError } from '../engine/reduce.js'
import { parseVarFlags, resolveVars, VarError } from '../engine/vars.js'
import { GroupLedger, NodeCommandResolver, NodeProcessRunner } from '../providers/cli/index.js'
import { RealCliProvider } from '../providers/cli/real-cli-provider.js'
import type { ReplayCliProvider } from '../providers/replay/index.js'
import type { ApprovalInput, RunbookV0, StepInputs } from '../runbook/index.js'
import type { OpenedRun } from '../trace/index.js'
import { GROUP_FILE } from '../trace/index.js'
import { checkAttachment } from './attachments.js'
import { engineDeps, runbookRedactor } from './deps.js'
import { endLeftoverGroupOf } from './leftover-group.js'
import { AppError } from './errors.js'
import { bytesDigest, validateBytes } from './load.js'
import { manualProviderFor } from './manual.js'
import { foldOpened, openExisting, ResumeError, runbookCopy } from './open-run.js'
import type { RunOutcome } from './outcome.js'
import type { AppIo } from './ports.js'
import type { ReplaySource } from './replay.js'
import { loadReplay, replayProviders } from './replay.js'
import { withSession } from './session.js'

/** Inputs for the step the run waits on, as a face received them (flags, an issue comment). */
export interface SuppliedInputs {
  inputs: StepInputs
  approver?: ApprovalInput
}

export interface ResumeRequest extends ReplaySource {
  runId: string
  /** Where run directories are, relative to the working directory. */
  runsDir: string
  actor: string
  role?: string
  /** `NAME=VALUE` for the vars stored redacted, given again. */
  vars: readonly string[]
  /**
   * Called once the run is open and its runbook checked; may throw the face's own error for a
   * malformed input, which then propagates with nothing recorded.
   */
  supplied?: () => SuppliedInputs
}

/** Resumes a paused or crashed run; throws AppError when it cannot be resumed or an input is bad. */
export async function resumeRunbook(req: ResumeRequest, io: AppIo): Promise<RunOutcome> {
  const opened = await openExisting(req.runsDir, req.runId, io)
  try {
    return await resumeOpened(opened, req, io)
  } catch (err) {
    if (err instanceof ResumeError || err instanceof TraceInconsistencyError)
      throw new AppError('resume-failed', `cannot resume ${req.runId}: ${err.message}`)
    if (err instanceof AppError && err.kind === 'resume-failed')
      throw new AppError(err.kind, `cannot resume ${req.runId}: ${err.message}`, err.diagnostics)
    if (err instanceof VarError) throw new AppError('invalid-input', err.message)
    throw err
  } finally {
    await opened.store.close()
  }
}

/** The run's redactor: its rules, the denied environment values, and the vars given again. */
function redactorFor(runbook: RunbookV0, env: AppIo['env'], secretVars: Record<string, string>) {
  return runbookRedactor(runbook, [
    ...resolveVars(runbook, env, {}).secrets,
    ...Object.values(secretVars)
  ])
}

async function resumeOpened(opened: OpenedRun, req: ResumeRequest, io: AppIo): Promise<RunOutcome> {
  const state = foldOpened(opened, io)
  if (state.status === 'passed' || state.status === 'failed' || state.status === 'cancelled') {
    if (!opened.committed) return commitFinished(opened, state, io)
    throw new ResumeError(
      `the run already finished with status ${state.status}; there is nothing to resume`
    )
  }
  const runbook = await pinnedRunbook(opened, state, io)
  const flags = parseVarFlags(req.vars)
  const secretVars: Record<string, string> = {}
  for (const name of state.redacted_vars) {
    const value = flags[name] ?? io.env[name]
    if (value === undefined)
      throw new ResumeError(
        `var '${name}' is stored redacted in the run; give its value again with --var ${name}=VALUE`
      )
    secretVars[name] = value
  }
  const step = runbook.steps[state.current_step_index]
  const { inputs: given, approver } = req.supplied?.() ?? {
    inputs: { evidence: [], approvals: [] }
  }
  const refused = step === undefined ? [] : await refusals(runbook, state, step, given, approver)
  if (refused.length > 0) {
    throw new AppError(
      'invalid-input',
      `nothing was recorded; the run stays paused at step '${step?.id ?? ''}':\n${refused.map((r) => `  ${r}`).join('\n')}`
    )
  }
  const role = req.role === undefined ? {} : { role: req.role }
  const supplied = await manualProviderFor(
    {
      ...(req.evidenceFile === undefined ? {} : { evidenceFile: req.evidenceFile }),
      runbook,
      ...(step === undefined || (given.evidence.length === 0 && given.approvals.length === 0)
        ? {}
        : { flagged: { stepId: step.id, inputs: given } }),
      ...(approver === undefined ? {} : { approver }),
      actor: req.actor,
      ...role
    },
    io
  )
  const ledger = new GroupLedger()
  ledger.attach(join(opened.store.dir, GROUP_FILE))
  const runner = new NodeProcessRunner({ ledger })
  let cli: CliProvider = new RealCliProvider(runner, new NodeCommandResolver())
  let manual: ManualProvider = supplied
  let replay: ReplayCliProvider | undefined
  let governed = runbook
  if (state.mode === 'replay') {
    // The scenario is not stored in the run: it is given again, and the calls already answered
    // are replayed into it before the run goes on.
    const loaded = await loadReplay(runbook, req, io)
    governed = loaded.runbook
    const providers = replayProviders(
      loaded,
      req,
      redactorFor(governed, io.env, secretVars),
      io.env,
      supplied
    )
    const problems = providers.cli.restore(stepResults(opened.records))
    if (problems.length > 0)
      throw new ResumeError(
        `the scenario does not match the calls this run already made: ${problems.join('; ')}`
      )
    cli = providers.cli
    manual = providers.manual
    replay = providers.cli
  }
  manual = io.manual?.(manual) ?? manual
  const redactor = redactorFor(governed, io.env, secretVars)
  // This process holds the lock, so the one that started a leftover group is gone.
  await endLeftoverGroupOf(
    opened.store.dir,
    { records: opened.records, state, runbook },
    secretVars,
    io
  )
  try {
    return await withSession(
      io,
      runbook.steps,
      async (session) => {
        const deps = {
          ...engineDeps({
            runbook: governed,
            store: opened.store,
            cli,
            manual: session.manual(manual),
            redactor,
            env: io.env,
            cwd: io.cwd,
            actor: req.actor,
            ...session.deps
          }),
          secretVars
        }
        const final = await resumeRun(deps, state, {
          discardedBytes: opened.discardedBytes,
          ...(opened.lockTakenOver === undefined ? {} : { lockTakenOver: opened.lockTakenOver })
        })
        return {
          state: final,
          runbook: governed,
          dir: opened.store.dir,
          failure: session.failure(),
          runError: session.runError(),
          results: session.results(),
          ...(replay === undefined ? {} : { replay })
        }
      },
      opened.records
    )
  } finally {
    manual.close?.()
    ledger.close()
    runner.close()
  }
}

/**
 * A run that finished but was killed before run.json was written: nothing is left to run, so
 * resume only commits it (the manifest), after which verify accepts it.
 */
async function commitFinished(opened: OpenedRun, state: RunState, io: AppIo): Promise<RunOutcome> {
  const runbook = await pinnedRunbook(opened, state, io)
  await opened.store.writeManifest(state)
  io.note(
    `the run had finished with status ${state.status} but was not committed (run.json missing or stale): wrote run.json; nothing ran again`
  )
  const end = [...opened.records].reverse().find((r) => r.type === 'run_finished')
  return {
    state,
    runbook,
    dir: opened.store.dir,
    failure: end?.type === 'run_finished' ? end.failure : undefined,
    runError: end?.type === 'run_finished' ? end.error : null,
    results: stepResults(opened.records)
  }
}

/** The runbook the run started with: the run's pinned copy, refusing when the working file changed. */
async function pinnedRunbook(opened: OpenedRun, state: RunState, io: AppIo): Promise<RunbookV0> {
  const copy = await runbookCopy(opened, state)
  let working: Buffer | undefined
  try {
    working = await readFile(resolve(io.cwd, state.runbook_path))
  } catch {
    io.note(`${state.runbook_path} is not here; resuming with the run's own copy of the runbook`)
  }
  if (working !== undefined && bytesDigest(working) !== state.runbook_digest) {
    throw new ResumeError(
      `${state.runbook_path} changed since the run started (was ${state.runbook_digest}, now ${bytesDigest(working)}); a run only resumes with the runbook it started with. Restore the file, or start a new run`
    )
  }
  try {
    return validateBytes(copy, state.runbook_path).runbook
  } catch (err) {
    if (!(err instanceof AppError)) throw err
    throw new AppError(
      'resume-failed',
      `the run's runbook no longer validates (see above)`,
      err.diagnostics
    )
  }
}

/** Everything wrong with the inputs given for the waiting step; empty when all are acceptable. */
async function refusals(
  runbook: RunbookV0,
  state: RunState,
  step: RunbookV0['steps'][number],
  given: StepInputs,
  approver: ApprovalInput | undefined
): Promise<string[]> {
  const out: string[] = []
  if (step.type === 'cli') {
    if (given.evidence.length > 0)
      out.push(
        `step '${step.id}' is a cli step${state.pending?.kind === 'confirmation' ? ' waiting for confirmation (use --approve --as NAME)' : ''}; it takes no evidence`
      )
    return out
  }
  const req = manualRequirements(step, runbook.meta.governance)
  const approvals = approver === undefined ? [] : [approver]
  for (const r of checkSubmission(req, given.evidence, approvals))
    out.push(`${r.item}: ${r.reason}`)
  for (const e of given.evidence) {
    if (e.kind !== 'attachment') continue
    const checked = await checkAttachment(e.path)
    if (!checked.ok) out.push(`evidence ${e.name}: ${e.path}: ${checked.reason}`)
  }
  return out
}
