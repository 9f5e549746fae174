// Reopening a run to resume it: take the lock, check the whole trace, set a torn tail aside, and
// find the latest snapshot that agrees with the trace. The engine then folds the records after the
// snapshot onto its state.
import { appendFile, readdir, readFile, stat, truncate } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { TraceRecord } from '../engine/events.js'
import type { RunState } from '../engine/model.js'
import type { Clock, StoredFile } from '../engine/ports.js'
import { fsyncDir, writeFileExclusive } from './durable-file.js'
import { durableClaims, shortfall } from './durable-head.js'
import type { LockHolder } from './errors.js'
import { RunNotFoundError, TraceTamperedError } from './errors.js'
import { FileRunStore } from './file-run-store.js'
import { sha256Hex } from './hash-chain.js'
import { acquireLock, releaseLock } from './lock.js'
import { nearbyRunIds } from './run-id.js'
import {
  HEAD_FILE,
  inRun,
  MANIFEST_FILE,
  safeSegment,
  SNAPSHOTS_DIR,
  snapshotIndex,
  TORN_PREFIX,
  TRACE_FILE
} from './run-paths.js'
import { checkSnapshot } from './snapshot.js'
import { foldStates } from './trace-fold.js'
import type { FoldedTrace } from './trace-fold.js'
import type { TornTail } from './trace-reader.js'
import { readTrace } from './trace-reader.js'
import { TraceWriter } from './trace-writer.js'
import { listRuns } from './list-runs.js'

export interface OpenRunOptions {
  clock: Clock
}

export interface OpenedRun {
  store: FileRunStore
  /** Every record of the trace, checked. */
  records: TraceRecord[]
  /** The latest snapshot that agrees with the trace; fold `records` after `state.seq` onto it. */
  snapshot?: { state: RunState; file: StoredFile }
  /** Bytes of a torn final line set aside (0 when there was none). */
  discardedBytes: number
  /** Where the torn bytes went: `trace.jsonl.torn-<n>`. */
  tornFile?: string
  /** Snapshots newer than the one returned that disagree with the trace, and why. */
  skippedSnapshots: { file: string; reason: string }[]
  /** The stale lock (same host, process gone) this open took over. */
  lockTakenOver?: LockHolder
  /** run.json names the trace's last record: the run as it stands is committed. */
  committed: boolean
}

/** Opens `<runsDir>/<runId>` for resuming; throws RunNotFoundError, RunLockedError, TraceTamperedError. */
export async function openRun(
  runsDir: string,
  runId: string,
  opts: OpenRunOptions
): Promise<OpenedRun> {
  const dir = resolve(runsDir, runId)
  if (safeSegment(runId) !== runId || !(await isDir(dir))) {
    const ids = (await listRuns(runsDir)).map((r) => r.run_id)
    throw new RunNotFoundError(runId, runsDir, nearbyRunIds(runId, ids))
  }
  const lock = await acquireLock(dir, runId, opts.clock.now())
  try {
    const trace = await readTrace(inRun(dir, TRACE_FILE))
    if (trace.broken !== undefined) {
      const b = trace.broken
      throw new TraceTamperedError(runId, b.seq, b.line, b.message)
    }
    const folded = foldStates(trace.records)
    if (folded.error !== undefined) {
      const seq = folded.error.seq
      throw new TraceTamperedError(runId, seq, seq, folded.error.message, { cause: folded.error })
    }
    // A trace shorter than what a durable file proves was written lost records that were on disk:
    // refused, whether the loss is a dropped tail or a line cut (then a "torn" tail that a durable
    // record had seen). A torn line beyond every claim is a crash's unfinished append.
    const claims = await durableClaims(dir)
    const short = shortfall(trace.records, claims)
    if (short.length > 0) {
      const seq = trace.records.length + 1
      throw new TraceTamperedError(runId, seq, seq, short.join('; '))
    }
    const committed = claims.some(
      (c) => c.source === MANIFEST_FILE && 'head' in c && c.head.seq === trace.records.length
    )
    const tornFile = trace.torn === undefined ? undefined : await setTornAside(dir, trace.torn)
    if (trace.unterminated) await appendFile(inRun(dir, TRACE_FILE), '\n')
    const { snapshot, skipped } = await latestSnapshot(dir, trace.records, folded)
    const writer = await TraceWriter.open(
      inRun(dir, TRACE_FILE),
      opts.clock,
      trace.records,
      inRun(dir, HEAD_FILE)
    )
    await writer.sync() // makes the truncation or the added newline durable
    return {
      store: new FileRunStore(runId, dir, writer, lock.holder, trace.records),
      records: trace.records,
      snapshot,
      discardedBytes: trace.torn?.bytes ?? 0,
      tornFile,
      skippedSnapshots: skipped,
      lockTakenOver: lock.takenOver,
      committed
    }
  } catch (err) {
    await releaseLock(dir, lock.holder)
    throw err
  }
}

// Nothing is deleted: the torn bytes are saved (fsynced) before the trace is cut back to its last
// complete line. A crash in between leaves them in both places, and the next open saves them again.
async function setTornAside(dir: string, torn: TornTail): Promise<string> {
  const tracePath = inRun(dir, TRACE_FILE)
  const bytes = (await readFile(tracePath)).subarray(torn.offset)
  const taken = new Set(await readdir(dir))
  let n = 1
  while (taken.has(`${TORN_PREFIX}${n}`)) n++
  const file = `${TORN_PREFIX}${n}`
  await writeFileExclusive(inRun(dir, file), bytes)
  await truncate(tracePath, torn.offset)
  await fsyncDir(dir)
  return file
}

async function latestSnapshot(
  dir: string,
  records: readonly TraceRecord[],
  folded: FoldedTrace
): Promise<{
  snapshot?: { state: RunState; file: StoredFile }
  skipped: { file: string; reason: string }[]
}> {
  const names = await readdir(inRun(dir, SNAPSHOTS_DIR)).catch(() => [] as string[])
  const skipped: { file: string; reason: string }[] = []
  // Newest first (by the step in the name, which checkSnapshot holds to the state's; the step index
  // never goes down as the trace grows): the first that agrees is the latest, and older ones are
  // not read at all, so opening a long run checks one snapshot, not one per SNAPSHOT_STEPS steps.
  const newestFirst = names
    .map((name) => ({ name, index: snapshotIndex(name) }))
    .filter((n): n is { name: string; index: number } => n.index !== undefined)
    .sort((a, b) => b.index - a.index)
  for (const { name } of newestFirst) {
    const file = `${SNAPSHOTS_DIR}/${name}`
    const bytes = await readFile(inRun(dir, file))
    const check = checkSnapshot(file, bytes, records, folded)
    if (!check.ok) {
      skipped.push({ file, reason: check.problem })
      continue
    }
    const stored = { file, sha256: sha256Hex(bytes), bytes: bytes.length }
    return { snapshot: { state: check.snapshot.state, file: stored }, skipped }
  }
  return { skipped }
}

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}
