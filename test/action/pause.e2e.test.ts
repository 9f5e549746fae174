// `pause: issue` with the bundled Action on loopback GitHub: at a manual step (or a two-step
// confirmation) the run is uploaded, ONE issue is opened holding the pause record, and the job
// ends with status paused; a re-run of the job opens no second issue; issues disabled is one
// clear error.
import { readPauseRecord } from '../../src/action/pause/issue-body.js'
import { actionBundle } from '../helpers/bundles.js'
import { BOT, startLoopbackGitHub } from '../helpers/github/index.js'
import type { LoopbackGitHub, WorkflowRun } from '../helpers/github/index.js'
import { errorOf, runJob, workspace } from '../helpers/github/job.js'

const SECRET = 'pa55-Word-for-the-dashboard'

const MANUAL = `apiVersion: runbook/v0
meta:
  name: e2e-pause
  vars:
    token: ""
  governance:
    allowed_commands: [echo]
steps:
  - id: look
    type: cli
    with: {argv: [echo, ok]}
  - id: review
    title: Review the dashboard
    type: manual
    instructions: Log in with {{ .token }} and check the graphs.
    required_evidence:
      - {kind: text, name: ticket}
      - {kind: checklist, name: checks, items: [graphs flat, no alerts]}
    approvals: {min: 1, roles: [DRI]}
`

const CONFIRM = `apiVersion: runbook/v0
meta:
  name: e2e-confirm
  governance:
    allowed_commands: [echo]
steps:
  - id: wipe
    type: cli
    confirm: true
    with: {argv: [echo, wiping]}
`

