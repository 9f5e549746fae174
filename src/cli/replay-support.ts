// Replay and record for the CLI: loading a scenario with its evidence, building the replay
// providers, writing the replay report, and writing a recording after a real run.
import { writeFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import type { RunState } from '../engine/model.js'
import type { ManualProvider } from '../engine/providers.js'
import type { Redactor } from '../engine/output/index.js'
import type { LoadedScenario, ReplayReportFormat } from '../providers/replay/index.js'
import {
  loadReplayScenario,
  renderReplayReport,
  ReplayCliProvider,
  ReplayManualProvider,
  withScenarioGovernance
} from '../providers/replay/index.js'
import type { Recorder } from '../providers/replay/index.js'
import { writeRecording } from '../providers/replay/index.js'
import { systemClock } from '../providers/system-clock.js'
import { evidenceChecksFor } from './evidence-check.js'
import { fsErrorReason } from '../runbook/fs-reason.js'
import type { RunbookV0 } from '../runbook/index.js'
import { ExitCode } from './exit-codes.js'
import type { CliIo } from './io.js'
import { printDiagnostics } from './run-support.js'

export interface ReplayOptions {
  scenario?: string
  evidenceFile?: string
  delay: boolean
  report?: ReplayReportFormat
  reportFile?: string
}

export interface LoadedReplay {
  /** The runbook with the scenario's security folded into its governance. */
  runbook: RunbookV0
  scenario: LoadedScenario
}

/** Loads the scenario (and its evidence) and intersects its governance with the runbook's. */
export async function loadReplay(
  runbook: RunbookV0,
  opts: ReplayOptions,
  io: CliIo
): Promise<LoadedReplay | number> {
  if (opts.scenario === undefined) {
    io.stderr.write('runbook: a replay run needs its scenario: give --scenario SCENARIO.yaml\n')
    return ExitCode.InvalidInput
  }
  const loaded = await loadReplayScenario(resolve(io.cwd, opts.scenario), {
    checkEvidence: evidenceChecksFor(runbook),
    ...(opts.evidenceFile === undefined ? {} : { evidenceFile: resolve(io.cwd, opts.evidenceFile) })
  })
  // Files are read by absolute path; name them as the user would, relative to where they are.
  printDiagnostics(
    io,
    loaded.diagnostics.map((d) => ({ ...d, file: shownPath(io.cwd, d.file) }))
  )
  if (loaded.scenario === undefined || loaded.diagnostics.some((d) => d.severity === 'error'))
    return ExitCode.InvalidInput
  const g = withScenarioGovernance(runbook, loaded.scenario)
  if (g.refused !== undefined) {
    io.stderr.write(`runbook: ${g.refused}\n`)
    return ExitCode.GovernanceViolation
  }
  return { runbook: g.runbook, scenario: loaded }
}

/** The replay providers: cli steps answered from the scenario, manual steps from its evidence. */
export function replayProviders(
  replay: LoadedReplay,
  opts: ReplayOptions,
  redactor: Redactor,
  io: CliIo,
  fallback: ManualProvider | undefined
): { cli: ReplayCliProvider; manual: ReplayManualProvider } {
  const scenario = replay.scenario.scenario
  if (scenario === undefined) throw new Error('replayProviders needs a loaded scenario')
  const cli = new ReplayCliProvider(scenario, {
    clock: systemClock,
    noDelay: !opts.delay,
    env: io.env,
    denyEnvVars: replay.runbook.meta.governance?.deny_env_vars ?? [],
    redact: (t) => redactor.redactText(t)
  })
  const manual = new ReplayManualProvider({
    evidence: replay.scenario.evidence,
    ...(replay.scenario.evidenceSource === undefined
      ? {}
      : { source: replay.scenario.evidenceSource }),
    ...(fallback === undefined ? {} : { fallback })
  })
  return { cli, manual }
}

/** Writes the replay report to --report-file, or to stdout; false (after saying why) when it cannot. */
export async function writeReplayReport(
  opts: ReplayOptions,
  input: { runbook: RunbookV0; state: RunState; cli: ReplayCliProvider; runError: string | null },
  io: CliIo
): Promise<boolean> {
  if (opts.report === undefined) return true
  const text = renderReplayReport(opts.report, {
    runbook: input.runbook,
    state: input.state,
    replay: input.cli.snapshot(),
    runError: input.runError
  })
  if (opts.reportFile === undefined) {
    io.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
    return true
  }
  try {
    await writeFile(resolve(io.cwd, opts.reportFile), text)
  } catch (err) {
    io.stderr.write(
      `runbook: cannot write the replay report to ${opts.reportFile}: ${fsErrorReason(err)}\n`
    )
    return false
  }
  io.stderr.write(`replay report (${opts.report}) written to ${opts.reportFile}\n`)
  return true
}

/** Writes the scenario recorded during a real run; problems are reported, not fatal to the run. */
export async function writeRecordingFor(
  outPath: string,
  runbook: RunbookV0,
  state: RunState,
  recorder: Recorder,
  runDir: string,
  io: CliIo
): Promise<void> {
  const r = await writeRecording(
    { outPath: resolve(io.cwd, outPath), runbook, state, recorder },
    runDir
  )
  if (!r.ok) {
    io.stderr.write(`runbook: the recording was not written: ${r.error}\n`)
    return
  }
  for (const file of r.written) io.stderr.write(`recorded: ${file}\n`)
  for (const note of r.notes) io.stderr.write(`note: ${note}\n`)
}

/** `file` relative to `cwd` when it lies below it, else as it is. */
function shownPath(cwd: string, file: string): string {
  const rel = relative(cwd, file)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file
}
