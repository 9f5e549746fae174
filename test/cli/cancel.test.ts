// `runbook resume RUN --cancel REASON`: a paused run can always be ended from a terminal. The
// ending is the run's run_finished (who, why, at which step), run.json says it, verify reports it,
// and nothing of the run's steps runs.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TraceRecord } from '../../src/engine/events.js'
import { foldTrace } from '../../src/engine/reduce.js'
import { fixture } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = workspace()
})
afterEach(() => ws.cleanup())

async function pausedRun(): Promise<string> {
  writeFileSync(
    join(ws.dir, 'seed-11.yaml'),
    readFileSync(fixture('runbooks', 'exec', 'seed-11.yaml'))
  )
  expect((await ws.run(['exec', 'seed-11.yaml'])).code).toBe(5)
  return ws.onlyRun()
}

const runJson = (id: string) =>
  JSON.parse(readFileSync(join(ws.runDir(id), 'run.json'), 'utf8')) as Record<string, unknown>

interface Check {
  id: string
  status: string
  problems?: { message: string }[]
}

describe('runbook resume --cancel', () => {
  it('ends the paused run as cancelled by --as, the reason redacted; verify reports the ending', async () => {
    const id = await pausedRun()
    const r = await ws.run([
      'resume',
      id,
      '--cancel',
      'wrong ticket, token=abc123 leaked',
      '--as',
      'carol'
    ])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      "run cancelled: 3 passed, 0 failed (cancelled by carol at step 'review': wrong ticket, token=<redacted> leaked)"
    )
    const trace = ws.trace(id)
    const end = trace.findLast((t) => t.type === 'run_finished')
    expect(end).toMatchObject({
      status: 'cancelled',
      ended_by: { by: 'carol', reason: 'wrong ticket, token=<redacted> leaked' }
    })
    // Nothing ran: the manual step has no result, and no step started after the pause.
    expect(trace.filter((t) => t.type === 'step_result').map((t) => t.result.step_id)).toEqual([
      'kernel',
      'greet',
      'args'
    ])
    expect(readFileSync(join(ws.runDir(id), 'trace.jsonl'), 'utf8')).not.toContain('abc123')
    expect(runJson(id)).toMatchObject({
      status: 'cancelled',
      ended_by: { by: 'carol', reason: 'wrong ticket, token=<redacted> leaked' }
    })

    const v = await ws.run(['verify', id, '--format', 'json'])
    expect(v.code).toBe(1)
    const checks = (JSON.parse(v.stdout) as { checks: Check[] }).checks
    const failing = checks.filter((c) => c.status !== 'ok').map((c) => c.id)
    expect(failing).toEqual(['run'])
    expect(checks.find((c) => c.id === 'run')?.problems?.[0]?.message).toBe(
      "the run finished with status cancelled: cancelled by carol at step 'review': wrong ticket, token=<redacted> leaked"
    )

    const again = await ws.run(['resume', id, '--cancel', 'twice'])
    expect(again.code).toBe(4)
    expect(again.stderr).toContain(
      `cannot end ${id}: it already finished with status cancelled; there is nothing to end`
    )
    const resumed = await ws.run(['resume', id, '--evidence', 'ticket=INC-1'])
    expect(resumed.code).toBe(4)
    expect(resumed.stderr).toContain('the run already finished with status cancelled')
  })

  it('takes no inputs with it and needs a reason: exit 3, nothing recorded', async () => {
    const id = await pausedRun()
    const before = readFileSync(join(ws.runDir(id), 'trace.jsonl'))
    const r = await ws.run(['resume', id, '--cancel', 'no', '--approve', '--as', 'bob'])
    expect(r.code).toBe(3)
    expect(r.stderr).toBe(
      'runbook: --cancel ends the run without running it: it takes no --approve\n'
    )
    const blank = await ws.run(['resume', id, '--cancel', '  '])
    expect(blank.code).toBe(3)
    expect(blank.stderr).toContain(`a reason is required to end run ${id}`)
    expect(readFileSync(join(ws.runDir(id), 'trace.jsonl'))).toEqual(before)
  })

  it('verify refuses a run.json whose ending differs from the trace', async () => {
    const id = await pausedRun()
    expect((await ws.run(['resume', id, '--cancel', 'not needed', '--as', 'carol'])).code).toBe(0)
    const path = join(ws.runDir(id), 'run.json')
    writeFileSync(path, readFileSync(path, 'utf8').replace('"carol"', '"mallory"'))
    const v = await ws.run(['verify', id])
    expect(v.code).toBe(1)
    expect(v.stdout).toContain("run.json says ended_by.by 'mallory', but the trace says 'carol'")
  })

  it('the fold refuses a paused run finished without who ended it, and an ending of a running run', async () => {
    const id = await pausedRun()
    expect((await ws.run(['resume', id, '--cancel', 'stop', '--as', 'carol'])).code).toBe(0)
    const trace = ws.trace(id)
    const at = trace.findIndex((t) => t.type === 'run_finished')
    const end = trace[at] as Extract<TraceRecord, { type: 'run_finished' }>
    const anonymous = { ...end, ended_by: undefined } as TraceRecord
    expect(() => foldTrace([...trace.slice(0, at), anonymous])).toThrow(
      `event ${end.seq}: run_finished while the run is paused, without who ended it (ended_by)`
    )
    const resumed = { ...trace[at - 1], type: 'run_resumed', actor: 'x' } as TraceRecord
    expect(() => foldTrace([...trace.slice(0, at - 1), resumed, { ...end, seq: end.seq }])).toThrow(
      `event ${end.seq}: run_finished ended by carol, but the run was running, not paused`
    )
  })
})
