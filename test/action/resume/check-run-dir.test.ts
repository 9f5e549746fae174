// The downloaded run directory must be the paused run, intact, at the head the issue names, of
// the runbook the checkout holds, in the format this Action reads.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PauseRecord } from '../../../src/action/pause/issue-body.js'
import { checkRunDir } from '../../../src/action/resume/check-run-dir.js'
import { fixture } from '../../helpers/fixtures.js'
import { workspace, type Workspace } from '../../helpers/workspace.js'

let ws: Workspace
let dir: string
let record: PauseRecord
beforeEach(async () => {
  ws = workspace()
  writeFileSync(
    join(ws.dir, 'seed-11.yaml'),
    readFileSync(fixture('runbooks', 'exec', 'seed-11.yaml'))
  )
  expect((await ws.run(['exec', 'seed-11.yaml'])).code).toBe(5)
  const id = ws.onlyRun()
  dir = ws.runDir(id)
  const manifest = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as {
    runbook_digest: string
    trace: { hash: string }
  }
  record = {
    v: 1,
    run_id: id,
    workflow_run_id: 1,
    workflow: 'w',
    step_id: 'review',
    step_index: 3,
    kind: 'manual',
    artifact_name: 'a',
    artifact_id: 1,
    trace_head: manifest.trace.hash,
    runbook_digest: manifest.runbook_digest
  }
})
afterEach(() => ws.cleanup())

test('the paused run directory passes', async () => {
  await expect(checkRunDir(dir, record, record.runbook_digest)).resolves.toBeUndefined()
})

test('another head, another run, another runbook, another format: each refused by name', async () => {
  await expect(
    checkRunDir(dir, { ...record, trace_head: 'f'.repeat(64) }, record.runbook_digest)
  ).rejects.toThrow(/ends at [0-9a-f]{64}, but the pause issue names f{64}/)
  await expect(
    checkRunDir(dir, { ...record, run_id: 'r-other' }, record.runbook_digest)
  ).rejects.toThrow(`the artifact holds run ${record.run_id}, not run r-other`)
  await expect(checkRunDir(dir, record, 'sha256:0')).rejects.toThrow(
    'the runbook changed since run'
  )
  const runJson = join(dir, 'run.json')
  writeFileSync(
    runJson,
    readFileSync(runJson, 'utf8').replace('"runbook-run/v1"', '"runbook-run/v9"')
  )
  await expect(checkRunDir(dir, record, record.runbook_digest)).rejects.toThrow(
    'the run directory was written in format "runbook-run/v9"; this version of the Action reads runbook-run/v1'
  )
})

test('a trace with a record appended after the pause does not verify', async () => {
  const trace = join(dir, 'trace.jsonl')
  const last = readFileSync(trace, 'utf8').trim().split('\n').at(-1)!
  appendFileSync(
    trace,
    `${last.replace(/"seq":(\d+)/, (_, n: string) => `"seq":${Number(n) + 1}`)}\n`
  )
  await expect(checkRunDir(dir, record, record.runbook_digest)).rejects.toThrow(/does not verify/)
})
