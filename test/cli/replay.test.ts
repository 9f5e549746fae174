import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TraceRecord } from '../../src/engine/events.js'
import { cli } from '../helpers/cli.js'
import { fixture, ROOT } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = workspace()
})
afterEach(() => ws.cleanup())

const runbook = fixture('runbooks', 'replay', 'kubectl-restart.yaml')
const evidence = fixture('runbooks', 'replay', 'kubectl-restart.evidence.yaml')
const multiStep = fixture('cli-replay', 'testdata', 'scenarios', 'multi_step.yaml')

/** `exec RB --mode replay` against multi_step.yaml with the review's evidence, writing a report. */
const replayMultiStep = (rb: string, report: string, reportFile: string) =>
  ws.run([
    'exec',
    rb,
    '--mode',
    'replay',
    '--scenario',
    multiStep,
    '--evidence-file',
    evidence,
    '--report',
    report,
    '--report-file',
    reportFile
  ])

const results = (trace: TraceRecord[]) =>
  trace.flatMap((r) => (r.type === 'step_result' ? [`${r.result.step_id}:${r.result.status}`] : []))

describe('runbook exec --mode replay', () => {
  it('answers cli steps from a cli-replay fixture in-process (no kubectl here) and writes a replay trace', async () => {
    const r = await replayMultiStep(runbook, 'json', 'report.json')
    expect(r.stderr).toContain('replay report (json) written to report.json')
    expect(r.code).toBe(0)
    const id = ws.onlyRun()
    const trace = ws.trace(id)
    expect(trace[0]).toMatchObject({ type: 'run_started', mode: 'replay' })
    expect(results(trace)).toEqual([
      'pods_before:passed',
      'restart:passed',
      'review:passed',
      'pods_after:passed'
    ])
    const report = JSON.parse(readFileSync(join(ws.dir, 'report.json'), 'utf8')) as Record<
      string,
      unknown
    >
    expect(report).toMatchObject({
      scenario: 'multi-step-test',
      passed: true,
      total_steps: 3,
      consumed_steps: 3
    })
    expect(report.error).toBeUndefined()
    expect((report.steps as { call_count: number }[]).map((s) => s.call_count)).toEqual([1, 1, 1])
    expect((await ws.run(['verify', id])).code).toBe(0)
  })

  it('fails a changed command closed, with an argv diff and a JUnit failure on that step', async () => {
    const changed = join(ws.dir, 'changed.yaml')
    writeFileSync(
      changed,
      readFileSync(runbook, 'utf8').replace('deployment/web', 'deployment/api')
    )
    const r = await replayMultiStep(changed, 'junit', 'junit.xml')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('expected  kubectl  rollout  restart  deployment/web')
    expect(r.stdout).toContain('actual    kubectl  rollout  restart  deployment/api')
    expect(r.stdout).toMatch(/\n\s+\^{14}\n/)
    const junit = readFileSync(join(ws.dir, 'junit.xml'), 'utf8')
    expect(junit).toMatch(
      /<testcase name="restart" classname="kubectl-restart"[^>]*>\s*<failure message="replay: no scenario step matches this call/
    )
    expect(junit).toMatch(/<testcase name="pods_after"[^>]*>\s*<skipped/)
  })

  it('replays the bundled example green; a pattern the pod name does not match fails the step', async () => {
    const dir = join(ROOT, 'examples', 'replay')
    const args = (rb: string): string[] => [
      'exec',
      rb,
      '--mode',
      'replay',
      '--scenario',
      join(dir, 'pod-crashloop.scenario.yaml')
    ]
    const green = await ws.run(args(join(dir, 'pod-crashloop.yaml')))
    expect(green.code).toBe(0)
    const id = ws.onlyRun()
    expect(results(ws.trace(id))).toEqual([
      'find_pod:passed',
      'pod_status:passed',
      'previous_logs:passed',
      'judge_cause:passed',
      'restart:passed'
    ])
    expect(ws.trace(id).find((t) => t.type === 'confirmation_recorded')).toMatchObject({
      step_id: 'restart'
    })
    // Without an approver for the restart in the evidence file, the step fails; it never pauses.
    const partial = join(ws.dir, 'partial.evidence.yaml')
    writeFileSync(
      partial,
      readFileSync(join(dir, 'pod-crashloop.scenario.evidence.yaml'), 'utf8').replace(
        /\nrestart:[\s\S]*$/,
        '\n'
      )
    )
    const unconfirmed = await ws.run([
      ...args(join(dir, 'pod-crashloop.yaml')),
      '--evidence-file',
      partial
    ])
    expect(unconfirmed.code).toBe(1)
    expect(unconfirmed.stdout).toContain(
      `error: it needs a two-step confirmation: the step asks for confirmation (confirm: true); no approver confirms it in ${partial} (add restart: {NAME: {kind: approval}})`
    )
    // The pattern `^{{ .app }}-` is rendered with the var; a changed pattern fails the step.
    const other = join(ws.dir, 'other.yaml')
    writeFileSync(
      other,
      readFileSync(join(dir, 'pod-crashloop.yaml'), 'utf8').replace(
        "matches: '^{{ .app }}-'",
        "matches: '^{{ .app }}out-'"
      )
    )
    const red = await ws.run(args(other))
    expect(red.code).toBe(1)
    expect(red.stdout).toContain(
      'assertion 1 (matches) failed: expected ^checkoutout-, got checkout-7d9f8b6c5-x2x4q'
    )
  })

  it('fails the run when expected calls are left unconsumed', async () => {
    const short = join(ws.dir, 'short.yaml')
    writeFileSync(
      short,
      'apiVersion: runbook/v0\nmeta: {name: short}\nsteps:\n  - {id: pods, type: cli, with: {argv: [kubectl, get, pods, -n, production]}}\n'
    )
    const r = await ws.run(['exec', short, '--mode', 'replay', '--scenario', multiStep])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('run failed')
    expect(ws.trace(ws.onlyRun()).find((t) => t.type === 'run_finished')).toMatchObject({
      status: 'failed',
      failure: 'replay'
    })
  })

  it('fails a manual step with no replay evidence closed, naming what is missing', async () => {
    const r = await ws.run(['exec', runbook, '--mode', 'replay', '--scenario', multiStep])
    expect(r.code).toBe(1)
    const review = ws
      .trace(ws.onlyRun())
      .find((t) => t.type === 'step_result' && t.result.step_id === 'review')
    expect(review).toMatchObject({ result: { status: 'failed' } })
    expect(review?.type === 'step_result' && review.result.error).toMatch(/dashboard/)
  })

  it('records a real run, redacted, and replaying the recording gives the same results', async () => {
    const rb = join(ws.dir, 'rec.yaml')
    writeFileSync(
      rb,
      [
        'apiVersion: runbook/v0',
        'meta: {name: rec, governance: {redact: [{pattern: "token=\\\\S+", replace: "token=<redacted>"}]}}',
        'steps:',
        '  - {id: os, type: cli, with: {argv: [uname, -s]}, capture: {os: stdout}}',
        '  - {id: echo, type: cli, with: {argv: [echo, "{{ .os }}", token=s3cr3t]}, assertions: [{contains: Linux}]}',
        '  - {id: note, type: manual, instructions: Note it., required_evidence: [{kind: text, name: note}], replay_mode: reuse_evidence}',
        '  - {id: count, type: cli, with: {argv: [printf, "%s\\n", a, b]}, assertions: [{equals: "a\\nb"}]}'
      ].join('\n')
    )
    writeFileSync(join(ws.dir, 'ev.yaml'), 'note:\n  note: {kind: text, value: looked}\n')
    const real = await ws.run([
      'exec',
      rb,
      '--record',
      'rec.scenario.yaml',
      '--evidence-file',
      'ev.yaml',
      '--runs-dir',
      'real-runs'
    ])
    expect(real.code).toBe(0)
    const recorded = readFileSync(join(ws.dir, 'rec.scenario.yaml'), 'utf8')
    expect(recorded).toContain('token=<redacted>')
    expect(recorded).not.toContain('s3cr3t')
    expect(readFileSync(join(ws.dir, 'rec.scenario.evidence.yaml'), 'utf8')).toContain('looked')
    const replayed = await ws.run([
      'exec',
      rb,
      '--mode',
      'replay',
      '--scenario',
      'rec.scenario.yaml'
    ])
    expect(replayed.code).toBe(0)
    const replayTrace = ws.trace(ws.onlyRun())
    expect(results(replayTrace)).toEqual([
      'os:passed',
      'echo:passed',
      'note:passed',
      'count:passed'
    ])
    const caps = replayTrace.flatMap((t) => (t.type === 'step_result' ? [t.captures] : []))
    expect(caps[0]).toEqual({ os: 'Linux' })
  })

  it('prints a resume command for an interrupted replay that names the scenario again', async () => {
    writeFileSync(
      join(ws.dir, 'rb.yaml'),
      [
        'apiVersion: runbook/v0',
        'meta: { name: slow }',
        'steps:',
        '  - { id: one, type: cli, with: { argv: [kubectl, version] } }',
        ''
      ].join('\n')
    )
    writeFileSync(
      join(ws.dir, 'sc.yaml'),
      'meta: { name: slow }\nsteps:\n  - { match: { argv: [kubectl, version] }, respond: { delay: 5s } }\n'
    )
    const r = await cli(['exec', 'rb.yaml', '--mode', 'replay', '--scenario', 'sc.yaml'], {
      cwd: ws.dir,
      env: { ...process.env, NO_COLOR: '1' },
      signals: (handler) => {
        const timer = setTimeout(() => handler('SIGINT'), 300)
        return () => clearTimeout(timer)
      }
    })
    expect(r.code).toBe(5)
    const id = ws.onlyRun()
    expect(r.stdout).toContain(`runbook resume ${id} \\\n    --scenario sc.yaml\n`)
    const without = await ws.run(['resume', id])
    expect(without.code).toBe(3)
    expect(without.stderr).toBe(
      'runbook: a replay run needs its scenario: give --scenario SCENARIO.yaml\n'
    )
    const done = await ws.run(['resume', id, '--scenario', 'sc.yaml', '--no-delay'])
    expect(done.code).toBe(0)
  })

  it('says so (exit 3) when the report cannot be written', async () => {
    // Its directory would be created; a file where a directory must be cannot be helped.
    const r = await replayMultiStep(runbook, 'junit', join(runbook, 'r.xml'))
    expect(r.code).toBe(3)
    expect(r.stderr).toMatch(
      /cannot write the replay report \(junit\) to .*r\.xml: a parent of it is not a directory\n/
    )
  })

  it('refuses bad replay input with exit 3 and a located message', async () => {
    expect((await ws.run(['exec', runbook, '--mode', 'replay'])).stderr).toContain(
      'a replay run needs its scenario: give --scenario SCENARIO.yaml'
    )
    expect(
      (
        await ws.run([
          'exec',
          runbook,
          '--record',
          'x.yaml',
          '--mode',
          'replay',
          '--scenario',
          multiStep
        ])
      ).code
    ).toBe(3)
    const bad = fixture('cli-replay', 'testdata', 'scenarios', 'validate-invalid.yaml')
    const r = await ws.run(['exec', runbook, '--mode', 'replay', '--scenario', bad])
    expect(r.code).toBe(3)
    expect(r.stderr).toMatch(/validate-invalid\.yaml:21:\d+: error scenario-calls-bounds/)
    // A scenario given relative to the working directory is named that way in its errors.
    writeFileSync(join(ws.dir, 'bad.yaml'), readFileSync(bad))
    const rel = await ws.run(['exec', runbook, '--mode', 'replay', '--scenario', 'bad.yaml'])
    expect(rel.stderr).toMatch(/^bad\.yaml:21:\d+: error scenario-calls-bounds/m)
    expect(rel.stderr).not.toContain(ws.dir)
  })
})
