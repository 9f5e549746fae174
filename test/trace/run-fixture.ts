// Synthetic runs for the trace tests: a fake clock, temp dirs, and a complete run of
// test/fixtures/trace/runbook.yaml written through FileRunStore the way the engine writes it
// (events folded with the real reducer, a snapshot after every step, a pause and resume at the
// manual step). Options make it deviate, one governance rule at a time.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import type { RunEvent, TraceRecord } from '../../src/engine/events.js'
import type { EvidenceRecord, RunState, StepResult } from '../../src/engine/model.js'
import type { RunStore } from '../../src/engine/ports.js'
import { reduce } from '../../src/engine/reduce.js'
import { createRun, openRun } from '../../src/trace/index.js'
import { fixture } from '../helpers/fixtures.js'
import { fakeClock, tempDir } from './helpers.js'

export const RUNBOOK_PATH = fixture('trace', 'runbook.yaml')

export interface RunOptions {
  /** Evidence names of the manual step left out of its result. */
  omitEvidence?: string[]
  /** Checklist items ticked (all by default). */
  ticked?: string[]
  /** Roles of the two approvers (DRI and SRE by default). */
  approverRoles?: [string, string]
  /** The `greet` step's assertion fails, which fails the step and the run. */
  failAssertion?: boolean
  /** Stop after this many steps (no run_finished). */
  stopAfter?: number
  /** Leave the run paused at the manual step. */
  pauseAtManual?: boolean
}

export interface BuiltRun {
  dir: string
  runsDir: string
  runId: string
  state: RunState
  records: TraceRecord[]
}

