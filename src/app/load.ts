// Loading a runbook for a run: read, validate, and pin its bytes by digest.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { LoadedRunbook, RunbookV0 } from '../runbook/index.js'
import { fileDiagnostic, validateRunbookText } from '../runbook/index.js'
import { AppError } from './errors.js'

/** Rule ids that mean "governance refuses this runbook" rather than "the runbook is malformed". */
const GOVERNANCE_RULES = new Set(['command-denied', 'command-not-allowed'])

/** A valid runbook with the exact bytes it was read from and their digest (the run pins both). */
export type RunnableRunbook = LoadedRunbook & { runbook: RunbookV0; bytes: Buffer; digest: string }

/** `sha256:<hex>` of some bytes: how a run names the runbook it started with. */
export function bytesDigest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/** Reads and validates a runbook for a run (`file` relative to `cwd`); throws AppError otherwise. */
export async function loadRunbookForRun(file: string, cwd: string): Promise<RunnableRunbook> {
  let bytes: Buffer
  try {
    bytes = await readFile(resolve(cwd, file))
  } catch (err) {
    throw new AppError('invalid-input', '', [fileDiagnostic(file, err)])
  }
  return validateBytes(bytes, file)
}

/** Validates runbook bytes; throws AppError (governance or invalid input) when it cannot run. */
export function validateBytes(bytes: Buffer, file: string): RunnableRunbook {
  const result = validateRunbookText(bytes.toString('utf8'), file)
  const errors = result.diagnostics.filter((d) => d.severity === 'error')
  if (result.runbook === undefined || errors.length > 0) {
    const governanceOnly = errors.length > 0 && errors.every((d) => GOVERNANCE_RULES.has(d.rule))
    throw new AppError(governanceOnly ? 'governance' : 'invalid-input', '', result.diagnostics)
  }
  return { ...result, runbook: result.runbook, bytes, digest: bytesDigest(bytes) }
}
