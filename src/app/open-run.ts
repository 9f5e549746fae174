// Opening a run directory again (to resume it, or to end it): the lock, the fold of the trace after
// its latest snapshot, and the run's own pinned copy of its runbook. Shared by resume.ts and end.ts.
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { RunState } from '../engine/model.js'
import { foldTrace } from '../engine/reduce.js'
import { systemClock } from '../providers/system-clock.js'
import { fsErrorReason } from '../runbook/fs-reason.js'
import type { OpenedRun } from '../trace/index.js'
import {
  NEVER_STARTED,
  openRun,
  RunLockedError,
  RunNotFoundError,
  RunStoreError,
  TraceTamperedError
} from '../trace/index.js'
import { AppError } from './errors.js'
import { bytesDigest } from './load.js'
import { checkRunsDir } from './output-targets.js'
import type { AppIo } from './ports.js'

/** A reason the run cannot be resumed (or ended). */
export class ResumeError extends Error {
  override name = 'ResumeError'
}

/** Opens (and locks) the run `runId`; AppError `resume-failed` when it cannot be opened. */
export async function openExisting(
  runsDir: string,
  runId: string,
  io: AppIo,
  verb = 'resume'
): Promise<OpenedRun> {
  await checkRunsDir(runsDir, io.cwd)
  try {
    return await openRun(resolve(io.cwd, runsDir), runId, { clock: systemClock })
  } catch (err) {
    if (
      err instanceof RunNotFoundError ||
      err instanceof RunLockedError ||
      err instanceof TraceTamperedError ||
      err instanceof RunStoreError
    )
      throw new AppError('resume-failed', `cannot ${verb} ${runId}: ${err.message}`)
    throw err
  }
}

/** The run's state: its latest snapshot plus the fold of the records after it. */
export function foldOpened(opened: OpenedRun, io: AppIo): RunState {
  for (const s of opened.skippedSnapshots) io.note(`ignored snapshot ${s.file}: ${s.reason}`)
  if (opened.discardedBytes > 0)
    io.note(
      `set aside ${opened.discardedBytes} bytes of a torn trace line (a crash mid-write) in ${opened.tornFile ?? 'trace.jsonl.torn'}`
    )
  const base = opened.snapshot?.state
  const state = foldTrace(
    opened.records.filter((r) => r.seq > (base?.seq ?? 0)),
    base
  )
  if (state === undefined)
    throw new ResumeError(
      opened.records.length === 0 ? NEVER_STARTED : 'the trace holds no run_started event'
    )
  return state
}

/** The bytes of the run's own copy of its runbook, refused when they are not what it started with. */
export async function runbookCopy(opened: OpenedRun, state: RunState): Promise<Buffer> {
  let copy: Buffer
  try {
    copy = await readFile(join(opened.store.dir, 'runbook.yaml'))
  } catch (err) {
    throw new ResumeError(
      `the run directory's runbook.yaml cannot be read (${fsErrorReason(err)}): the run directory was altered`
    )
  }
  if (bytesDigest(copy) !== state.runbook_digest)
    throw new ResumeError(
      `the run directory's runbook.yaml does not match the digest the run started with (${state.runbook_digest}): the run directory was altered`
    )
  return copy
}