/** Writes a run of the fixture runbook under a new runs directory. */
export async function buildRun(opts: RunOptions = {}): Promise<BuiltRun> {
  const root = await tempDir()
  const runsDir = join(root, 'runs')
  const clock = fakeClock()
  const runbook = await readFile(RUNBOOK_PATH)
  let store: RunStore = await createRun({ runsDir, runbook, clock })
  let state: RunState | undefined
  const records: TraceRecord[] = []
  const emit = async (event: RunEvent): Promise<RunState> => {
    const record = await store.append(event)
    records.push(record)
    state = reduce(state, record)
    return state
  }
  const snapshot = async (): Promise<void> => {
    const s = state as RunState
    const stored = await store.writeSnapshot(s, s.current_step_index)
    await emit({
      type: 'snapshot_written',
      file: stored.file,
      sha256: stored.sha256,
      state_seq: s.seq
    })
    await store.sync()
  }
  // Commits the run as it stands (run.json) and releases it.
  const done = async (): Promise<BuiltRun> => {
    const s = state as RunState
    await store.writeManifest(s)
    await store.close()
    return { dir: store.dir, runsDir, runId: store.runId, records, state: s }
  }
  await emit({
    type: 'run_started',
    run_id: store.runId,
    runbook_path: 'test/fixtures/trace/runbook.yaml',
    runbook_digest: `sha256:${createHash('sha256').update(runbook).digest('hex')}`,
    runbook_name: 'disk-check',
    mode: 'real',
    actor: 'alice',
    steps_total: 4,
    vars: { target: '/tmp' },
    redacted_vars: []
  })
  const cli: [string, string[], string][] = [
    ['kernel', ['uname', '-s'], 'Linux\n'],
    ['disk', ['df', '-h', '/tmp'], 'Filesystem Size Use%\ntmpfs 1G 3%\n'],
    ['greet', ['echo', 'ok'], opts.failAssertion === true ? 'not ok\n' : 'ok\n']
  ]
  const stop = opts.stopAfter ?? 4
  for (const [index, [id, argv, out]] of cli.entries()) {
    if (index >= stop) return done()
    await emit({
      type: 'governance_decision',
      step_id: id,
      step_index: index,
      argv0: argv[0] ?? '',
      resolved_path: `/usr/bin/${argv[0]}`,
      decision: 'allowed',
      rule: 'allowlist',
      reason: `${argv[0]} is in allowed_commands`,
      confirmation_required: false
    })
    await emit({ type: 'step_started', step_id: id, step_index: index, attempt: 1 })
    const sink = await store.openOutput(id, 'stdout', 1)
    await sink.write(Buffer.from(out))
    const file = await sink.close()
    const failed = opts.failAssertion === true && id === 'greet'
    const result: StepResult = {
      ...stepBase(store.runId, id, index, 'cli'),
      status: failed ? 'failed' : 'passed',
      argv,
      exit_code: 0,
      signal: null,
      timed_out: false,
      stdout: {
        sha256: createHash('sha256').update(out).digest('hex'),
        bytes: out.length,
        raw_bytes: out.length,
        head: out,
        tail: '',
        truncated: false,
        file
      },
      assertions: assertionsFor(id, out, failed),
      error: failed ? 'assertion 0 (equals) failed' : null
    }
    await emit({ type: 'step_result', result, captures: id === 'disk' ? { disk: out } : {} })
    await snapshot()
    if (failed) {
      await emit({
        type: 'run_finished',
        status: 'failed',
        passed: index,
        failed: 1,
        error: result.error
      })
      return done()
    }
  }
  if (stop < 4) return done()

  // The manual step: pause, then a new process resumes the run and records evidence and approvals.
  await emit({ type: 'step_started', step_id: 'sign_off', step_index: 3, attempt: 1 })
  const pending = {
    step_id: 'sign_off',
    step_index: 3,
    kind: 'manual' as const,
    evidence: ['criteria', 'dashboard_link', 'screenshot'],
    approvals_needed: 2,
    roles: ['DRI', 'SRE']
  }
  await emit({ type: 'run_paused', reason: 'waiting for evidence', pending })
  await snapshot()
  if (opts.pauseAtManual === true) {
    return done()
  }
  await store.close()
  const opened = await openRun(runsDir, store.runId, { clock })
  store = opened.store
  await emit({ type: 'run_resumed', actor: 'bob' })
  const shot = join(root, 'dashboard screenshot.png')
  await writeFile(shot, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]))
  const stored = await store.storeAttachment('sign_off', 'screenshot', shot)
  const evidence: Record<string, EvidenceRecord> = {
    criteria: {
      kind: 'checklist',
      name: 'criteria',
      items: opts.ticked ?? ['error rate < 1%', 'no alerts firing'],
      actor: 'bob',
      recorded_at: clock.now()
    },
    dashboard_link: {
      kind: 'text',
      name: 'dashboard_link',
      value: 'https://dash.example/d/42',
      actor: 'bob',
      recorded_at: clock.now()
    },
    screenshot: {
      kind: 'attachment',
      name: 'screenshot',
      file: stored.file,
      sha256: stored.sha256,
      bytes: stored.bytes,
      original_name: stored.original_name,
      actor: 'bob',
      recorded_at: clock.now()
    }
  }
  for (const name of opts.omitEvidence ?? []) delete evidence[name]
  for (const ev of Object.values(evidence)) {
    await emit({ type: 'evidence_recorded', step_id: 'sign_off', evidence: ev })
  }
  const [role1, role2] = opts.approverRoles ?? ['DRI', 'SRE']
  const approvals = [
    { approver: 'carol', role: role1, recorded_at: clock.now() },
    { approver: 'dave', role: role2, recorded_at: clock.now() }
  ]
  for (const approval of approvals) {
    await emit({ type: 'approval_recorded', step_id: 'sign_off', approval })
  }
  const result: StepResult = {
    ...stepBase(store.runId, 'sign_off', 3, 'manual'),
    actor: 'human',
    evidence,
    approvals
  }
  await emit({ type: 'step_result', result, captures: {} })
  await snapshot()
  await emit({ type: 'run_finished', status: 'passed', passed: 4, failed: 0, error: null })
  return done()
}

function stepBase(runId: string, id: string, index: number, type: 'cli' | 'manual'): StepResult {
  return {
    run_id: runId,
    step_id: id,
    step_index: index,
    type,
    status: 'passed',
    actor: 'engine',
    started_at: '2026-11-22T15:31:00.000Z',
    ended_at: '2026-11-22T15:31:01.000Z',
    duration_ms: 1000,
    attempt: 1,
    evidence: {},
    captures: {},
    error: null
  }
}

function assertionsFor(id: string, out: string, failed: boolean): StepResult['assertions'] {
  if (id === 'kernel') return [{ index: 0, kind: 'contains', passed: true, expected: 'Linux' }]
  if (id === 'disk') {
    return [
      { index: 0, kind: 'exit_code', passed: true, expected: '0', actual: '0' },
      { index: 1, kind: 'not_contains', passed: true, expected: '100%' }
    ]
  }
  return [{ index: 0, kind: 'equals', passed: !failed, expected: 'ok', actual: out.trim() }]
}
