// The application layer (STYLE.md §11): what a face does with a runbook, written once. The CLI, the
// GitHub Action and the debugger call these and only translate their inputs and outputs.
export { AppError } from './errors.js'
export type { AppErrorKind } from './errors.js'
export type { AppIo, RunWatch } from './ports.js'
export { loadRunbookForRun, validateBytes, bytesDigest } from './load.js'
export type { RunnableRunbook } from './load.js'
export { startRunbook } from './start.js'
export type { StartRequest, StartOutcome } from './start.js'
export { resumeRunbook } from './resume.js'
export type { ResumeRequest, SuppliedInputs } from './resume.js'
export type { RunOutcome } from './outcome.js'
export { actorName, destructiveReason, runbookRedactor } from './deps.js'
export { evidenceChecksFor } from './evidence-check.js'
