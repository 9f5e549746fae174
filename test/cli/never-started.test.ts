// A kill -9 between creating the run directory and making run_started durable leaves a directory
// with the runbook, the lock and an empty trace. Nothing ran (the engine makes run_started durable
// before the first step starts); resume and verify say so, with what to do, instead of a bare
// "no run_started event" or "no records".
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, TSX_IMPORT } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

const NEVER_STARTED =
  'the run never started: the process ended before its first record (run_started) was written, so no step ran; start a new run with runbook exec, and delete this directory'

let ws: Workspace
let runId: string
beforeAll(() => {
  ws = workspace()
  // The real createRun in a process that is then killed with SIGKILL, as a kill -9 at that point.
  const script = [
    `import { createRun } from ${JSON.stringify(join(ROOT, 'src', 'trace', 'index.ts'))}`,
    `import { systemClock } from ${JSON.stringify(join(ROOT, 'src', 'providers', 'system-clock.ts'))}`,
    `await createRun({ runsDir: ${JSON.stringify(ws.runsDir)}, runbook: 'apiVersion: runbook/v0\\n', clock: systemClock })`,
    `process.kill(process.pid, 'SIGKILL')`
  ].join('\n')
  const r = spawnSync(
    process.execPath,
    ['--import', TSX_IMPORT, '--input-type=module', '-e', script],
    {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' }
    }
  )
  expect(r.signal).toBe('SIGKILL')
  runId = ws.onlyRun()
  const dir = ws.runDir(runId)
  expect(readdirSync(dir).sort()).toEqual(['.lock', 'runbook.yaml', 'trace.jsonl'])
  expect(statSync(join(dir, 'trace.jsonl')).size).toBe(0)
})
afterAll(() => ws.cleanup())

describe('a run killed before run_started was durable', () => {
  it('resume explains that it never started and nothing ran (exit 4)', async () => {
    const r = await ws.run(['resume', runId])
    expect(r.stderr).toContain(NEVER_STARTED)
    expect(r.code).toBe(4)
    expect(readFileSync(join(ws.runDir(runId), 'trace.jsonl'), 'utf8')).toBe('')
  })

  it('verify says the same in its trace check (exit 1)', async () => {
    const r = await ws.run(['verify', runId])
    expect(r.stdout).toContain(`FAIL  trace      trace.jsonl holds no records: ${NEVER_STARTED}`)
    expect(r.code).toBe(1)
  })
})
