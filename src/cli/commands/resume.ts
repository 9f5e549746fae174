// `runbook resume RUN_ID`: continues a paused or crashed run from its latest snapshot and the
// trace after it, with any evidence, approvals or confirmation given as flags or in a file. The work
// is the application layer's (src/app/); this file translates flags in and exit codes out.
import { relative, resolve } from 'node:path'
import { actorName, knownActor } from '../../app/deps.js'
import { endPausedRun } from '../../app/end.js'
import { resumeRunbook } from '../../app/resume.js'
import type { RunOutcome } from '../../app/index.js'
import type { ApprovalInput } from '../../runbook/index.js'
import { ExitCode } from '../exit-codes.js'
import type { CliIo } from '../io.js'
import { FlagError, parseManualFlags } from '../manual-flags.js'
import { DEFAULT_RUNS_DIR } from '../outcome.js'
import type { ReplayOptions } from '../replay-support.js'
import { writeReplayReport } from '../replay-support.js'
import { appIo, reportAppError, reportRun } from '../run-support.js'

export interface ResumeOptions extends ReplayOptions {
  runsDir?: string
  quiet?: boolean
  verbose?: boolean
  evidence: string[]
  check: string[]
  attach: string[]
  choose?: string[]
  approve: boolean
  as?: string
  role?: string
  evidenceFile?: string
  var: string[]
  json: boolean
  /** End the paused run as cancelled, with this reason, instead of resuming it. */
  cancel?: string
}

/** Runs `runbook resume`; returns the exit code. */
export async function resumeCommand(
  runId: string,
  opts: ResumeOptions,
  io: CliIo
): Promise<number> {
  const actor = actorName(opts.as, io.env)
  let outcome: RunOutcome
  try {
    outcome =
      opts.cancel === undefined
        ? await resumeRunbook(
            {
              runId,
              runsDir: opts.runsDir ?? DEFAULT_RUNS_DIR,
              actor,
              ...(opts.role === undefined ? {} : { role: opts.role }),
              vars: opts.var,
              ...(opts.evidenceFile === undefined ? {} : { evidenceFile: opts.evidenceFile }),
              ...(opts.scenario === undefined ? {} : { scenario: opts.scenario }),
              delay: opts.delay,
              supplied: () => {
                // The approver is named as exec names its actor: --as, RUNBOOK_ACTOR, GITHUB_ACTOR, USER.
                const who = knownActor(opts.as, io.env)
                if (opts.approve && who === undefined)
                  throw new FlagError(
                    '--approve needs an approver: give --as NAME, or set RUNBOOK_ACTOR (or GITHUB_ACTOR, USER)'
                  )
                const approver: ApprovalInput | undefined =
                  opts.approve && who !== undefined
                    ? { approver: who, ...(opts.role === undefined ? {} : { role: opts.role }) }
                    : undefined
                const given = parseManualFlags(
                  {
                    evidence: opts.evidence,
                    check: opts.check,
                    attach: opts.attach,
                    choose: opts.choose ?? [],
                    approve: opts.approve
                  },
                  approver,
                  (p) => resolve(io.cwd, p)
                )
                return { inputs: given, ...(approver === undefined ? {} : { approver }) }
              }
            },
            appIo(io, opts.json, opts)
          )
        : await cancel(runId, opts.cancel, actor, opts, io)
  } catch (err) {
    if (err instanceof FlagError) {
      io.stderr.write(`runbook: ${err.message}\n`)
      return ExitCode.InvalidInput
    }
    return reportAppError(err, io)
  }
  const code = reportRun(
    outcome.state,
    outcome.failure,
    outcome.runbook,
    relative(io.cwd, outcome.dir) || '.',
    opts.runsDir,
    io,
    opts.json,
    opts.scenario
  )
  if (outcome.replay === undefined) return code
  const report = {
    runbook: outcome.runbook,
    state: outcome.state,
    results: outcome.results,
    cli: outcome.replay,
    runError: outcome.runError
  }
  return (await writeReplayReport(opts, report, io)) ? code : ExitCode.InvalidInput
}

/** `--cancel REASON`: ends the paused run as cancelled by --as (nothing runs); no inputs with it. */
async function cancel(
  runId: string,
  reason: string,
  by: string,
  opts: ResumeOptions,
  io: CliIo
): Promise<RunOutcome> {
  const given = [
    ...(opts.evidence.length > 0 ? ['--evidence'] : []),
    ...(opts.check.length > 0 ? ['--check'] : []),
    ...(opts.attach.length > 0 ? ['--attach'] : []),
    ...((opts.choose ?? []).length > 0 ? ['--choose'] : []),
    ...(opts.approve ? ['--approve'] : []),
    ...(opts.evidenceFile === undefined ? [] : ['--evidence-file'])
  ]
  if (given.length > 0)
    throw new FlagError(`--cancel ends the run without running it: it takes no ${given.join(', ')}`)
  return endPausedRun(
    {
      runId,
      runsDir: opts.runsDir ?? DEFAULT_RUNS_DIR,
      status: 'cancelled',
      ending: { by, reason },
      vars: opts.var
    },
    appIo(io, opts.json)
  )
}
