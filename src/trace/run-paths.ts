// The layout of a run directory and the names inside it. Stored paths are relative and use `/`, so
// a run directory can move to another machine (a CI artifact resumed elsewhere) unchanged.
import { join } from 'node:path'

export const RUNBOOK_FILE = 'runbook.yaml'
export const TRACE_FILE = 'trace.jsonl'
export const MANIFEST_FILE = 'run.json'
export const LOCK_FILE = '.lock'
/**
 * The process group a step is running (src/providers/cli/group-ledger.ts): bookkeeping of the live
 * machine, like .lock, so not run data and not in run.json.
 */
export const GROUP_FILE = '.group'
/**
 * Bookkeeping of the live machine at the top of a run directory: the lock and its helper files
 * (`.lock.tmp-*`, `.lock.stale-*`) and `.group`. Not run data: not in run.json, never uploaded with
 * a run, and meaningless (a process of another machine) in a run directory that was downloaded.
 */
export function isMachineLocal(name: string): boolean {
  return name === LOCK_FILE || name === GROUP_FILE || name.startsWith(`${LOCK_FILE}.`)
}
/** The durable head anchor (durable-head.ts). */
export const HEAD_FILE = 'trace.head.json'
export const SNAPSHOTS_DIR = 'snapshots'
export const OUTPUTS_DIR = 'outputs'
export const ATTACHMENTS_DIR = 'attachments'
/** Torn trace tails set aside on resume: trace.jsonl.torn-1, -2, ... */
export const TORN_PREFIX = `${TRACE_FILE}.torn-`

const SNAPSHOT_NAME = /^step-(\d{4,})\.json$/

/** `snapshots/step-0003.json` */
export function snapshotPath(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`snapshot index must be a whole number >= 0, got ${index}`)
  }
  return `${SNAPSHOTS_DIR}/step-${String(index).padStart(4, '0')}.json`
}

/** The index in a snapshot file name (`step-0003.json` -> 3), or undefined for another name. */
export function snapshotIndex(name: string): number | undefined {
  const m = SNAPSHOT_NAME.exec(name)
  return m?.[1] === undefined ? undefined : Number(m[1])
}

/** `outputs/<step_id>.<attempt>.stdout.txt` */
export function outputPath(stepId: string, stream: 'stdout' | 'stderr', attempt: number): string {
  if (!Number.isSafeInteger(attempt) || attempt < 1) {
    throw new RangeError(`attempt must be a whole number >= 1, got ${attempt}`)
  }
  return `${OUTPUTS_DIR}/${safeSegment(stepId)}.${attempt}.${stream}.txt`
}

/** `attachments/<step_id>/<evidence_name>` */
export function attachmentDir(stepId: string, name: string): string {
  return `${ATTACHMENTS_DIR}/${safeSegment(stepId)}/${safeSegment(name)}`
}

/** The last segment of a path as given (either separator), kept as original_name. */
export function givenName(sourcePath: string): string {
  return (
    sourcePath
      .split(/[\\/]/)
      .filter((s) => s !== '')
      .at(-1) ?? ''
  )
}

/** The file name an attachment keeps: the basename of its source, made safe. */
export function attachmentName(sourcePath: string): string {
  return safeSegment(givenName(sourcePath), 'attachment')
}

/**
 * One path segment that cannot escape its directory or hide: characters other than letters,
 * digits, `.`, `_` and `-` become `_`, and leading dots become `_` (so `..` and `.lock` cannot be
 * produced).
 */
export function safeSegment(name: string, fallback = '_'): string {
  const safe = name
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\.+/, (dots) => '_'.repeat(dots.length))
  return safe === '' ? fallback : safe
}

/** True for a relative `/`-separated path that stays inside its directory. */
export function isSafeRelativePath(rel: string): boolean {
  if (rel === '' || rel.startsWith('/') || rel.includes('\\') || /^[A-Za-z]:/.test(rel))
    return false
  return rel.split('/').every((s) => s !== '' && s !== '.' && s !== '..')
}

/** The absolute path of a stored relative path inside a run directory. */
export function inRun(dir: string, rel: string): string {
  return join(dir, ...rel.split('/'))
}
