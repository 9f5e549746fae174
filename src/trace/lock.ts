// The run's .lock: one process works on a run at a time. The lock file is written completely under a
// temporary name and then hard-linked to .lock, so it appears atomically and a reader never sees an
// empty lock (link fails with EEXIST when the lock is held, like O_EXCL). Its helper files are named
// `.lock.tmp-*` and `.lock.stale-*`; like .lock itself they are not run data and not in run.json.
import { link, readFile, rename, rm } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { fsyncDir, uniqueTag, writeFileExclusive } from './durable-file.js'
import type { LockHolder } from './errors.js'
import { RunLockedError } from './errors.js'
import { LOCK_FILE } from './run-paths.js'

export interface AcquiredLock {
  holder: LockHolder
  /** The holder of a stale lock (same host, process gone) that was taken over. */
  takenOver?: LockHolder
}

const errCode = (err: unknown): string | undefined => (err as NodeJS.ErrnoException).code

/** Takes the lock of the run in `dir`; throws RunLockedError when a live process holds it. */
export async function acquireLock(dir: string, runId: string, now: string): Promise<AcquiredLock> {
  const path = join(dir, LOCK_FILE)
  const holder: LockHolder = { pid: process.pid, hostname: hostname(), started_at: now }
  let takenOver: LockHolder | undefined
  for (let round = 0; round < 3; round++) {
    if (await tryCreate(path, holder)) {
      await fsyncDir(dir)
      return { holder, takenOver }
    }
    const text = await readIfExists(path)
    if (text === undefined) continue // released meanwhile
    const current = parseHolder(text)
    if (current === undefined || !isStale(current)) throw new RunLockedError(runId, current, path)
    // Race: another process may take over the same stale lock at the same time. Move it aside and
    // check that what was moved is still the stale lock; if it is a fresh one, put it back.
    const aside = `${path}.stale-${uniqueTag()}`
    try {
      await rename(path, aside)
    } catch (err) {
      if (errCode(err) === 'ENOENT') continue
      throw err
    }
    const moved = await readFile(aside, 'utf8')
    if (moved !== text) {
      await link(aside, path).catch(() => undefined)
      await rm(aside, { force: true })
      throw new RunLockedError(runId, parseHolder(moved), path)
    }
    await rm(aside, { force: true })
    takenOver = current
  }
  throw new RunLockedError(runId, undefined, path)
}

/** Releases the lock if this holder still owns it. */
export async function releaseLock(dir: string, holder: LockHolder): Promise<void> {
  const path = join(dir, LOCK_FILE)
  const current = parseHolder((await readIfExists(path)) ?? '')
  if (
    current?.pid === holder.pid &&
    current.hostname === holder.hostname &&
    current.started_at === holder.started_at
  ) {
    await rm(path, { force: true })
  }
}

/** Reads the holder of a run's lock, if it is locked. */
export async function readLock(dir: string): Promise<LockHolder | 'unreadable' | undefined> {
  const text = await readIfExists(join(dir, LOCK_FILE))
  return text === undefined ? undefined : (parseHolder(text) ?? 'unreadable')
}

/** A lock is stale when it was taken on this host by a process that no longer exists. */
export function isStale(holder: LockHolder): boolean {
  return holder.hostname === hostname() && !processAlive(holder.pid)
}

async function tryCreate(path: string, holder: LockHolder): Promise<boolean> {
  const temp = `${path}.tmp-${uniqueTag()}`
  await writeFileExclusive(temp, `${JSON.stringify(holder)}\n`)
  try {
    await link(temp, path)
    return true
  } catch (err) {
    if (errCode(err) === 'EEXIST') return false
    throw err
  } finally {
    await rm(temp, { force: true })
  }
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (err) {
    if (errCode(err) === 'ENOENT') return undefined
    throw err
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockHolder> | null
    if (
      typeof v?.pid === 'number' &&
      Number.isSafeInteger(v.pid) &&
      v.pid > 0 &&
      typeof v.hostname === 'string' &&
      typeof v.started_at === 'string'
    ) {
      return { pid: v.pid, hostname: v.hostname, started_at: v.started_at }
    }
  } catch {
    // falls through: not a lock this code wrote
  }
  return undefined
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return errCode(err) === 'EPERM'
  }
}
