// An application-layer error in the job: its diagnostics become annotations on their lines (within
// GitHub's limits), its message the job's failure.
import { AppError } from '../app/index.js'
import type { Annotation } from './annotations.js'
import { diagnosticAnnotations, limitAnnotations } from './annotations.js'
import type { ActionPorts, CommandResult } from './ports.js'

/** Annotates an AppError and returns the failure; other errors propagate (they are bugs). */
export function failAppError(err: unknown, ports: ActionPorts, what: string): CommandResult {
  if (!(err instanceof AppError)) throw err
  annotateDiagnostics(err.diagnostics, ports)
  const errors = err.diagnostics.filter((d) => d.severity === 'error').length
  const detail =
    err.message !== ''
      ? err.message
      : `${errors} error${errors === 1 ? '' : 's'}; see the annotations`
  return { failed: `${what}: ${detail}` }
}

/** Annotates diagnostics on their file and line, the most useful first. */
export function annotateDiagnostics(
  diagnostics: Parameters<typeof diagnosticAnnotations>[0],
  ports: ActionPorts
): void {
  emitAnnotations(diagnosticAnnotations(diagnostics), ports)
}

/** Emits annotations within GitHub's limits (the most useful first, then a count of the rest). */
export function emitAnnotations(all: readonly Annotation[], ports: ActionPorts): void {
  for (const a of limitAnnotations(all)) {
    const props = {
      title: a.title,
      ...(a.file === undefined ? {} : { file: a.file }),
      ...(a.line === undefined ? {} : { startLine: a.line }),
      ...(a.col === undefined ? {} : { startColumn: a.col })
    }
    if (a.level === 'error') ports.error(a.message, props)
    else ports.warning(a.message, props)
  }
}
