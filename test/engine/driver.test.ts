import { foldTrace } from '../../src/engine/reduce.js'
import { drive, resumeRun, SNAPSHOT_STEPS, startRun } from '../../src/engine/driver.js'
import type { RunState } from '../../src/engine/model.js'
import { stateJson } from '../../src/engine/model.js'
import {
  fakeDeps,
  runbookFrom,
  ScriptedCli,
  START,
  SuppliedManual,
  historyOf
} from '../helpers/engine-fakes.js'

const RUNBOOK = `
apiVersion: runbook/v0
meta:
  name: test
  vars: {ns: prod}
  governance:
    evidence: {require_for_manual: true}
steps:
  - id: kernel
    type: cli
    with: {argv: [uname, -r]}
    capture: {kernel: stdout}
  - id: pods
    type: cli
    with: {argv: [kubectl, get, pods, -n, "{{ .ns }}", "--label=k={{ .kernel }}"]}
    assertions: [{not_contains: CrashLoopBackOff}]
  - id: disk
    type: cli
    with: {argv: [df, -h]}
    assertions: [{matches: "^Filesystem"}]
  - id: review
    type: manual
    instructions: "Check kernel {{ .kernel }} in namespace {{ .ns }}."
    required_evidence:
      - {kind: text, name: ticket}
      - {kind: checklist, name: checks, items: [a, b]}
      - {kind: attachment, name: shot}
    approvals: {min: 2, roles: [DRI]}
`

const answers = (argv: readonly string[]) =>
  argv[0] === 'uname'
    ? { stdout: '6.1.0\n' }
    : argv[0] === 'df'
      ? { stdout: 'Filesystem Size\n/dev/sda 10G\n' }
      : { stdout: 'web-0 Running\n' }

function start(
  deps: ReturnType<typeof fakeDeps>,
  vars: Record<string, string> = { ns: 'prod' }
): Promise<RunState> {
  return startRun(deps, { ...START, steps_total: deps.runbook.steps.length, vars })
}

