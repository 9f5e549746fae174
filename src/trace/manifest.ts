// run.json, the manifest: written last, it commits the run. It names the trace head and the digest
// of every other file in the directory, so a changed, missing or added file is visible.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { TraceRecord } from '../engine/events.js'
import type { PendingInput, RunEnding, RunOutcome, RunState, StepStatus } from '../engine/model.js'
import { parseJsonBytes } from './canonical-json.js'
import type { TraceHead } from './hash-chain.js'
import { isMachineLocal, MANIFEST_FILE } from './run-paths.js'

export const MANIFEST_FORMAT = 'runbook-run/v1'

export interface FileDigest {
  sha256: string
  bytes: number
}

/** A step's latest result; `started` when an attempt began but has no result yet. */
export interface ManifestStep {
  status: StepStatus | 'started'
  attempt: number
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT
  run_id: string
  runbook_path: string
  runbook_digest: string
  runbook_name: string
  mode: RunState['mode']
  status: RunState['status']
  /** Who ended the paused run instead of answering it, and why (as the trace's run_finished says). */
  ended_by?: RunEnding
  /** Who started the run. */
  actor: string
  started_at: string
  /** When the trace's last record was written. */
  updated_at: string
  steps_total: number
  /** Step results recorded, by status. */
  results: RunState['results']
  /** The outcome a step reached, when one ended the run. */
  outcome?: RunOutcome
  /** What a paused run waits for. */
  pending?: PendingInput
  steps: Record<string, ManifestStep>
  /** The last record of trace.jsonl when the manifest was written. */
  trace: TraceHead
  /** Every file of the run directory except run.json and the lock, by relative `/` path. */
  files: Record<string, FileDigest>
}

/** Per step id, the status of its latest result and its attempt count: a fold of the trace. */
export class StepTally {
  private readonly steps: Record<string, ManifestStep> = {}

  /** Takes one record into account (O(1)). */
  add(record: TraceRecord): void {
    if (record.type === 'step_started')
      this.steps[record.step_id] = { status: 'started', attempt: record.attempt }
    else if (record.type === 'step_result') {
      const r = record.result
      this.steps[r.step_id] = { status: r.status, attempt: r.attempt }
    }
  }

  summary(): Record<string, ManifestStep> {
    return { ...this.steps }
  }
}

/** The steps of run.json for a whole trace. */
export function stepSummary(records: Iterable<TraceRecord>): Record<string, ManifestStep> {
  const tally = new StepTally()
  for (const r of records) tally.add(r)
  return tally.summary()
}

/** Everything run.json says about the run: the fold of the trace (`state`, `steps`) at its last record. */
export type ManifestBody = Omit<Manifest, 'trace' | 'files'>

/**
 * run.json's account of the run, from the state after the last record (whose time is
 * `lastRecordTs`) and the steps' fold. The writer and verify both build it here, so verify
 * compares every field run.json has with what the trace says.
 */
export function manifestBody(
  state: RunState,
  steps: Record<string, ManifestStep>,
  lastRecordTs: string
): ManifestBody {
  return {
    format: MANIFEST_FORMAT,
    run_id: state.run_id,
    runbook_path: state.runbook_path,
    runbook_digest: state.runbook_digest,
    runbook_name: state.runbook_name,
    mode: state.mode,
    status: state.status,
    actor: state.actor,
    started_at: state.started_at,
    updated_at: lastRecordTs,
    steps_total: state.steps_total,
    results: { ...state.results },
    ...(state.outcome === undefined ? {} : { outcome: state.outcome }),
    ...(state.pending === undefined ? {} : { pending: state.pending }),
    ...(state.ended_by === undefined ? {} : { ended_by: state.ended_by }),
    steps
  }
}

/** What a walk of the run directory finds. */
export interface RunFiles {
  /** Regular files, relative `/` paths, sorted. */
  files: string[]
  /** Entries that are neither files nor directories (symlinks, sockets...): never run data. */
  others: string[]
}

/** Lists the run directory as the manifest covers it; `onDir` sees every directory (for fsync). */
export async function walkRunDir(
  dir: string,
  onDir?: (path: string) => Promise<void>
): Promise<RunFiles> {
  const found: RunFiles = { files: [], others: [] }
  const visit = async (abs: string, rel: string): Promise<void> => {
    await onDir?.(abs)
    for (const entry of await readdir(abs, { withFileTypes: true })) {
      const relPath = rel === '' ? entry.name : `${rel}/${entry.name}`
      if (rel === '' && excluded(entry.name)) continue
      if (entry.isDirectory()) await visit(join(abs, entry.name), relPath)
      else if (entry.isFile()) found.files.push(relPath)
      else found.others.push(relPath)
    }
  }
  await visit(dir, '')
  found.files.sort()
  found.others.sort()
  return found
}

function excluded(name: string): boolean {
  return name === MANIFEST_FILE || isMachineLocal(name)
}

/** The bytes of run.json: sorted keys, indented for people. */
export function encodeManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, sortKeys, 2)}\n`
}

/** Parses run.json, or says why it cannot be used. */
export function parseManifest(bytes: Uint8Array): Manifest | string {
  const parsed = parseJsonBytes(bytes)
  if (parsed === undefined) return 'run.json is not valid JSON'
  const m = parsed.value as Partial<Manifest> | null
  if (m?.format !== MANIFEST_FORMAT) return `run.json's format is not ${MANIFEST_FORMAT}`
  const ok =
    typeof m.trace?.hash === 'string' &&
    Number.isSafeInteger(m.trace.seq) &&
    typeof m.steps === 'object' &&
    typeof m.files === 'object' &&
    m.files !== null &&
    Object.values(m.files).every(
      (f: Partial<FileDigest> | null) =>
        typeof f?.sha256 === 'string' && typeof f.bytes === 'number'
    )
  return ok ? (m as Manifest) : 'run.json lacks its trace head, steps or a valid file list'
}

function sortKeys(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const obj = value as Record<string, unknown>
  return Object.fromEntries(
    Object.keys(obj)
      .sort()
      .map((k) => [k, obj[k]])
  )
}
