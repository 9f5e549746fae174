// Diagnostics: every problem the validator, loaders and compiler report, with a rule id and a location.

export type Severity = 'error' | 'warning'

/** A path into a document, e.g. ['steps', 2, 'with', 'argv']. */
export type DocPath = readonly (string | number)[]

export interface Diagnostic {
  /** Stable rule id, e.g. `cli-argv-required`. */
  rule: string
  severity: Severity
  /** What is wrong and what was expected. */
  message: string
  file: string
  line: number
  col: number
  /** Path of the offending value, e.g. `steps[2].with.argv`; empty for the whole document. */
  path: string
}

/** Formats ['steps', 2, 'with', 'argv'] as `steps[2].with.argv`. */
/** How a condition's diagnostic names the column inside the expression. */
export function columnNote(offset: number): string {
  return `(column ${offset + 1} of the condition)`
}

export function formatPath(path: DocPath): string {
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`
    else out += `[${JSON.stringify(seg)}]`
  }
  return out
}

/** Shortens a value for a message: `'CrashLoop…'` (strings quoted, at most `max` characters). */
export function preview(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text
  return typeof value === 'string' ? `'${short}'` : short
}

/** `FILE:LINE:COL: error RULE: message (at path)` */
export function formatDiagnostic(d: Diagnostic): string {
  const at = d.path === '' ? '' : ` (at ${d.path})`
  return `${d.file}:${d.line}:${d.col}: ${d.severity} ${d.rule}: ${d.message}${at}`
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): {
  errors: number
  warnings: number
} {
  let errors = 0
  for (const d of diagnostics) if (d.severity === 'error') errors++
  return { errors, warnings: diagnostics.length - errors }
}

/** Orders diagnostics by position, then rule id, so output is stable. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.col - b.col ||
      a.rule.localeCompare(b.rule)
  )
}

/** `2 errors, 1 warning` */
export function describeCounts(errors: number, warnings: number): string {
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
}