describe('engine driver', () => {
  it('runs cli steps with captures feeding later templates, then pauses at the manual step', async () => {
    const cli = new ScriptedCli(answers)
    const deps = fakeDeps(runbookFrom(RUNBOOK), { cli })
    const state = await start(deps)
    expect(cli.calls).toEqual([
      ['uname', '-r'],
      ['kubectl', 'get', 'pods', '-n', 'prod', '--label=k=6.1.0'],
      ['df', '-h']
    ])
    expect(state.status).toBe('paused')
    expect(state.current_step_index).toBe(3)
    expect(state.pending).toEqual({
      step_id: 'review',
      step_index: 3,
      kind: 'manual',
      evidence: ['ticket', 'checks', 'shot'],
      approvals_needed: 2,
      roles: ['DRI']
    })
    expect(historyOf(deps).map((h) => `${h.step_id}:${h.status}`)).toEqual([
      'kernel:passed',
      'pods:passed',
      'disk:passed'
    ])
    expect(state.captures.toObject()).toEqual({ kernel: '6.1.0' })
    expect((deps.manual as SuppliedManual).requests[0]?.instructions).toBe(
      'Check kernel 6.1.0 in namespace prod.'
    )
    // Snapshots are periodic (every SNAPSHOT_STEPS steps) and at every stop: here, at the pause.
    expect([...deps.store.snapshots.keys()]).toEqual([3])
    expect(deps.store.manifests).toHaveLength(1)
    // RunState is exactly the fold of the trace, and round-trips through JSON.
    expect(foldTrace(deps.store.records)).toEqual(state)
    expect(JSON.parse(JSON.stringify(state))).toEqual(stateJson(state))
  })

  it('resumes a paused manual step with evidence and distinct approvals, de-duplicating the same approver', async () => {
    const deps = fakeDeps(runbookFrom(RUNBOOK), { cli: new ScriptedCli(answers) })
    const paused = await start(deps)
    const manual = new SuppliedManual({
      evidence: [
        { name: 'ticket', kind: 'text', value: 'INC-1 pw=hunter2' },
        { name: 'checks', kind: 'checklist', items: ['a'] },
        { name: 'shot', kind: 'attachment', path: '/tmp/shot.png' }
      ],
      approvals: [
        { approver: 'alice', role: 'DRI' },
        { approver: 'alice', role: 'DRI' }
      ]
    })
    const again = await resumeRun({ ...deps, manual }, paused)
    expect(again.status).toBe('paused')
    expect(again.pending).toMatchObject({ evidence: ['checks'], approvals_needed: 1 })
    expect(again.collected.evidence.ticket?.value).toBe('INC-1 pw=<redacted>')
    manual.submission = {
      evidence: [{ name: 'checks', kind: 'checklist', items: ['b'] }],
      approvals: [{ approver: 'bob', role: 'DRI' }]
    }
    const done = await resumeRun({ ...deps, manual }, again)
    expect(done.status).toBe('passed')
    const review = historyOf(deps)[3]
    expect(review?.evidence.checks?.items).toEqual(['a', 'b'])
    expect(review?.approvals?.map((a) => a.approver)).toEqual(['alice', 'bob'])
    expect(deps.store.records.find((r) => r.type === 'run_finished')).toMatchObject({
      status: 'passed',
      passed: 4,
      failed: 0
    })
  })

  it('refuses evidence it was not asked for, and approvers without the role, recording none of it', async () => {
    const deps = fakeDeps(runbookFrom(RUNBOOK), { cli: new ScriptedCli(answers) })
    const paused = await start(deps)
    const manual = new SuppliedManual({
      evidence: [
        { name: 'nope', kind: 'text', value: 'x' },
        { name: 'checks', kind: 'checklist', items: ['zzz'] }
      ],
      approvals: [{ approver: 'eve', role: 'intern' }]
    })
    const after = await resumeRun({ ...deps, manual }, paused)
    expect(after.status).toBe('paused')
    expect(after.collected).toEqual({
      started_at: expect.any(String) as string,
      evidence: {},
      approvals: []
    })
  })

  it('halts at the first failed step and records the failed assertion', async () => {
    const cli = new ScriptedCli((argv) =>
      argv[0] === 'kubectl' ? { stdout: 'web-0 CrashLoopBackOff\n' } : answers(argv)
    )
    const deps = fakeDeps(runbookFrom(RUNBOOK), { cli })
    const state = await start(deps)
    expect(state.status).toBe('failed')
    expect(cli.calls).toHaveLength(2)
    const failed = historyOf(deps)[1]
    expect(failed?.status).toBe('failed')
    expect(failed?.assertions?.[0]).toMatchObject({
      kind: 'not_contains',
      passed: false,
      expected: 'CrashLoopBackOff'
    })
    expect(deps.store.records.find((r) => r.type === 'run_finished')).toMatchObject({
      status: 'failed',
      failure: 'step'
    })
  })

  it('fails a step whose command is not found with exit 127', async () => {
    const rb = runbookFrom(
      'apiVersion: runbook/v0\nmeta: {name: t}\nsteps:\n  - {id: a, type: cli, with: {argv: [missing-tool, x]}}'
    )
    const deps = fakeDeps(rb)
    const state = await start(deps, {})
    expect(state.status).toBe('failed')
    expect(historyOf(deps)[0]).toMatchObject({
      status: 'failed',
      exit_code: 127,
      error: 'command not found: missing-tool'
    })
  })

  it('refuses the whole run before any command runs when governance denies a later step', async () => {
    const rb = runbookFrom(`apiVersion: runbook/v0
meta: {name: t, governance: {denied_commands: [/usr/bin/rm]}}
steps:
  - {id: a, type: cli, with: {argv: [uname]}}
  - {id: b, type: cli, with: {argv: [rm, -rf, /tmp/x]}}`)
    const cli = new ScriptedCli(answers)
    const deps = fakeDeps(rb, { cli })
    const state = await start(deps, {})
    expect(cli.calls).toEqual([])
    expect(state.status).toBe('failed')
    const decision = deps.store.records.find((r) => r.type === 'governance_decision')
    expect(decision).toMatchObject({
      step_id: 'b',
      decision: 'denied',
      rule: 'denylist',
      resolved_path: '/usr/bin/rm'
    })
    expect(deps.store.records.find((r) => r.type === 'run_finished')).toMatchObject({
      failure: 'governance'
    })
  })

  it('pauses a destructive step for a two-step confirmation, then runs it once confirmed', async () => {
    const rb = runbookFrom(`apiVersion: runbook/v0
meta: {name: t}
steps:
  - {id: cleanup, type: cli, with: {argv: [kubectl, delete, pod, web-0]}}`)
    const cli = new ScriptedCli(() => ({ stdout: 'deleted\n' }))
    const deps = fakeDeps(rb, { cli })
    const paused = await start(deps, {})
    expect(cli.calls).toEqual([])
    expect(paused.pending).toMatchObject({
      kind: 'confirmation',
      reason: 'destructive command: kubectl delete'
    })
    const manual = new SuppliedManual(undefined, { by: 'alice', method: 'approval' })
    const done = await resumeRun({ ...deps, manual }, paused)
    expect(cli.calls).toEqual([['kubectl', 'delete', 'pod', 'web-0']])
    expect(done.status).toBe('passed')
    expect(deps.store.records.map((r) => r.type)).toContain('confirmation_recorded')
  })

  it('commits once per step before its command runs, and snapshots every SNAPSHOT_STEPS steps and at the end', async () => {
    const n = 2 * SNAPSHOT_STEPS + 50
    const steps = Array.from(
      { length: n },
      (_, i) => `  - {id: s${i}, type: cli, with: {argv: [t]}}`
    )
    const rb = runbookFrom(`apiVersion: runbook/v0\nmeta: {name: t}\nsteps:\n${steps.join('\n')}`)
    const seen: { synced: number; records: number; results: number }[] = []
    const cli = new ScriptedCli(() => {
      const { synced, records } = deps.store
      seen.push({
        synced,
        records: records.length,
        results: records.slice(0, synced).filter((r) => r.type === 'step_result').length
      })
      return { stdout: '' }
    })
    const deps = fakeDeps(rb, { cli })
    const state = await start(deps, {})
    expect(state.status).toBe('passed')
    // Before each command: everything recorded is durable, the previous step's result included.
    expect(seen).toEqual(
      seen.map((s, i) => ({ synced: s.records, records: s.records, results: i }))
    )
    // One commit per step, plus the end of the run (and the snapshots' own).
    expect(deps.store.syncs).toBeLessThanOrEqual(n + 2)
    expect([...deps.store.snapshots.keys()]).toEqual([SNAPSHOT_STEPS, 2 * SNAPSHOT_STEPS, n])
    expect(foldTrace(deps.store.records)).toEqual(state)
    expect(state.results).toEqual({ passed: n, failed: 0, skipped: 0, not_taken: 0 })
  })

  it('pauses when interrupted mid-step, and the step runs again on resume as attempt 2', async () => {
    const rb = runbookFrom(
      'apiVersion: runbook/v0\nmeta: {name: t}\nsteps:\n  - {id: a, type: cli, with: {argv: [sleep, "10"]}}'
    )
    const first = new ScriptedCli(() => ({ cancelled: true }))
    const deps = fakeDeps(rb, { cli: first })
    const paused = await start(deps, {})
    expect(paused.status).toBe('paused')
    expect(historyOf(deps)).toEqual([])
    const second = new ScriptedCli(() => ({ stdout: '' }))
    const done = await drive(
      { ...deps, cli: second },
      paused.status === 'paused' ? { ...paused, status: 'running' } : paused
    )
    expect(done.status).toBe('passed')
    expect(historyOf(deps)[0]?.attempt).toBe(2)
  })
})
