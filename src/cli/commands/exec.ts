// `runbook exec RUNBOOK`: starts a run (real or replay), or prints its plan (dry-run). The work is
// the application layer's (src/app/); this file translates flags in and exit codes out.
import { relative } from 'node:path'
import { actorName } from '../../app/deps.js'
import { loadRunbookForRun } from '../../app/load.js'
import { startRunbook } from '../../app/start.js'
import type { StartOutcome } from '../../app/index.js'
import type { RunMode } from '../../engine/model.js'
import type { ReplayReportFormat } from '../../providers/replay/index.js'
import { ExitCode } from '../exit-codes.js'
import type { CliIo } from '../io.js'
import { DEFAULT_RUNS_DIR } from '../outcome.js'
import { formatPlan } from '../plan-format.js'
import { printRecording, writeReplayReport } from '../replay-support.js'
import { appIo, reportAppError, reportRun } from '../run-support.js'

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
  quiet?: boolean
  verbose?: boolean
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
  let outcome: StartOutcome
  try {
    const loaded = await loadRunbookForRun(file, io.cwd)
    outcome = await startRunbook(
      loaded,
      {
        mode: opts.mode,
        vars: opts.var,
        actor: actorName(opts.as, io.env),
        ...(opts.role === undefined ? {} : { role: opts.role }),
        runsDir: opts.runsDir ?? DEFAULT_RUNS_DIR,
        ...(opts.evidenceFile === undefined ? {} : { evidenceFile: opts.evidenceFile }),
        ...(opts.scenario === undefined ? {} : { scenario: opts.scenario }),
        delay: opts.delay,
        ...(opts.record === undefined ? {} : { record: opts.record })
      },
      appIo(io, opts.json, opts)
    )
  } catch (err) {
    return reportAppError(err, io)
  }
  if (outcome.kind === 'plan') {
    const plan = outcome.plan
    io.stdout.write(opts.json ? `${JSON.stringify(plan, null, 2)}\n` : formatPlan(plan))
    return plan.refused ? ExitCode.GovernanceViolation : ExitCode.Ok
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
  if (outcome.recording !== undefined) printRecording(outcome.recording, io)
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

function usage(io: CliIo, message: string): number {
  io.stderr.write(`runbook: ${message}\n`)
  return ExitCode.InvalidInput
}
