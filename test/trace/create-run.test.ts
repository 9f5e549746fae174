import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { createRun, listRuns, RUN_ID_PATTERN, RunLockedError } from '../../src/trace/index.js'
import { acquireLock } from '../../src/trace/lock.js'
import { fakeClock, frozenClock, tempDir } from './helpers.js'

const RUNBOOK = 'apiVersion: runbook/v0\n# bytes kept as given: \u00e9\r\n'

describe('createRun', () => {
  it('creates <runsDir>/<run_id>/ with the runbook bytes, an empty trace and the lock', async () => {
    const runsDir = join(await tempDir(), 'nested', 'runs')
    const store = await createRun({ runsDir, runbook: RUNBOOK, clock: fakeClock() })
    expect(store.runId).toMatch(/^20261122T153042-[0-9a-f]{4}$/)
    expect(store.dir).toBe(join(runsDir, store.runId))
    expect((await readdir(store.dir)).sort()).toEqual(['.lock', 'runbook.yaml', 'trace.jsonl'])
    expect(await readFile(join(store.dir, 'runbook.yaml'), 'utf8')).toBe(RUNBOOK)
    expect((await stat(join(store.dir, 'trace.jsonl'))).size).toBe(0)
    const lock = JSON.parse(await readFile(join(store.dir, '.lock'), 'utf8')) as unknown
    expect(lock).toMatchObject({ pid: process.pid, started_at: '2026-11-22T15:30:42.000Z' })
    await store.close()
    expect(await readdir(store.dir)).not.toContain('.lock')
  })

  it('gives every run its own directory when many start in the same second', async () => {
    const runsDir = join(await tempDir(), 'runs')
    const clock = frozenClock()
    const stores = await Promise.all(
      Array.from({ length: 300 }, () => createRun({ runsDir, runbook: RUNBOOK, clock }))
    )
    const ids = stores.map((s) => s.runId)
    expect(new Set(ids).size).toBe(300)
    expect(ids.every((id) => RUN_ID_PATTERN.test(id) && id.startsWith('20261122T153042-'))).toBe(
      true
    )
    expect((await readdir(runsDir)).length).toBe(300)
    await Promise.all(stores.map((s) => s.close()))
  })

  it('tries another suffix when the directory exists', async () => {
    const runsDir = join(await tempDir(), 'runs')
    const suffixes = ['aaaa', 'aaaa', 'aaaa', 'bbbb']
    const randomSuffix = () => suffixes.shift() ?? 'ffff'
    const clock = frozenClock()
    const first = await createRun({ runsDir, runbook: RUNBOOK, clock, randomSuffix })
    const second = await createRun({ runsDir, runbook: RUNBOOK, clock, randomSuffix })
    expect([first.runId, second.runId]).toEqual(['20261122T153042-aaaa', '20261122T153042-bbbb'])
    expect(suffixes).toEqual([])
    await first.close()
    await second.close()
  })

  it('gives up with a clear error when no suffix is free', async () => {
    const runsDir = join(await tempDir(), 'runs')
    const opts = { runsDir, runbook: RUNBOOK, clock: frozenClock(), randomSuffix: () => 'abcd' }
    const first = await createRun(opts)
    await expect(createRun(opts)).rejects.toThrow(`no free run id in ${runsDir} after 64 tries`)
    await first.close()
  })

  it('holds the run: its lock names this process', async () => {
    const runsDir = join(await tempDir(), 'runs')
    const store = await createRun({ runsDir, runbook: RUNBOOK, clock: fakeClock() })
    expect(await listRuns(runsDir)).toEqual([
      { run_id: store.runId, committed: false, locked: true }
    ])
    const err = await acquireLock(store.dir, store.runId, 'now').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RunLockedError)
    expect((err as RunLockedError).holder?.pid).toBe(process.pid)
    await store.close()
  })
})
