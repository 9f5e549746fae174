// `runbook resume RUN_ID`: continues a paused or crashed run from its latest snapshot and the
// trace after it, with any evidence, approvals or confirmation given as flags or in a file.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { resumeRun } from '../../engine/driver.js'
import { checkSubmission } from '../../engine/manual-step.js'
import { manualRequirements } from '../../engine/manual.js'
import type { RunState } from '../../engine/model.js'
import { foldTrace, TraceInconsistencyError } from '../../engine/reduce.js'
import { parseVarFlags, resolveVars, VarError } from '../../engine/vars.js'
import type { CliProvider, ManualProvider } from '../../engine/providers.js'
import type { ReplayCliProvider } from '../../providers/replay/index.js'
import type { ReplayOptions } from '../replay-support.js'
import { loadReplay, replayProviders, writeReplayReport } from '../replay-support.js'
import { NodeCommandResolver, NodeProcessRunner } from '../../providers/cli/index.js'
import { RealCliProvider } from '../../providers/cli/real-cli-provider.js'
import { systemClock } from '../../providers/system-clock.js'
import type { ApprovalInput, RunbookV0, StepInputs } from '../../runbook/index.js'
import type { OpenedRun } from '../../trace/index.js'
import {
  openRun,
  RunLockedError,
  RunNotFoundError,
  RunStoreError,
  TraceTamperedError
} from '../../trace/index.js'
import { checkAttachment } from '../attachments.js'
import { ExitCode } from '../exit-codes.js'
import { fsErrorReason } from '../../runbook/fs-reason.js'
import type { CliIo } from '../io.js'
import { FlagError, parseManualFlags } from '../manual-flags.js'
import { actorName, engineDeps, runbookRedactor } from '../run-deps.js'
import { manualProviderFor, reportRun, validateBytes, withRunListener } from '../run-support.js'
import { DEFAULT_RUNS_DIR } from '../outcome.js'

/** The run's redactor: its rules, the denied environment values, and the vars given again. */
function redactorFor(runbook: RunbookV0, env: CliIo['env'], secretVars: Record<string, string>) {
  return runbookRedactor(runbook, [
    ...resolveVars(runbook, env, {}).secrets,
    ...Object.values(secretVars)
  ])
}

export interface ResumeOptions extends ReplayOptions {
  runsDir?: string
  evidence: string[]
  check: string[]
  attach: string[]
  approve: boolean
  as?: string
  role?: string
  evidenceFile?: string
  var: string[]
  json: boolean
}

/** A reason the run cannot be resumed (exit 4). */
class ResumeError extends Error {
  override name = 'ResumeError'
}

/** Runs `runbook resume`; returns the exit code. */
export async function resumeCommand(
  runId: string,
  opts: ResumeOptions,
  io: CliIo
): Promise<number> {
  let opened: OpenedRun
  try {
    opened = await openRun(resolve(io.cwd, opts.runsDir ?? DEFAULT_RUNS_DIR), runId, {
      clock: systemClock
    })
  } catch (err) {
    if (
      err instanceof RunNotFoundError ||
      err instanceof RunLockedError ||
      err instanceof TraceTamperedError ||
      err instanceof RunStoreError
    ) {
      io.stderr.write(`runbook: cannot resume ${runId}: ${err.message}\n`)
      return ExitCode.ResumeFailed
    }
    throw err
  }
  try {
    return await resumeOpened(opened, opts, io)
  } catch (err) {
    if (err instanceof ResumeError || err instanceof TraceInconsistencyError) {
      io.stderr.write(`runbook: cannot resume ${runId}: ${err.message}\n`)
      return ExitCode.ResumeFailed
    }
    if (err instanceof FlagError || err instanceof VarError) {
      io.stderr.write(`runbook: ${err.message}\n`)
      return ExitCode.InvalidInput
    }
    throw err
  } finally {
    await opened.store.close()
  }
}

