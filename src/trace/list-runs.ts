// Listing the runs in a runs directory, with what their manifest and lock say.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunStatus } from '../engine/model.js'
import { readLock } from './lock.js'
import { parseManifest } from './manifest.js'
import { RUN_ID_PATTERN } from './run-id.js'
import { MANIFEST_FILE } from './run-paths.js'

export interface RunListing {
  run_id: string
  /** run.json exists and parses: the run was committed at least once. */
  committed: boolean
  /** From run.json, when committed. */
  status?: RunStatus
  runbook_name?: string
  updated_at?: string
  /** A .lock is present: a process works on the run (or died holding it). */
  locked: boolean
}

/** The runs under `runsDir`, oldest first; an absent directory has none. */
export async function listRuns(runsDir: string): Promise<RunListing[]> {
  let names: string[]
  try {
    const entries = await readdir(runsDir, { withFileTypes: true })
    names = entries.filter((e) => e.isDirectory() && RUN_ID_PATTERN.test(e.name)).map((e) => e.name)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
  const runs: RunListing[] = []
  for (const run_id of names.sort()) {
    const dir = join(runsDir, run_id)
    const locked = (await readLock(dir)) !== undefined
    const bytes = await readFile(join(dir, MANIFEST_FILE)).catch(() => undefined)
    const manifest = bytes === undefined ? 'missing' : parseManifest(bytes)
    if (typeof manifest === 'string') {
      runs.push({ run_id, committed: false, locked })
      continue
    }
    const { status, runbook_name, updated_at } = manifest
    runs.push({ run_id, committed: true, status, runbook_name, updated_at, locked })
  }
  return runs
}
