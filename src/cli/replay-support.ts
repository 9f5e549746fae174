// Replay and record output for the CLI: the replay report (to --report-file or stdout) and what a
// recording wrote.
import type { RunState, StepResult } from '../engine/model.js'
import type { RecordingWrite, ReplayReportFormat } from '../providers/replay/index.js'
import type { ReplayCliProvider } from '../providers/replay/index.js'
import { renderReplayReport } from '../providers/replay/index.js'
import type { RunbookV0 } from '../runbook/index.js'
import type { CliIo } from './io.js'
import { writeOutputFile } from './output-file.js'

export interface ReplayOptions {
  scenario?: string
  evidenceFile?: string
  delay: boolean
  report?: ReplayReportFormat
  reportFile?: string
}

/** Writes the replay report to --report-file, or to stdout; false (after saying why) when it cannot. */
export async function writeReplayReport(
  opts: ReplayOptions,
  input: {
    runbook: RunbookV0
    state: RunState
    results: readonly StepResult[]
    cli: ReplayCliProvider
    runError: string | null
  },
  io: CliIo
): Promise<boolean> {
  if (opts.report === undefined) return true
  const text = renderReplayReport(opts.report, {
    runbook: input.runbook,
    state: input.state,
    results: input.results,
    replay: input.cli.snapshot(),
    runError: input.runError
  })
  if (opts.reportFile === undefined) {
    io.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
    return true
  }
  return writeOutputFile(io, opts.reportFile, text, `replay report (${opts.report})`)
}

/** Says what a recording wrote; problems are reported, not fatal to the run. */
export function printRecording(r: RecordingWrite, io: CliIo): void {
  if (!r.ok) {
    io.stderr.write(`runbook: the recording was not written: ${r.error}\n`)
    return
  }
  for (const file of r.written) io.stderr.write(`recorded: ${file}\n`)
  for (const note of r.notes) io.stderr.write(`note: ${note}\n`)
}
