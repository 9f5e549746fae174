// Typed errors of the run directory. Each names what it found so the face can print it as is and map
// it to an exit code (a tampered trace or a locked run refuses a resume: exit 4).
import type { RunResumedEvent } from '../engine/events.js'

/** Who holds a run's .lock: the shape a resume records in run_resumed.lock_taken_over. */
export type LockHolder = NonNullable<RunResumedEvent['lock_taken_over']>

/** Another process works on the run (or did, on another host, and may still). */
export class RunLockedError extends Error {
  override name = 'RunLockedError'
  constructor(
    readonly runId: string,
    /** Absent when the lock file could not be read (being written, or damaged). */
    readonly holder: LockHolder | undefined,
    readonly lockPath: string
  ) {
    const who =
      holder === undefined
        ? 'a process whose lock file cannot be read'
        : `pid ${holder.pid} on ${holder.hostname} since ${holder.started_at}`
    super(
      `run ${runId} is locked by ${who}; if that process is gone, remove ${lockPath} and try again`
    )
  }
}

/** No run directory of that id. */
export class RunNotFoundError extends Error {
  override name = 'RunNotFoundError'
  constructor(
    readonly runId: string,
    readonly runsDir: string,
    /** Existing run ids that look like the one asked for. */
    readonly nearby: string[]
  ) {
    const hint = nearby.length > 0 ? `; did you mean ${nearby.join(', ')}?` : ''
    super(`no run ${runId} in ${runsDir}${hint}`)
  }
}

/** The trace's hash chain (or the events it holds) cannot be trusted; a resume is refused. */
export class TraceTamperedError extends Error {
  override name = 'TraceTamperedError'
  constructor(
    readonly runId: string,
    /** seq of the first record that cannot be trusted. */
    readonly seq: number,
    /** 1-based line of trace.jsonl holding it. */
    readonly line: number,
    readonly reason: string,
    options?: { cause?: unknown }
  ) {
    super(`trace of run ${runId} is broken at line ${line} (record ${seq}): ${reason}`, options)
  }
}

/** A file could not be stored in the run directory (attachment source unreadable, name taken...). */
export class RunStoreError extends Error {
  override name = 'RunStoreError'
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

/**
 * Why a run directory whose trace holds no record is left behind: the process ended (kill -9,
 * power loss) between creating the directory and making run_started durable. No step can have
 * run: the engine makes run_started durable before the first step starts.
 */
export const NEVER_STARTED =
  'the run never started: the process ended before its first record (run_started) was written, so no step ran; start a new run with runbook exec, and delete this directory'