let gh: LoopbackGitHub
let entry: string
beforeAll(async () => {
  ;[gh, entry] = await Promise.all([startLoopbackGitHub(), actionBundle()])
  gh.state.addUser('alice', 'write')
  gh.state.addUser('bob', 'write')
  gh.state.addUser('reader', 'read')
  gh.state.addWorkflow('runbook.yml', {
    command: { required: false },
    'run-id': { required: false },
    issue: { required: false }
  })
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

const issuesOfRun = (r: WorkflowRun) =>
  gh.state.issues.filter((i) => {
    const rec = readPauseRecord(i.body)
    return typeof rec !== 'string' && rec.workflow_run_id === r.id
  })

describe('pause: issue', () => {
  test('a manual step: artifact uploaded, one issue with the pause record, job ends paused; a re-run opens no second issue', async () => {
    const r = newRun()
    const ws = workspace({ 'manual.yaml': MANUAL })
    const inputs = {
      command: 'run',
      runbook: 'manual.yaml',
      vars: `token=${SECRET}`,
      roles: 'DRI: bob, reader, @octo-org/sre'
    }
    const res = await run(r, ws, inputs)
    expect(res.stderr).toBe('')
    expect(errorOf(res)).toBe('')
    expect(res.exitCode).toBe(0)
    expect(res.outputs.status).toBe('paused')
    expect(res.outputs['paused-step']).toBe('review')
    const issues = issuesOfRun(r)
    expect(issues).toHaveLength(1)
    const issue = issues[0]
    if (issue === undefined) throw new Error('no issue')
    expect(res.outputs['issue-number']).toBe(String(issue.number))
    expect(res.outputs['issue-url']).toBe(`https://github.com/octo-org/ops/issues/${issue.number}`)
    expect(issue.user.login).toBe(BOT.login)
    expect(issue.labels).toEqual(['runbook'])
    // Only role holders with write access are assigned (reader has read; a team is not a login).
    expect(issue.assignees).toEqual(['bob'])
    expect(issue.title).toBe(
      `Runbook e2e-pause: step review waits for an answer (run ${res.outputs['run-id'] ?? ''})`
    )
    const artifact = gh.state.artifacts.find((a) => a.runId === r.id)
    expect(res.outputs['artifact-id']).toBe(String(artifact?.id))
    expect(readPauseRecord(issue.body)).toEqual({
      v: 1,
      run_id: res.outputs['run-id'],
      workflow_run_id: r.id,
      workflow: '.github/workflows/runbook.yml',
      step_id: 'review',
      step_index: 1,
      kind: 'manual',
      artifact_name: `runbook-${r.id}`,
      artifact_id: artifact?.id,
      trace_head: res.outputs['trace-head'],
      runbook_digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) as string,
      expires_at: artifact?.expiresAt
    })
    expect(issue.body).toContain('> Log in with')
    expect(issue.body).not.toContain(SECRET)
    expect(issue.body).toContain('`/evidence ticket VALUE`')
    expect(issue.body).toContain('one `/check checks ITEM` for each of `graphs flat`, `no alerts`')
    expect(issue.body).toContain('1 approval(s) by people holding DRI')
    expect(issue.body).toContain('DRI: @bob, @reader, @octo-org/sre')
    expect(issue.body).toContain(`kept until ${artifact?.expiresAt ?? ''}`)
    expect(res.summary).toContain(`Answer in issue [#${issue.number}]`)
    expect(gh.state.run(r.id)?.status).toBe('completed')

    // The paused job re-run (same workflow run, a fresh runner): the run and its issue are found.
    const again = await run(r, workspace({ 'manual.yaml': MANUAL }), inputs)
    expect(again.exitCode).toBe(0)
    expect(again.outputs.status).toBe('paused')
    expect(again.outputs['issue-number']).toBe(String(issue.number))
    expect(issuesOfRun(r)).toHaveLength(1)
    expect(again.stdout).toContain(`issue #${issue.number}`)
    expect(again.stdout).toContain('no second issue')
  }, 180_000)

  test('a two-step confirmation asks for /confirm STEP and names the command it waits to run', async () => {
    const r = newRun()
    const res = await run(r, workspace({ 'c.yaml': CONFIRM }), {
      command: 'run',
      runbook: 'c.yaml'
    })
    expect(res.exitCode).toBe(0)
    expect(res.outputs.status).toBe('paused')
    const [issue] = issuesOfRun(r)
    expect(issue?.body).toContain('Answer `/confirm wipe` to let it run.')
    expect(issue?.body).toContain('> The step runs: `echo wiping`')
    expect(readPauseRecord(issue?.body)).toMatchObject({ kind: 'confirmation', step_id: 'wipe' })
  }, 120_000)

  test('issues disabled: the job fails saying so and how to pause instead; the artifact is kept', async () => {
    gh.state.issuesEnabled = false
    try {
      const r = newRun()
      const res = await run(r, workspace({ 'manual.yaml': MANUAL }), {
        command: 'run',
        runbook: 'manual.yaml'
      })
      expect(res.exitCode).toBe(1)
      expect(res.outputs.status).toBe('paused')
      expect(errorOf(res)).toBe(
        `Run ${res.outputs['run-id'] ?? ''} paused at step 'review' (manual.yaml:12) and its artifact runbook-${r.id} is uploaded, but issues are disabled in octo-org/ops: enable them, or pause with 'pause: environment' (a job behind an environment with required reviewers)`
      )
      expect(gh.state.artifacts.filter((a) => a.runId === r.id)).toHaveLength(1)
      expect(res.stderr).toBe('')
    } finally {
      gh.state.issuesEnabled = true
    }
  }, 120_000)

  test('outside a runner, pause: issue cannot reach GitHub: the job fails naming what it lacks', async () => {
    const res = await run(
      newRun(),
      workspace({ 'manual.yaml': MANUAL }),
      { command: 'run', runbook: 'manual.yaml' },
      { ACTIONS_RUNTIME_TOKEN: '' }
    )
    expect(res.exitCode).toBe(1)
    expect(errorOf(res)).toContain(
      "paused at step 'review' (manual.yaml:12), but pause: issue cannot reach GitHub: it needs the artifact service (ACTIONS_RUNTIME_TOKEN). Run it in a GitHub Actions job, or use pause: fail."
    )
  }, 120_000)
})
