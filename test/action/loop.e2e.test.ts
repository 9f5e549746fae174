// The whole loop through the bundled Action on loopback GitHub: a dispatched run pauses at a
// manual step (artifact uploaded, pause issue opened, the job ends), answers arrive as comments
// (an unauthorised one and an edited one do not count), a dispatch resumes it in a new workflow
// run that downloads the paused run's artifact across runs, checks its digest and chain, records
// the answers with who and where, runs the rest, uploads the run again and closes the issue; the
// final artifact, downloaded by yet another run, passes `runbook verify`.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FINISHED_MARKER } from '../../src/action/resume/check-dispatch.js'
import { actionBundle } from '../helpers/bundles.js'
import { cli } from '../helpers/cli.js'
import { ROOT } from '../helpers/fixtures.js'
import { BOT, GITHUB_TOKEN, startLoopbackGitHub } from '../helpers/github/index.js'
import type { LoopbackGitHub } from '../helpers/github/index.js'
import { runAction } from '../helpers/github/runner.js'
import { pauseRun, resumeRun, workspace, WORKFLOW } from './resume/paused-run.js'

let gh: LoopbackGitHub
let entry: string
beforeAll(async () => {
  ;[gh, entry] = await Promise.all([startLoopbackGitHub(), actionBundle()])
  for (const u of ['alice', 'bob', 'carol']) gh.state.addUser(u, 'write')
  gh.state.addUser('mallory', 'read')
}, 150_000)
afterAll(() => gh?.stop())
afterEach(() => expect(gh?.rest.violations).toEqual([]))

test('dispatch, pause, answers by comment, resume in a new run, finished and verified', async () => {
  // 1. The run pauses at `review`: its job ends, the artifact holds the run, the issue asks.
  const p = await pauseRun(gh, entry, { actor: 'alice' })
  expect(p.res.outputs['paused-step']).toBe('review')
  expect(gh.state.run(p.run.id)?.status).toBe('completed')
  expect(p.res.groups.map((g) => g.name)).toEqual(['Step 1/3: look', 'Step 2/3: review'])
  const n = p.issue.number

  // 2. Answers that must not count: a reader's approval, the starter's own approval, an answer
  // edited after it was posted. A dispatch now (forged or early) finds the step incomplete.
  gh.state.addComment(n, 'mallory', '/approve looks fine to me')
  gh.state.addComment(n, 'alice', '/approve')
  const edited = gh.state.addComment(n, 'bob', '/approve')
  gh.state.editComment(edited.id, '/approve\n/evidence ticket INC-9')
  const early = await resumeRun(gh, entry, p)
  expect(early.exitCode).toBe(1)
  expect(early.outputs.status).toBe('paused')
  expect(early.groups).toEqual([])

  // 3. The authorised answers, then the dispatch `answer` sends.
  const bob = gh.state.addComment(
    n,
    'bob',
    '/evidence ticket INC-42\n/check checks graphs flat\n/check checks no alerts\n/approve graphs are flat'
  )
  const carol = gh.state.addComment(n, 'carol', '/approve')
  const res = await resumeRun(gh, entry, p)
  expect(res.stderr).not.toContain('internal error')
  expect(res.exitCode).toBe(0)
  expect(res.outputs.status).toBe('passed')
  expect(res.outputs['run-id']).toBe(p.record.run_id)
  expect(res.stdout).toContain(
    `downloaded artifact runbook-${p.run.id} (${p.record.artifact_id}) of workflow run ${p.run.id}; its digest matches sha256:`
  )
  expect(res.stdout).toContain(`hash chain (head ${p.record.trace_head})`)
  expect(res.groups.map((g) => g.name)).toEqual(['Step 2/3: review', 'Step 3/3: after'])
  expect(existsSync(join(res.ws, 'after.log'))).toBe(true)
  expect(JSON.parse(res.outputs.approvers ?? '')).toEqual([
    expect.objectContaining({ step: 'review', approver: 'bob', role: 'DRI' }),
    expect.objectContaining({ step: 'review', approver: 'carol', role: 'DRI' })
  ])

  // 4. The issue: one result comment with the summary, then closed.
  const issue = gh.state.issue(n)
  expect([issue?.state, issue?.stateReason]).toEqual(['closed', 'completed'])
  const done = gh.state
    .commentsOn(n)
    .filter((c) => c.user.login === BOT.login && c.body.includes(FINISHED_MARKER))
  expect(done).toHaveLength(1)
  expect(done[0]?.body).toContain(
    `Run ${p.record.run_id} resumed in workflow run ${res.run.id} and passed.`
  )
  expect(done[0]?.body).toContain('## Runbook e2e-resume: ✅ passed')

  // 5. The new run's artifact, downloaded by another run, verifies, and records each answer
  // with its author and comment link.
  const uploaded = gh.state.artifacts.filter((a) => a.runId === res.run.id)
  expect(uploaded.map((a) => a.name)).toEqual([`runbook-${res.run.id}`])
  expect(res.outputs['artifact-id']).toBe(String(uploaded[0]?.id))
  const later = workspace({})
  const down = await runAction(gh, {
    run: gh.state.startRun({ workflow: WORKFLOW, event: 'workflow_dispatch', actor: 'alice' }),
    workspace: later,
    entry: join(ROOT, 'test/fixtures/action/download-run.mjs'),
    inputs: { name: `runbook-${res.run.id}`, 'from-run': String(res.run.id), token: GITHUB_TOKEN }
  })
  expect([down.exitCode, down.outputs['digest-mismatch']]).toEqual([0, 'false'])
  const dir = join(later, 'downloaded', 'runs', p.record.run_id)
  const verify = await cli(['verify', dir])
  expect(verify.stderr).toBe('')
  expect(verify.code).toBe(0)
  const trace = readFileSync(join(dir, 'trace.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; evidence?: object; approval?: object })
  const url = (id: number) =>
    `https://github.com/${gh.state.owner}/${gh.state.repo}/issues/${n}#issuecomment-${id}`
  expect(trace.filter((r) => r.type === 'approval_recorded').map((r) => r.approval)).toEqual([
    expect.objectContaining({ approver: 'bob', comment: 'graphs are flat', via: url(bob.id) }),
    expect.objectContaining({ approver: 'carol', via: url(carol.id) })
  ])
  expect(trace.find((r) => r.type === 'evidence_recorded')?.evidence).toMatchObject({
    name: 'ticket',
    value: 'INC-42',
    actor: 'bob',
    via: url(bob.id)
  })
  expect(trace.filter((r) => r.type === 'step_result')).toHaveLength(3)
}, 300_000)
