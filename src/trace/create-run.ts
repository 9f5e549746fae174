// Starting a run directory: a fresh run id, the lock, the runbook bytes, an empty trace.
import { resolve } from 'node:path'
import type { Clock } from '../engine/ports.js'
import { fsyncDir, writeFileExclusive } from './durable-file.js'
import { FileRunStore } from './file-run-store.js'
import { acquireLock, releaseLock } from './lock.js'
import { makeRunDir } from './run-id.js'
import { HEAD_FILE, inRun, RUNBOOK_FILE, TRACE_FILE } from './run-paths.js'
import { TraceWriter } from './trace-writer.js'

export interface CreateRunOptions {
  /** Where run directories live, e.g. `.runbook/runs`; created when missing. */
  runsDir: string
  /** The runbook bytes the run starts with; copied to runbook.yaml. */
  runbook: Uint8Array | string
  clock: Clock
  /** Four hex digits for the run id (tests inject collisions); random by default. */
  randomSuffix?: () => string
  /**
   * false for the throwaway run directories of `runbook test`: the same files, chain and anchor,
   * written without fsync (default true: every run a person may resume is durable).
   */
  durable?: boolean
}

/** Creates `<runsDir>/<run_id>/`, takes its lock and returns the store the engine writes through. */
export async function createRun(opts: CreateRunOptions): Promise<FileRunStore> {
  const runsDir = resolve(opts.runsDir)
  const now = opts.clock.now()
  const { runId, dir } = await makeRunDir(runsDir, now, opts.randomSuffix)
  const { holder } = await acquireLock(dir, runId, now)
  const durable = opts.durable ?? true
  try {
    await writeFileExclusive(inRun(dir, RUNBOOK_FILE), opts.runbook, durable)
    const writer = await TraceWriter.open(
      inRun(dir, TRACE_FILE),
      opts.clock,
      [],
      inRun(dir, HEAD_FILE),
      {
        durable
      }
    )
    if (durable) {
      await fsyncDir(dir)
      await fsyncDir(runsDir)
    }
    return new FileRunStore(runId, dir, writer, holder, [], durable)
  } catch (err) {
    await releaseLock(dir, holder)
    throw err
  }
}
