// Reading a runbook from disk: a thin wrapper around validateRunbookText that turns file-system
// failures into located diagnostics and records the digest the engine pins a run to.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Diagnostic } from './diagnostic.js'
import { cannotBeRead, fsErrorReason } from './fs-reason.js'
import type { ValidationResult } from './validate.js'
import { validateRunbookText } from './validate.js'

export interface LoadedRunbook extends ValidationResult {
  /** `sha256:<hex>` of the file bytes; absent when the file could not be read. */
  digest?: string
}

/** Reads and validates a runbook file. Never throws for a missing or unreadable file. */
export async function loadRunbookFile(path: string, cwd?: string): Promise<LoadedRunbook> {
  let bytes: Buffer
  try {
    // A relative path is the caller's (a face's working directory), reported as given.
    bytes = await readFile(cwd === undefined ? path : resolve(cwd, path))
  } catch (err) {
    return { file: path, diagnostics: [fileDiagnostic(path, err)] }
  }
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
  return { ...validateRunbookText(bytes.toString('utf8'), path), digest }
}

/** A diagnostic for a file that could not be read. */
export function fileDiagnostic(path: string, err: unknown): Diagnostic {
  const reason = fsErrorReason(
    err,
    { ENOENT: 'no such file', EISDIR: 'is a directory, expected a YAML file' },
    cannotBeRead
  )
  return {
    rule: 'file-unreadable',
    severity: 'error',
    message: reason,
    file: path,
    line: 1,
    col: 1,
    path: ''
  }
}
