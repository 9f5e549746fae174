// `runbook validate FILE...`: every diagnostic of every file, as text or JSON; exit 0 or 3.
import type { Diagnostic, LoadedRunbook } from '../../runbook/index.js'
import {
  checkSourceFile,
  countBySeverity,
  describeCounts,
  formatDiagnostic,
  loadRunbookFile
} from '../../runbook/index.js'
import { ExitCode } from '../exit-codes.js'
import type { CliIo } from '../io.js'
import { useColor } from '../io.js'
import { makeStyle } from '../style.js'

export interface ValidateOptions {
  format: 'text' | 'json'
  strict: boolean
}

/** Validates each file; returns the exit code. */
export async function validateCommand(
  files: string[],
  opts: ValidateOptions,
  io: CliIo
): Promise<number> {
  const results: LoadedRunbook[] = []
  for (const file of files) {
    const loaded = await loadRunbookFile(file, io.cwd)
    // A compiled runbook whose TSG changed since is stale: a warning (an error with --strict).
    const stale = await checkSourceFile(loaded, io.cwd)
    results.push(
      stale.length === 0 ? loaded : { ...loaded, diagnostics: [...loaded.diagnostics, ...stale] }
    )
  }
  const failed = (r: LoadedRunbook): boolean => {
    const { errors, warnings } = countBySeverity(r.diagnostics)
    return errors > 0 || (opts.strict && warnings > 0)
  }
  if (opts.format === 'json') {
    const files = results.map((r) => ({
      file: r.file,
      valid: !failed(r),
      ...countBySeverity(r.diagnostics),
      diagnostics: r.diagnostics
    }))
    io.stdout.write(`${JSON.stringify({ valid: files.every((f) => f.valid), files }, null, 2)}\n`)
  } else {
    const style = makeStyle(useColor(io, io.stdout))
    for (const r of results) io.stdout.write(textReport(r, failed(r), style))
  }
  return results.some(failed) ? ExitCode.InvalidInput : ExitCode.Ok
}

function textReport(
  r: LoadedRunbook,
  failed: boolean,
  style: ReturnType<typeof makeStyle>
): string {
  const { errors, warnings } = countBySeverity(r.diagnostics)
  const counts = describeCounts(errors, warnings)
  const head = failed
    ? `${r.file}: ${style.red('invalid')} (${counts})`
    : `${r.file}: ${style.green('valid')}${warnings > 0 ? ` (${counts})` : ''}`
  const lines = r.diagnostics.map((d: Diagnostic) => {
    const text = formatDiagnostic(d)
    return d.severity === 'error'
      ? text.replace(' error ', ` ${style.red('error')} `)
      : text.replace(' warning ', ` ${style.yellow('warning')} `)
  })
  return [head, ...lines].join('\n') + '\n'
}
