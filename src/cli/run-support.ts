// What exec and resume share: the application layer's ports wired to the terminal (notes, progress,
// SIGINT/SIGTERM), its errors turned into messages and exit codes, and how a run ended.
import type { AppIo, RunWatch, WatchInfo } from '../app/index.js'
import { AppError } from '../app/errors.js'
import type { RunState } from '../engine/model.js'
import type { Diagnostic, RunbookV0 } from '../runbook/index.js'
import { formatDiagnostic } from '../runbook/index.js'
import { ExitCode } from './exit-codes.js'
import type { CliIo } from './io.js'
import { useColor } from './io.js'
import { exitCodeFor, resumeHint } from './outcome.js'
import { outputDetail } from './output-preview.js'
import { progressPrinter } from './progress.js'
import { makeStyle } from './style.js'

export function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`)
}

/** How much step output the progress display shows (--quiet, --verbose). */
export interface OutputFlags {
  quiet?: boolean
  verbose?: boolean
}

/** The application layer's ports for a CLI command: stderr for notes, the progress display, signals. */
export function appIo(io: CliIo, json: boolean, output: OutputFlags = {}): AppIo {
  return {
    env: io.env,
    cwd: io.cwd,
    interactive: io.interactive,
    ...(io.prompter === undefined ? {} : { prompter: io.prompter }),
    warn: (diagnostics) => printDiagnostics(io, diagnostics),
    note: (text) => io.stderr.write(`note: ${text}\n`),
    watch: (info) => terminalWatch(io, json, info, output)
  }
}

/** Prints an AppError (its diagnostics, then its message) and returns its exit code; rethrows others. */
export function reportAppError(err: unknown, io: CliIo): number {
  if (!(err instanceof AppError)) throw err
  printDiagnostics(io, err.diagnostics)
  if (err.message !== '') io.stderr.write(`runbook: ${err.message}\n`)
  switch (err.kind) {
    case 'governance':
      return ExitCode.GovernanceViolation
    case 'resume-failed':
      return ExitCode.ResumeFailed
    default:
      return ExitCode.InvalidInput
  }
}

/** A run watched from the terminal: an abort signal tied to SIGINT/SIGTERM, the progress display. */
function terminalWatch(io: CliIo, json: boolean, info: WatchInfo, output: OutputFlags): RunWatch {
  const controller = new AbortController()
  let interrupts = 0
  const unsubscribe =
    io.signals?.((why) => {
      if (why === 'output-closed') {
        io.stderr.write(
          'standard output was closed: stopping the running step and pausing the run\n'
        )
        controller.abort()
        return
      }
      interrupts++
      if (interrupts === 1) {
        io.stderr.write(
          `\n${why}: stopping the running step and pausing the run (press Ctrl-C again to quit at once)\n`
        )
        controller.abort()
      } else process.exit(130)
    }) ?? (() => undefined)
  const printer = progressPrinter({
    out: io.stdout,
    style: makeStyle(useColor(io, io.stdout)),
    json,
    live: io.interactive && !json,
    output: outputDetail(output, io.interactive && !json),
    total: info.stepsTotal,
    ...(info.instructions === undefined ? {} : { instructions: info.instructions })
  })
  return { signal: controller.signal, onRecord: printer, close: unsubscribe }
}

/** Prints how the run ended (with the resume command when paused) and returns the exit code. */
export function reportRun(
  state: RunState,
  failure: string | undefined,
  runbook: RunbookV0,
  runDir: string,
  runsDirFlag: string | undefined,
  io: CliIo,
  json: boolean,
  scenario?: string
): number {
  const code = exitCodeFor(state, failure)
  if (json) return code
  io.stdout.write(`run directory: ${runDir}\n`)
  if (state.status === 'paused')
    io.stdout.write(
      `continue with:\n  ${resumeHint(state, runbook, runsDirFlag, scenario, io.program)}\n`
    )
  return code
}
