// The application layer as a face calls it: a run started and resumed through AppIo ports, stopped
// before a chosen step by the watch's beforeStep hook (what the debugger uses), real processes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppIo, RunWatch } from '../../src/app/index.js'
import { AppError, loadRunbookForRun, resumeRunbook, startRunbook } from '../../src/app/index.js'
import type { TraceRecord } from '../../src/engine/events.js'
import { verifyRun } from '../../src/trace/index.js'

const RUNBOOK = `apiVersion: runbook/v0
meta:
  name: three-steps
  governance:
    allowed_commands: [echo]
steps:
  - id: one
    type: cli
    with: {argv: [echo, one]}
  - id: two
    type: cli
    with: {argv: [echo, two]}
  - id: three
    type: cli
    with: {argv: [echo, three]}
`

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'runbook-app-'))
  writeFileSync(join(dir, 'rb.yaml'), RUNBOOK)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Ports that record what the layer reports, stopping before the step named `stopAt`. */
function ports(stopAt?: string) {
  const records: TraceRecord[] = []
  const notes: string[] = []
  const seen: string[] = []
  const io: AppIo = {
    env: process.env,
    cwd: dir,
    interactive: false,
    warn: () => undefined,
    note: (t) => notes.push(t),
    watch: (): RunWatch => {
      const controller = new AbortController()
      return {
        signal: controller.signal,
        onRecord: (r) => records.push(r),
        beforeStep: ({ step }) => {
          seen.push(step.id)
          return Promise.resolve(
            step.id === stopAt
              ? { action: 'pause', reason: 'stopped by the test' }
              : { action: 'run' }
          )
        },
        close: () => undefined
      }
    }
  }
  return { io, records, notes, seen }
}

const request = { mode: 'real' as const, vars: [], actor: 'tester', runsDir: 'runs', delay: false }

describe('application layer', () => {
  it('stops before a chosen step, then resumes the same run to the end; the trace verifies', async () => {
    const loaded = await loadRunbookForRun('rb.yaml', dir)
    const first = ports('two')
    const started = await startRunbook(loaded, request, first.io)
    if (started.kind !== 'run') throw new Error('expected a run')
    expect(started.state.status).toBe('paused')
    expect(started.state.current_step_index).toBe(1)
    expect(first.seen).toEqual(['one', 'two'])
    expect(first.records.map((r) => r.type)).toContain('run_paused')
    expect(first.records.filter((r) => r.type === 'step_result')).toHaveLength(1)

    const second = ports()
    const resumed = await resumeRunbook(
      { runId: started.state.run_id, runsDir: 'runs', actor: 'tester', vars: [], delay: false },
      second.io
    )
    expect(resumed.state.status).toBe('passed')
    expect(resumed.dir).toBe(started.dir)
    expect(second.seen).toEqual(['two', 'three'])
    expect(resumed.results.map((h) => h.step_id)).toEqual(['one', 'two', 'three'])
    expect((await verifyRun(resumed.dir)).ok).toBe(true)
  })

  it('plans in dry-run without creating a run', async () => {
    const loaded = await loadRunbookForRun('rb.yaml', dir)
    const out = await startRunbook(loaded, { ...request, mode: 'dry-run' }, ports().io)
    expect(out.kind).toBe('plan')
    if (out.kind === 'plan')
      expect(out.plan.steps.map((s) => s.id)).toEqual(['one', 'two', 'three'])
  })

  it('reports bad input as a typed AppError with its kind and location', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'apiVersion: runbook/v0\nmeta: {name: x}\nsteps: 3\n')
    const err = await loadRunbookForRun('bad.yaml', dir).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).kind).toBe('invalid-input')
    expect((err as AppError).diagnostics[0]).toMatchObject({ file: 'bad.yaml', line: 3 })

    const missing = await resumeRunbook(
      { runId: '20990101T000000-dead', runsDir: 'runs', actor: 't', vars: [], delay: false },
      ports().io
    ).catch((e: unknown) => e)
    expect(missing).toBeInstanceOf(AppError)
    expect((missing as AppError).kind).toBe('resume-failed')
    expect((missing as AppError).message).toMatch(/^cannot resume 20990101T000000-dead: /)
  })
})
