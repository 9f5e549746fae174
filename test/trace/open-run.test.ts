import { spawnSync } from 'node:child_process'
import { appendFile, readdir, readFile, truncate, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { stateJson } from '../../src/engine/model.js'
import { foldTrace } from '../../src/engine/reduce.js'
import {
  canonicalJson,
  listRuns,
  openRun,
  readTrace,
  RunLockedError,
  RunNotFoundError,
  TraceTamperedError
} from '../../src/trace/index.js'
import { fakeClock } from './helpers.js'
import type { BuiltRun } from './run-fixture.js'
import { buildRun } from './run-fixture.js'

const clock = fakeClock('2026-11-23T08:00:00.000Z')
const tracePath = (run: BuiltRun) => join(run.dir, 'trace.jsonl')

describe('openRun', () => {
  it('returns the records and the latest snapshot; folding the rest gives the run state', async () => {
    const run = await buildRun({ pauseAtManual: true })
    const opened = await openRun(run.runsDir, run.runId, { clock })
    expect(opened.records).toEqual(run.records)
    expect(opened.discardedBytes).toBe(0)
    expect(opened.skippedSnapshots).toEqual([])
    const snap = opened.snapshot
    expect(snap?.file.file).toBe('snapshots/step-0003.json')
    const rest = opened.records.filter((r) => r.seq > (snap?.state.seq ?? 0))
    const resumed = foldTrace(rest, snap?.state)
    if (resumed === undefined) throw new Error('nothing folded')
    expect(canonicalJson(stateJson(resumed))).toBe(canonicalJson(stateJson(run.state)))
    const r = await opened.store.append({ type: 'run_resumed', actor: 'bob' })
    expect(r).toMatchObject({ seq: run.records.length + 1, prev_hash: run.records.at(-1)?.hash })
    await opened.store.close()
  })

  it('sets a torn final line aside in trace.jsonl.torn-<n> and cuts the trace back', async () => {
    const run = await buildRun({ pauseAtManual: true })
    const complete = await readFile(tracePath(run))
    await appendFile(tracePath(run), '{"type":"run_resumed","act')
    const first = await openRun(run.runsDir, run.runId, { clock })
    expect(first).toMatchObject({ discardedBytes: 26, tornFile: 'trace.jsonl.torn-1' })
    expect(first.records).toEqual(run.records)
    expect(await readFile(tracePath(run))).toEqual(complete)
    expect(await readFile(join(run.dir, 'trace.jsonl.torn-1'), 'utf8')).toBe(
      '{"type":"run_resumed","act'
    )
    await first.store.append({ type: 'run_resumed', actor: 'bob', discarded_bytes: 26 })
    await first.store.close()
    await appendFile(tracePath(run), Buffer.from([0xe2, 0x82])) // cut inside a UTF-8 character
    const second = await openRun(run.runsDir, run.runId, { clock })
    expect(second).toMatchObject({ discardedBytes: 2, tornFile: 'trace.jsonl.torn-2' })
    await second.store.close()
    const after = await readTrace(tracePath(run))
    expect(after.broken).toBeUndefined()
    expect(after.torn).toBeUndefined()
    expect(after.records).toHaveLength(run.records.length + 1)
  })

  it('completes a last record that lacks only its newline', async () => {
    const run = await buildRun({ pauseAtManual: true })
    const size = (await readFile(tracePath(run))).length
    await truncate(tracePath(run), size - 1)
    const opened = await openRun(run.runsDir, run.runId, { clock })
    expect(opened).toMatchObject({ discardedBytes: 0, records: run.records })
    await opened.store.append({ type: 'run_resumed', actor: 'bob' })
    await opened.store.close()
    expect((await readTrace(tracePath(run))).records).toHaveLength(run.records.length + 1)
  })

  it('refuses a tampered trace with the first broken record, and releases the lock', async () => {
    const run = await buildRun({ pauseAtManual: true })
    const lines = (await readFile(tracePath(run), 'utf8')).split('\n')
    const edited = (lines[2] ?? '').replace('"attempt":1', '"attempt":2')
    expect(edited).not.toBe(lines[2])
    lines[2] = edited
    await writeFile(tracePath(run), lines.join('\n'))
    const err = await openRun(run.runsDir, run.runId, { clock }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(TraceTamperedError)
    expect(err).toMatchObject({ seq: 3, line: 3 })
    expect((err as Error).message).toBe(
      `trace of run ${run.runId} is broken at line 3 (record 3): record 3 was edited: its content does not match its hash`
    )
    expect(await readdir(run.dir)).not.toContain('.lock')
  })

  it('skips a snapshot that disagrees with the trace and says why', async () => {
    const run = await buildRun({ pauseAtManual: true })
    const path = join(run.dir, 'snapshots', 'step-0003.json')
    const snap = JSON.parse(await readFile(path, 'utf8')) as {
      state: { vars: Record<string, string> }
    }
    snap.state.vars.target = '/'
    await writeFile(path, `${canonicalJson(snap)}\n`)
    const opened = await openRun(run.runsDir, run.runId, { clock })
    expect(opened.skippedSnapshots).toEqual([
      {
        file: 'snapshots/step-0003.json',
        reason: `state.vars.target is '/', but the trace up to record ${run.records.length - 1} gives '/tmp'`
      }
    ])
    expect(opened.snapshot?.file.file).toBe('snapshots/step-0002.json')
    await opened.store.close()
  })

  it('reads snapshots newest first and stops at the first that agrees: older ones are never read', async () => {
    const run = await buildRun({ pauseAtManual: true })
    const names = (await readdir(join(run.dir, 'snapshots'))).sort()
    expect(names.length).toBeGreaterThan(1)
    // Every snapshot but the newest is replaced by bytes that are not a snapshot at all.
    for (const name of names.slice(0, -1)) await writeFile(join(run.dir, 'snapshots', name), 'x\n')
    const opened = await openRun(run.runsDir, run.runId, { clock })
    expect(opened.skippedSnapshots).toEqual([])
    expect(opened.snapshot?.file.file).toBe(`snapshots/${names.at(-1) ?? ''}`)
    await opened.store.close()
  })

  it('names nearby run ids when the run does not exist, and never leaves the runs directory', async () => {
    const run = await buildRun({ pauseAtManual: true })
    const typo = `${run.runId.slice(0, -1)}${run.runId.endsWith('0') ? '1' : '0'}`
    const err = await openRun(run.runsDir, typo, { clock }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RunNotFoundError)
    expect(err).toMatchObject({ runId: typo, nearby: [run.runId] })
    expect((err as Error).message).toBe(
      `no run ${typo} in ${run.runsDir}; did you mean ${run.runId}?`
    )
    await expect(openRun(run.runsDir, `../runs/${run.runId}`, { clock })).rejects.toBeInstanceOf(
      RunNotFoundError
    )
    await expect(openRun(join(run.runsDir, 'none'), 'x', { clock })).rejects.toThrow(
      `no run x in ${join(run.runsDir, 'none')}`
    )
  })

  it('refuses a run another live process holds, and takes over a stale lock', async () => {
    const run = await buildRun({ pauseAtManual: true })
    const held = await openRun(run.runsDir, run.runId, { clock })
    await expect(openRun(run.runsDir, run.runId, { clock })).rejects.toBeInstanceOf(RunLockedError)
    await held.store.close()
    const stale = {
      pid: spawnSync(process.execPath, ['-e', '']).pid,
      hostname: hostname(),
      started_at: '2026-11-22T16:00:00.000Z'
    }
    await writeFile(join(run.dir, '.lock'), JSON.stringify(stale))
    const taken = await openRun(run.runsDir, run.runId, { clock })
    expect(taken.lockTakenOver).toEqual(stale)
    const resumed = await taken.store.append({
      type: 'run_resumed',
      actor: 'bob',
      lock_taken_over: taken.lockTakenOver
    })
    expect(resumed).toMatchObject({ type: 'run_resumed', lock_taken_over: stale })
    await taken.store.close()
  })
})

describe('listRuns', () => {
  it('lists runs with their committed status, ignoring other entries', async () => {
    const run = await buildRun()
    await writeFile(join(run.runsDir, 'notes.txt'), 'x')
    expect(await listRuns(run.runsDir)).toEqual([
      {
        run_id: run.runId,
        committed: true,
        status: 'passed',
        runbook_name: 'disk-check',
        updated_at: expect.any(String) as unknown,
        locked: false
      }
    ])
    expect(await listRuns(join(run.runsDir, 'absent'))).toEqual([])
  })
})

describe('snapshots are the state and its trace position', () => {
  it('hold no step results (they stay in the trace), and read back as the fold of the trace', async () => {
    const { runsDir, runId, records, dir } = await buildRun({ pauseAtManual: true })
    const names = (await readdir(join(dir, 'snapshots'))).sort()
    expect(names.length).toBeGreaterThan(1)
    for (const name of names) {
      const text = await readFile(join(dir, 'snapshots', name), 'utf8')
      const snap = JSON.parse(text) as { state: Record<string, unknown>; trace: { seq: number } }
      expect(Object.keys(snap).sort()).toEqual(['format', 'state', 'trace'])
      expect(snap.state).not.toHaveProperty('history')
      expect(text).not.toContain('exit_code')
      const folded = foldTrace(records.filter((r) => r.seq <= snap.trace.seq))
      if (folded === undefined) throw new Error('nothing folded')
      expect(snap.state).toEqual(stateJson(folded))
    }
    const opened = await openRun(runsDir, runId, { clock })
    try {
      const seq = opened.snapshot?.state.seq ?? 0
      expect(seq).toBeGreaterThan(0)
      expect(opened.snapshot?.state).toEqual(foldTrace(records.filter((r) => r.seq <= seq)))
    } finally {
      await opened.store.close()
    }
  })
})