async function resumeOpened(opened: OpenedRun, opts: ResumeOptions, io: CliIo): Promise<number> {
  for (const s of opened.skippedSnapshots)
    io.stderr.write(`note: ignored snapshot ${s.file}: ${s.reason}\n`)
  if (opened.discardedBytes > 0)
    io.stderr.write(
      `note: set aside ${opened.discardedBytes} bytes of a torn trace line (a crash mid-write) in ${opened.tornFile ?? 'trace.jsonl.torn'}\n`
    )
  const base = opened.snapshot?.state
  const state = foldTrace(
    opened.records.filter((r) => r.seq > (base?.seq ?? 0)),
    base
  )
  if (state === undefined) throw new ResumeError('the trace holds no run_started event')
  if (state.status === 'passed' || state.status === 'failed' || state.status === 'cancelled') {
    throw new ResumeError(
      `the run already finished with status ${state.status}; there is nothing to resume`
    )
  }
  const runbook = await pinnedRunbook(opened, state, io)
  if (typeof runbook === 'number') return runbook
  const flags = parseVarFlags(opts.var)
  const secretVars: Record<string, string> = {}
  for (const name of state.redacted_vars) {
    const value = flags[name] ?? io.env[name]
    if (value === undefined)
      throw new ResumeError(
        `var '${name}' is stored redacted in the run; give its value again with --var ${name}=VALUE`
      )
    secretVars[name] = value
  }
  const actor = actorName(opts.as, io.env)
  const approver: ApprovalInput | undefined = opts.approve
    ? { approver: actor, ...(opts.role === undefined ? {} : { role: opts.role }) }
    : undefined
  if (opts.approve && opts.as === undefined)
    throw new FlagError('--approve needs --as NAME: who approves?')
  const step = runbook.steps[state.current_step_index]
  const given = parseManualFlags(
    { evidence: opts.evidence, check: opts.check, attach: opts.attach, approve: opts.approve },
    approver,
    (p) => resolve(io.cwd, p)
  )
  const refused = step === undefined ? [] : await refusals(runbook, state, step, given, approver)
  if (refused.length > 0) {
    io.stderr.write(
      `runbook: nothing was recorded; the run stays paused at step '${step?.id ?? ''}':\n${refused.map((r) => `  ${r}\n`).join('')}`
    )
    return ExitCode.InvalidInput
  }
  const supplied = await manualProviderFor(
    {
      ...(opts.evidenceFile === undefined ? {} : { evidenceFile: opts.evidenceFile }),
      runbook,
      ...(step === undefined || (given.evidence.length === 0 && given.approvals.length === 0)
        ? {}
        : { flagged: { stepId: step.id, inputs: given } }),
      ...(approver === undefined ? {} : { approver }),
      actor,
      ...(opts.role === undefined ? {} : { role: opts.role })
    },
    io
  )
  if (typeof supplied === 'number') return supplied
  let cli: CliProvider = new RealCliProvider(new NodeProcessRunner(), new NodeCommandResolver())
  let manual: ManualProvider = supplied
  let replayRun: { cli: ReplayCliProvider; runbook: RunbookV0 } | undefined
  let governed = runbook
  if (state.mode === 'replay') {
    // The scenario is not stored in the run: it is given again, and the calls already answered
    // are replayed into it before the run goes on.
    const replay = await loadReplay(runbook, opts, io)
    if (typeof replay === 'number') return replay
    governed = replay.runbook
    const providers = replayProviders(
      replay,
      opts,
      redactorFor(governed, io.env, secretVars),
      io,
      supplied
    )
    const problems = providers.cli.restore(state.history)
    if (problems.length > 0)
      throw new ResumeError(
        `the scenario does not match the calls this run already made: ${problems.join('; ')}`
      )
    cli = providers.cli
    manual = providers.manual
    replayRun = { cli: providers.cli, runbook: governed }
  }
  const redactor = redactorFor(governed, io.env, secretVars)
  try {
    return await withRunListener(io, opts.json, runbook.steps.length, async (listener) => {
      const deps = {
        ...engineDeps({
          runbook: governed,
          store: opened.store,
          cli,
          manual,
          redactor,
          env: io.env,
          cwd: io.cwd,
          actor,
          signal: listener.signal,
          onRecord: listener.onRecord
        }),
        secretVars
      }
      const final = await resumeRun(deps, state, {
        discardedBytes: opened.discardedBytes,
        ...(opened.lockTakenOver === undefined ? {} : { lockTakenOver: opened.lockTakenOver })
      })
      const code = reportRun(
        final,
        listener.failure(),
        governed,
        relative(io.cwd, opened.store.dir) || '.',
        opts.runsDir,
        io,
        opts.json,
        opts.scenario
      )
      if (replayRun === undefined) return code
      const report = {
        runbook: replayRun.runbook,
        state: final,
        cli: replayRun.cli,
        runError: listener.runError()
      }
      return (await writeReplayReport(opts, report, io)) ? code : ExitCode.InvalidInput
    })
  } finally {
    manual.close?.()
  }
}

/** The runbook the run started with: the run's pinned copy, refusing when the working file changed. */
async function pinnedRunbook(
  opened: OpenedRun,
  state: RunState,
  io: CliIo
): Promise<RunbookV0 | number> {
  let copy: Buffer
  try {
    copy = await readFile(join(opened.store.dir, 'runbook.yaml'))
  } catch (err) {
    throw new ResumeError(
      `the run directory's runbook.yaml cannot be read (${fsErrorReason(err)}): the run directory was altered`
    )
  }
  const digest = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`
  if (digest(copy) !== state.runbook_digest)
    throw new ResumeError(
      `the run directory's runbook.yaml does not match the digest the run started with (${state.runbook_digest}): the run directory was altered`
    )
  let working: Buffer | undefined
  try {
    working = await readFile(resolve(io.cwd, state.runbook_path))
  } catch {
    io.stderr.write(
      `note: ${state.runbook_path} is not here; resuming with the run's own copy of the runbook\n`
    )
  }
  if (working !== undefined && digest(working) !== state.runbook_digest) {
    throw new ResumeError(
      `${state.runbook_path} changed since the run started (was ${state.runbook_digest}, now ${digest(working)}); a run only resumes with the runbook it started with. Restore the file, or start a new run`
    )
  }
  const valid = validateBytes(copy, state.runbook_path, io)
  if (typeof valid === 'number')
    throw new ResumeError(`the run's runbook no longer validates (see above)`)
  return valid.runbook
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
