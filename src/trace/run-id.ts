// Run ids: the UTC start time to the second plus 4 random hex digits (20261122T153042-a7f3). The
// directory is created without `recursive`, so two runs can never share one: on EEXIST another
// random suffix is tried.
import { randomBytes } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { makeDirs } from './durable-file.js'
import { RunStoreError } from './errors.js'

export const RUN_ID_PATTERN = /^\d{8}T\d{6}-[0-9a-f]{4}$/

const MAX_TRIES = 64

/** Four random hex digits. */
export function randomSuffix(): string {
  return randomBytes(2).toString('hex')
}

/** The run id for a start time (ISO-8601) and a suffix. */
export function formatRunId(now: string, suffix: string): string {
  const iso = new Date(now).toISOString() // throws RangeError for a time that is not one
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}-${suffix}`
}

/** Creates `<runsDir>/<run_id>/` under a fresh id and returns the id and the directory. */
export async function makeRunDir(
  runsDir: string,
  now: string,
  suffix: () => string = randomSuffix
): Promise<{ runId: string; dir: string }> {
  await makeDirs(runsDir)
  for (let i = 0; i < MAX_TRIES; i++) {
    const runId = formatRunId(now, suffix())
    if (!RUN_ID_PATTERN.test(runId)) throw new RangeError(`not a run id: ${runId}`)
    const dir = join(runsDir, runId)
    try {
      await mkdir(dir)
      return { runId, dir }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
  }
  throw new RunStoreError(`no free run id in ${runsDir} after ${MAX_TRIES} tries`)
}

/** Existing run ids that look like `runId` (a prefix of it, or a few characters away). */
export function nearbyRunIds(runId: string, existing: readonly string[]): string[] {
  return existing
    .map((id) => ({ id, d: id.startsWith(runId) ? 0 : editDistance(runId, id) }))
    .filter(({ d }) => d <= 3)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, 5)
    .map(({ id }) => id)
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost)
    }
    row = next
  }
  return row[b.length] ?? 0
}
