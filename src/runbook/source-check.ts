// Staleness: a compiled runbook names its TSG and the TSG's digest in meta.source; when the TSG has
// changed since, the runbook no longer says what the guide says. A warning, located at the digest.
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { Diagnostic } from './diagnostic.js'
import { fsErrorReason } from './fs-reason.js'
import { sourceMatches } from './source-hash.js'
import type { ValidationResult } from './validate.js'

/** The TSG's text, or why it could not be read. */
export type SourceText = { text: string } | { error: string }

/** Pure: the staleness finding for a validated runbook, given its source's text. */
export function sourceDiagnostics(result: ValidationResult, source: SourceText): Diagnostic[] {
  const meta = result.runbook?.meta.source
  if (meta?.source_hash === undefined || result.source === undefined) return []
  const where = ['meta', 'source', 'source_hash']
  if ('error' in source)
    return [
      result.source.diag(
        'source-unreadable',
        'warning',
        `cannot check whether the runbook is stale: its source '${meta.file}' (meta.source.file, relative to the runbook) ${source.error}`,
        ['meta', 'source', 'file']
      )
    ]
  if (sourceMatches(meta.source_hash, source.text)) return []
  return [
    result.source.diag(
      'source-stale',
      'warning',
      `the runbook is stale: its source '${meta.file}' changed since it was compiled (expected ${meta.source_hash}); compile it again with \`runbook compile ${meta.file} -o <this file>\` and review the difference`,
      where
    )
  ]
}

/** Reads the source named by meta.source.file (relative to the runbook) and checks it. */
export async function checkSourceFile(
  result: ValidationResult,
  /** What a relative `result.file` is relative to (a face's working directory). */
  cwd?: string
): Promise<Diagnostic[]> {
  const meta = result.runbook?.meta.source
  if (meta?.source_hash === undefined) return []
  const file = cwd === undefined ? result.file : resolve(cwd, result.file)
  let source: SourceText
  try {
    source = { text: await readFile(resolve(dirname(file), meta.file), 'utf8') }
  } catch (err) {
    source = { error: fsErrorReason(err, { ENOENT: 'does not exist' }) }
  }
  return sourceDiagnostics(result, source)
}
