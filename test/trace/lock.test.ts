import { spawnSync } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { RunLockedError } from '../../src/trace/index.js'
import { acquireLock, releaseLock } from '../../src/trace/lock.js'
import { tempDir } from './helpers.js'

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', ''])
  return child.pid ?? 0
}

const lockOf = async (dir: string) =>
  JSON.parse(await readFile(join(dir, '.lock'), 'utf8')) as unknown

describe('the run lock', () => {
  it('is held by one taker at a time; the others get RunLockedError naming the holder', async () => {
    const dir = await tempDir()
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => acquireLock(dir, 'r1', `t${i}`))
    )
    const won = results.filter((r) => r.status === 'fulfilled')
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []))
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(19)
    const holder = await lockOf(dir)
    for (const err of lost) {
      expect(err).toBeInstanceOf(RunLockedError)
      expect((err as RunLockedError).holder).toEqual(holder)
      expect((err as Error).message).toContain(
        `run r1 is locked by pid ${process.pid} on ${hostname()}`
      )
    }
    expect((await readdir(dir)).sort()).toEqual(['.lock'])
  })

  it('takes over a stale lock (same host, process gone) and says whose it was', async () => {
    const dir = await tempDir()
    const stale = { pid: deadPid(), hostname: hostname(), started_at: '2026-01-01T00:00:00.000Z' }
    await writeFile(join(dir, '.lock'), JSON.stringify(stale))
    const lock = await acquireLock(dir, 'r1', 'now')
    expect(lock.takenOver).toEqual(stale)
    expect(await lockOf(dir)).toEqual({ pid: process.pid, hostname: hostname(), started_at: 'now' })
    expect((await readdir(dir)).sort()).toEqual(['.lock'])
  })

  it('does not take over a lock from another host, or one it cannot read', async () => {
    const dir = await tempDir()
    const remote = { pid: deadPid(), hostname: `not-${hostname()}`, started_at: 'then' }
    await writeFile(join(dir, '.lock'), JSON.stringify(remote))
    await expect(acquireLock(dir, 'r1', 'now')).rejects.toMatchObject({
      name: 'RunLockedError',
      holder: remote
    })
    await writeFile(join(dir, '.lock'), '')
    await expect(acquireLock(dir, 'r1', 'now')).rejects.toThrow(
      `run r1 is locked by a process whose lock file cannot be read; if that process is gone, remove ${join(dir, '.lock')}`
    )
  })

  it('is released only by its holder', async () => {
    const dir = await tempDir()
    const { holder } = await acquireLock(dir, 'r1', 'now')
    await releaseLock(dir, { ...holder, started_at: 'other' })
    expect(await readdir(dir)).toEqual(['.lock'])
    await releaseLock(dir, holder)
    expect(await readdir(dir)).toEqual([])
  })
})
