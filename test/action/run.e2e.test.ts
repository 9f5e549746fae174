// The bundled Action, started as a runner starts it against loopback GitHub (REST fake validated
// against GitHub's OpenAPI description, artifact service on Azurite): it runs a runbook and a TSG
// in the job, annotates a failure on its line, uploads an artifact that verifies after a cross-run
// download, writes outputs and the summary, and finds its run again by request id.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { verifyRun } from '../../src/trace/index.js'
import { actionBundle } from '../helpers/bundles.js'
import { ROOT } from '../helpers/fixtures.js'
import { GITHUB_TOKEN, startLoopbackGitHub } from '../helpers/github/index.js'
import type { LoopbackGitHub, WorkflowRun } from '../helpers/github/index.js'
import { runAction } from '../helpers/github/runner.js'
import { errorOf, runJob, workspace } from '../helpers/github/job.js'

const SECRET = 's3cr3t-Value-9431'

// Line numbers matter: the failing step is at line 14, its failing assertion at line 19.
const RUNBOOK = `apiVersion: runbook/v0
meta:
  name: e2e-health
  vars:
    greeting: hello
    token: ""
  governance:
    allowed_commands: [uname, echo]
steps:
  - id: kernel
    type: cli
    with: {argv: [uname, -s]}
    assertions: [{equals: Linux}]
  - id: greet
    type: cli
    with: {argv: [echo, "{{ .greeting }} {{ .token }}"]}
    assertions:
      - contains: hello
      - contains: "{{ .greeting }} world"
`

const MANUAL = `apiVersion: runbook/v0
meta:
  name: e2e-manual
  governance:
    allowed_commands: [echo]
steps:
  - id: look
    type: cli
    with: {argv: [echo, ok]}
  - id: review
    type: manual
    instructions: Check the dashboard.
    required_evidence:
      - {kind: text, name: ticket}
      - {kind: checklist, name: checks, items: [graphs flat, no alerts]}
    approvals: {min: 1, roles: [DRI]}
`

// A TSG whose command names a placeholder: the compiled runbook has a var without a value.
const TSG = `# Directory check

## List the folder

See that the folder is there:

\`\`\`bash
ls -d /<folder-name>
\`\`\`

## Print the kernel

\`\`\`bash
uname -s
\`\`\`
`

let gh: LoopbackGitHub
let entry: string
beforeAll(async () => {
  ;[gh, entry] = await Promise.all([startLoopbackGitHub(), actionBundle()])
  gh.state.addUser('alice', 'write')
}, 150_000)
afterAll(() => gh?.stop())
afterEach(() => expect(gh?.rest.violations).toEqual([]))

const newRun = () =>
  gh.state.startRun({ workflow: 'runbook.yml', event: 'workflow_dispatch', actor: 'alice' })

function run(
  r: WorkflowRun,
  ws: string,
  inputs: Record<string, string>,
  env?: Record<string, string>
) {
  return runJob(gh, entry, r, ws, inputs, env === undefined ? {} : { env })
}

