// What exec and resume share: loading a runbook for a run, choosing where manual input comes from,
// stopping cleanly on SIGINT/SIGTERM, and reporting how the run ended.
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { TraceRecord } from '../engine/events.js'
import type { RunState } from '../engine/model.js'
import type { ManualProvider } from '../engine/providers.js'
import { SuppliedManualProvider } from '../providers/manual/supplied.js'
import { TerminalManualProvider } from '../providers/manual/terminal.js'
import type {
  ApprovalInput,
  Diagnostic,
  EvidenceFile,
  LoadedRunbook,
  RunbookV0
} from '../runbook/index.js'
import {
  fileDiagnostic,
  formatDiagnostic,
  parseEvidenceFile,
  validateRunbookText
} from '../runbook/index.js'
import { createHash } from 'node:crypto'
import { ExitCode } from './exit-codes.js'
import type { CliIo } from './io.js'
import { useColor } from './io.js'
import { exitCodeFor, resumeHint } from './outcome.js'
import { progressPrinter } from './progress.js'
import { makeStyle } from './style.js'
import { attachmentProblem } from '../providers/attachment-check.js'
import { checkAttachment } from './attachments.js'
import { evidenceChecksFor } from './evidence-check.js'

/** Rule ids that mean "governance refuses this runbook" rather than "the runbook is malformed". */
const GOVERNANCE_RULES = new Set(['command-denied', 'command-not-allowed'])

export type RunnableRunbook = LoadedRunbook & { runbook: RunbookV0; bytes: Buffer; digest: string }

/** Reads and validates a runbook for a run; prints its errors and returns the exit code otherwise. */
export async function loadRunbookForRun(
  file: string,
  io: CliIo
): Promise<RunnableRunbook | number> {
  let bytes: Buffer
  try {
    bytes = await readFile(resolve(io.cwd, file))
  } catch (err) {
    printDiagnostics(io, [fileDiagnostic(file, err)])
    return ExitCode.InvalidInput
  }
  return validateBytes(bytes, file, io)
}

/** Validates runbook bytes; prints its errors and returns the exit code when it cannot run. */
export function validateBytes(bytes: Buffer, file: string, io: CliIo): RunnableRunbook | number {
  const result = validateRunbookText(bytes.toString('utf8'), file)
  const errors = result.diagnostics.filter((d) => d.severity === 'error')
  if (result.runbook === undefined || errors.length > 0) {
    printDiagnostics(io, result.diagnostics)
    const governanceOnly = errors.length > 0 && errors.every((d) => GOVERNANCE_RULES.has(d.rule))
    return governanceOnly ? ExitCode.GovernanceViolation : ExitCode.InvalidInput
  }
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
  return { ...result, runbook: result.runbook, bytes, digest }
}

export function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`)
}

export interface ManualSources {
  /** Evidence file (flag value), resolved against the working directory. */
  evidenceFile?: string
  /** The runbook the evidence file is for; its inputs are checked against it. */
  runbook?: RunbookV0
  /** Inputs from flags, for the step the run waits on. */
  flagged?: { stepId: string; inputs: EvidenceFile[string] }
  approver?: ApprovalInput
  actor: string
  role?: string
}

/** Chooses where manual input comes from: supplied inputs, else the terminal when there is one. */
export async function manualProviderFor(
  sources: ManualSources,
  io: CliIo
): Promise<ManualProvider | number> {
  let inputs: EvidenceFile = {}
  if (sources.evidenceFile !== undefined) {
    const path = resolve(io.cwd, sources.evidenceFile)
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (err) {
      printDiagnostics(io, [fileDiagnostic(sources.evidenceFile, err)])
      return ExitCode.InvalidInput
    }
    const parsed = parseEvidenceFile(text, sources.evidenceFile, {
      resolvePath: (p) => resolve(dirname(path), p),
      attachmentProblem,
      ...(sources.runbook === undefined ? {} : { check: evidenceChecksFor(sources.runbook) })
    })
    if (!parsed.ok) {
      printDiagnostics(io, parsed.diagnostics)
      return ExitCode.InvalidInput
    }
    inputs = parsed.inputs
  }
  if (sources.flagged !== undefined) {
    const prev = inputs[sources.flagged.stepId] ?? { evidence: [], approvals: [] }
    inputs = {
      ...inputs,
      [sources.flagged.stepId]: {
        evidence: [...prev.evidence, ...sources.flagged.inputs.evidence],
        approvals: [...prev.approvals, ...sources.flagged.inputs.approvals]
      }
    }
  }
  const supplied =
    sources.evidenceFile !== undefined ||
    sources.flagged !== undefined ||
    sources.approver !== undefined
  if (supplied || !io.interactive || io.prompter === undefined)
    return new SuppliedManualProvider(inputs, sources.approver)
  const prompter = io.prompter()
  return new TerminalManualProvider({
    prompter,
    close: () => prompter.close(),
    actor: sources.actor,
    ...(sources.role === undefined ? {} : { role: sources.role }),
    checkFile: (p) => checkAttachment(resolve(io.cwd, p))
  })
}

export interface RunListener {
  signal: AbortSignal
  onRecord: (record: TraceRecord) => void
  /** The failure kind of the run_finished event, once seen. */
  failure(): string | undefined
  /** The error of the run_finished event, once seen. */
  runError(): string | null
}

/** Runs `fn` with an abort signal tied to SIGINT/SIGTERM and the progress display as listener. */
export async function withRunListener<T>(
  io: CliIo,
  json: boolean,
  total: number,
  fn: (listener: RunListener) => Promise<T>
): Promise<T> {
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
    total
  })
  let failure: string | undefined
  let runError: string | null = null
  try {
    return await fn({
      signal: controller.signal,
      onRecord: (record) => {
        if (record.type === 'run_finished') {
          failure = record.failure
          runError = record.error
        }
        printer(record)
      },
      failure: () => failure,
      runError: () => runError
    })
  } finally {
    unsubscribe()
  }
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
    io.stdout.write(`continue with:\n  ${resumeHint(state, runbook, runsDirFlag, scenario)}\n`)
  return code
}