describe('command: run', () => {
  test('a branching runbook: the outcome it ended with is an output and in the summary', async () => {
    const ws = workspace({
      'rb.yaml': readFileSync(join(ROOT, 'examples/disk-branch.yaml'), 'utf8')
    })
    const full = await run(newRun(), ws, {
      command: 'run',
      runbook: 'rb.yaml',
      vars: 'limit=0',
      pause: 'fail'
    })
    expect(full.exitCode).toBe(0)
    expect(full.outputs.outcome).toBe('mitigated')
    expect(full.summary).toContain('**Outcome:** mitigated at step `biggest`')
    const fine = await run(newRun(), ws, {
      command: 'run',
      runbook: 'rb.yaml',
      vars: 'limit=101',
      pause: 'fail'
    })
    expect(fine.outputs.outcome).toBe('no_action')
    expect(fine.summary).toContain('not taken')
  }, 120_000)

  test('a passing runbook: log groups per step, outputs, summary, masked vars, an artifact that verifies after a cross-run download', async () => {
    const first = newRun()
    const ws = workspace({ 'rb.yaml': RUNBOOK.replace('"{{ .greeting }} world"', 'hello') })
    const res = await run(first, ws, {
      command: 'run',
      runbook: 'rb.yaml',
      vars: `token=${SECRET}`,
      pause: 'fail'
    })
    expect(res.stderr).toBe('')
    expect(res.exitCode).toBe(0)
    expect(res.masks).toContain(SECRET)
    expect(res.groups.map((g) => g.name)).toEqual(['Step 1/2: kernel', 'Step 2/2: greet'])
    expect(res.groups[0]?.lines).toContain('$ uname -s')
    const runId = res.outputs['run-id'] ?? ''
    expect(runId).toMatch(/^\d{8}T\d{6}-[0-9a-f]{4}$/)
    expect(res.outputs.status).toBe('passed')
    expect(res.outputs['paused-step']).toBe('')
    expect(JSON.parse(res.outputs.approvers ?? '')).toEqual([])
    expect(res.summary).toContain('## Runbook e2e-health: ✅ passed')
    expect(res.summary).toContain('| 2 | `greet` | ✅ passed |')
    expect(res.summary).toContain('```mermaid')
    expect(res.summary).toContain(`**Trace head:** \`${res.outputs['trace-head'] ?? ''}\``)
    expect(res.summary).not.toContain(SECRET)

    const stored = gh.state.artifacts.filter((a) => a.runId === first.id)
    expect(stored.map((a) => a.name)).toEqual([`runbook-${first.id}`])
    expect(res.outputs['artifact-id']).toBe(String(stored[0]?.id))
    expect(res.summary).toContain(`/actions/runs/${first.id}/artifacts/${stored[0]?.id}`)

    // Another workflow run downloads it with the real client (findBy), as a resume job would.
    const later = workspace({})
    const down = await runAction(gh, {
      run: newRun(),
      workspace: later,
      entry: join(ROOT, 'test/fixtures/action/download-run.mjs'),
      inputs: { name: `runbook-${first.id}`, 'from-run': String(first.id), token: GITHUB_TOKEN }
    })
    expect([down.exitCode, down.outputs['digest-mismatch']]).toEqual([0, 'false'])
    const dir = join(later, 'downloaded', 'runs', runId)
    expect(readdirSync(join(later, 'downloaded')).sort()).toEqual(['requests', 'runs'])
    const report = await verifyRun(dir)
    expect(report.checks.filter((c) => c.status !== 'ok')).toEqual([])
    expect(report.ok).toBe(true)
    const trace = readFileSync(join(dir, 'trace.jsonl'), 'utf8')
    expect(trace).not.toContain(SECRET)
    expect(trace.trim().split('\n').at(-1)).toContain(`"hash":"${res.outputs['trace-head'] ?? ''}"`)
    // One changed byte in the downloaded run and verify fails.
    writeFileSync(join(dir, 'trace.jsonl'), trace.replace('"e2e-health"', '"e2e-hea1th"'))
    expect((await verifyRun(dir)).ok).toBe(false)
  }, 180_000)

  test('a failed assertion is annotated on its line and the failed step on its own; the job fails', async () => {
    const res = await run(newRun(), workspace({ 'rb.yaml': RUNBOOK }), {
      command: 'run',
      runbook: 'rb.yaml',
      pause: 'fail'
    })
    expect(res.exitCode).toBe(1)
    expect(res.outputs.status).toBe('failed')
    const onFile = res.annotations.filter((a) => a.file === 'rb.yaml')
    expect(onFile).toEqual([
      expect.objectContaining({ level: 'error', title: 'Step greet failed', line: 14 }),
      expect.objectContaining({
        level: 'error',
        title: 'Assertion contains failed (step greet)',
        line: 19,
        message: expect.stringContaining('expected hello world') as string
      })
    ])
    expect(errorOf(res)).toContain("Runbook e2e-health failed: step 'greet' failed")
    expect(res.summary).toContain('| 2 | `greet` | ❌ failed |')
  }, 120_000)

  test('a TSG is compiled in the job: refused while its var has no value, then run; compiled runbook and mapping in the artifact', async () => {
    const ws = workspace({ 'check.md': TSG })
    const refused = await run(newRun(), ws, { command: 'run', runbook: 'check.md', pause: 'fail' })
    expect(refused.exitCode).toBe(1)
    expect(errorOf(refused)).toContain(
      'the run does not start while a var has no value: folder_name'
    )
    expect(
      gh.state.artifacts.filter((a) => a.name.endsWith(String(refused.outputs['run-id'])))
    ).toEqual([])

    const r = newRun()
    const res = await run(r, ws, {
      command: 'run',
      runbook: 'check.md',
      vars: 'folder_name=tmp',
      pause: 'fail'
    })
    expect(res.stderr).toBe('')
    expect(res.exitCode).toBe(0)
    expect(res.summary).toMatch(/Compiled in the job from the TSG: \d+ TODOs?/)
    const later = workspace({})
    await runAction(gh, {
      run: newRun(),
      workspace: later,
      entry: join(ROOT, 'test/fixtures/action/download-run.mjs'),
      inputs: { name: `runbook-${r.id}`, 'from-run': String(r.id), token: GITHUB_TOKEN }
    })
    expect(readdirSync(join(later, 'downloaded', 'compiled')).sort()).toEqual([
      'check.mapping.md',
      'check.yaml'
    ])
    expect(
      (await verifyRun(join(later, 'downloaded', 'runs', res.outputs['run-id'] ?? ''))).ok
    ).toBe(true)
  }, 180_000)

  test('pause: fail stops the job at a manual step, naming the evidence and approval it needs', async () => {
    const res = await run(newRun(), workspace({ 'manual.yaml': MANUAL }), {
      command: 'run',
      runbook: 'manual.yaml',
      pause: 'fail'
    })
    expect(res.exitCode).toBe(1)
    expect(res.outputs.status).toBe('paused')
    expect(res.outputs['paused-step']).toBe('review')
    expect(errorOf(res)).toContain(
      "stopped at step 'review' (manual.yaml:10): it needs evidence 'ticket' (text), evidence 'checks' (checklist: graphs flat; no alerts), 1 approval by role DRI"
    )
  }, 120_000)

  test('the same request id finds its run again on another runner; with other inputs it is refused', async () => {
    const first = newRun()
    const rb = RUNBOOK.replace('"{{ .greeting }} world"', 'hello')
    const a = await run(first, workspace({ 'rb.yaml': rb }), { command: 'run', runbook: 'rb.yaml' })
    expect(a.exitCode).toBe(0)
    // A re-run of the job (attempt 2) on a fresh runner: the run is found in the workflow run's
    // artifact, which the first attempt uploaded.
    const again = await run(gh.state.rerun(first), workspace({ 'rb.yaml': rb }), {
      command: 'run',
      runbook: 'rb.yaml'
    })
    expect(again.exitCode).toBe(0)
    expect(again.outputs['run-id']).toBe(a.outputs['run-id'])
    expect(again.outputs['trace-head']).toBe(a.outputs['trace-head'])
    expect(again.groups).toEqual([])
    expect(again.summary).toContain('already named this run')
    expect(gh.state.artifacts.filter((x) => x.runId === first.id)).toHaveLength(1)

    const other = await run(first, workspace({ 'rb.yaml': rb }), {
      command: 'run',
      runbook: 'rb.yaml',
      vars: 'greeting=bonjour'
    })
    expect(other.exitCode).toBe(1)
    expect(errorOf(other)).toContain(
      `Input 'request-id': '${first.id}' already names run ${a.outputs['run-id'] ?? ''}`
    )
  }, 180_000)

  test('outside a runner the artifact is skipped with one warning naming the run directory', async () => {
    const res = await run(
      newRun(),
      workspace({ 'rb.yaml': RUNBOOK.replace('"{{ .greeting }} world"', 'hello') }),
      { command: 'run', runbook: 'rb.yaml' },
      { ACTIONS_RUNTIME_TOKEN: '' }
    )
    expect(res.exitCode).toBe(0)
    const warnings = res.annotations.filter((a) => a.level === 'warning')
    expect(warnings.map((w) => w.message)).toEqual([
      `Not in a runner (ACTIONS_RUNTIME_TOKEN is not set): the artifact was not uploaded; the run directory is .runbook/runs/${res.outputs['run-id'] ?? ''}`
    ])
    expect(res.outputs['artifact-id']).toBe('')
  }, 120_000)
})

describe('inputs', () => {
  test('a bad input fails the job with its name and the expected form, before anything runs', async () => {
    const ws = workspace({ 'rb.yaml': RUNBOOK })
    const res = await run(newRun(), ws, { command: 'run', runbook: 'rb.yaml', mode: 'fast' })
    expect(res.exitCode).toBe(1)
    expect(errorOf(res)).toBe(
      "Invalid input 'mode': 'fast'. Expected one of: real, replay, dry-run."
    )
    expect(() => readdirSync(join(ws, '.runbook'))).toThrow()
  }, 60_000)

  test('test outside a pull request, with no paths, says which input it needs', async () => {
    const res = await run(newRun(), workspace({}), { command: 'test' })
    expect(res.exitCode).toBe(1)
    expect(errorOf(res)).toContain(
      "needs a pull_request event to find the changed runbooks, or the 'paths' input"
    )
  }, 60_000)
})
