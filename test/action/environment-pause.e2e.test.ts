// pause: environment on the run side, through the bundled Action on loopback GitHub: the job that
// reaches the manual step uploads the run and ends paused; the next job of the same workflow run,
// behind `environment: prod`, resumes it once a required reviewer approved. A step that needs no
// more than that one approval opens no issue; one that needs more opens the pause issue for the
// rest, `answer` judges it there without dispatching anything, and the gated job finishes the run.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { actionBundle } from '../helpers/bundles.js'
import { BOT, startLoopbackGitHub, type LoopbackGitHub } from '../helpers/github/index.js'
import { answerJob, errorOf, runJob, workspace } from '../helpers/github/job.js'
import type { WorkflowRun } from '../helpers/github/state.js'
import { readPauseRecord } from '../../src/action/pause/issue-body.js'
import { MANUAL, ROLES } from './resume/paused-run.js'

// One approval by a DRI and nothing else: what one environment review gives.
const ONE_APPROVAL = MANUAL.replace(
  MANUAL.slice(MANUAL.indexOf('    approvals:'), MANUAL.indexOf('  - id: after')),
  '    approvals: {min: 1, roles: [DRI]}\n'
)
const ENV = { pause: 'environment', environment: 'prod', roles: ROLES }

let gh: LoopbackGitHub
let entry: string
beforeAll(async () => {
  ;[gh, entry] = await Promise.all([startLoopbackGitHub(), actionBundle()])
  for (const u of ['alice', 'bob', 'carol']) gh.state.addUser(u, 'write')
  gh.state.addEnvironment('prod', ['bob'])
}, 150_000)
afterAll(() => gh?.stop())
afterEach(() => expect(gh?.rest.violations).toEqual([]))

/** alice dispatches the workflow; its first job runs RUNBOOK with pause: environment. */
async function startJob(runbook: string) {
  const run = gh.state.startRun({
    workflow: 'runbook.yml',
    event: 'workflow_dispatch',
    actor: 'alice'
  })
  const res = await runJob(gh, entry, run, workspace({ 'rb.yaml': runbook }), {
    command: 'run',
    runbook: 'rb.yaml',
    ...ENV
  })
  return { run, res }
}

/** The job behind `environment: prod` of RUN, once bob's review released it. */
async function gatedJob(run: WorkflowRun, runbook: string, runId: string, issue?: string) {
  gh.state.waitForReview(run.id, 'prod')
  gh.state.review(run.id, 'prod', 'bob', 'approved', 'graphs checked')
  const ws = workspace({ 'rb.yaml': runbook })
  const res = await runJob(gh, entry, run, ws, {
    command: 'resume',
    'run-id': runId,
    ...ENV,
    ...(issue === undefined ? {} : { issue })
  })
  return { res, ws }
}

test('a step one review can complete: the start job ends paused with no issue; the gated job finishes the run', async () => {
  const issuesBefore = gh.state.issues.length
  const { run, res } = await startJob(ONE_APPROVAL)
  expect([res.exitCode, errorOf(res)]).toEqual([0, ''])
  expect(res.outputs.status).toBe('paused')
  expect(res.outputs['paused-step']).toBe('review')
  expect(res.outputs['issue-number'] ?? '').toBe('')
  const runId = res.outputs['run-id'] ?? ''
  expect(runId).not.toBe('')
  expect(gh.state.issues).toHaveLength(issuesBefore)
  expect(gh.state.artifacts.filter((a) => a.runId === run.id).map((a) => a.name)).toEqual([
    `runbook-${run.id}`
  ])
  expect(res.summary).toContain(
    'The job behind environment `prod` resumes it once one of its required reviewers approves'
  )
  expect(res.stdout).toContain(`the job behind environment 'prod' resumes it`)

  const { res: gated, ws } = await gatedJob(run, ONE_APPROVAL, runId)
  expect([gated.exitCode, errorOf(gated)]).toEqual([0, ''])
  expect(gated.outputs.status).toBe('passed')
  expect(existsSync(join(ws, 'after.log'))).toBe(true)
  expect(JSON.parse(gated.outputs.approvers ?? '')).toEqual([
    expect.objectContaining({ step: 'review', approver: 'bob', role: 'DRI' })
  ])
  expect(gh.state.issues).toHaveLength(issuesBefore)
}, 240_000)

test('a step that needs two approvals and evidence: the issue takes the rest, answer dispatches nothing, the gated job finishes', async () => {
  const { run, res } = await startJob(MANUAL)
  expect([res.exitCode, errorOf(res)]).toEqual([0, ''])
  expect(res.outputs.status).toBe('paused')
  const runId = res.outputs['run-id'] ?? ''
  const n = Number(res.outputs['issue-number'])
  const issue = gh.state.issue(n)
  expect(issue?.user.login).toBe(BOT.login)
  const record = readPauseRecord(issue?.body)
  expect(record).toMatchObject({ run_id: runId, workflow_run_id: run.id, environment: 'prod' })
  expect(issue?.body).toContain(
    'No job is running: the job behind environment `prod` of [workflow run'
  )
  expect(issue?.body).toContain(
    '- 1 approval(s) by people holding DRI other than whoever started the run besides the environment review'
  )
  expect(res.summary).toContain('it needs evidence `ticket`, evidence `checks`, 1 more approval(s)')
  expect(res.summary).toContain(`Answer in issue [#${n}]`)

  // carol gives the evidence and the second approval; answer credits the review with one.
  const c = gh.state.addComment(
    n,
    'carol',
    '/evidence ticket INC-9\n/check checks graphs flat\n/check checks no alerts\n/approve'
  )
  // bob (the reviewer) approves here too: the comments alone are complete, still no dispatch.
  gh.state.addComment(n, 'bob', '/approve')
  const answered = await answerJob(gh, entry, c, { roles: ROLES })
  expect([answered.exitCode, errorOf(answered)]).toEqual([0, ''])
  expect(gh.state.dispatches).toEqual([])
  const replies = gh.state.commentsOn(n).filter((x) => x.user.login === BOT.login)
  expect(replies.find((x) => x.body.includes(`runbook:ack ${c.id} `))?.body).toContain(
    'Nothing else is missing any more: the review of environment `prod` releases the resume.'
  )
  expect(replies.some((x) => x.body.includes('Nothing is dispatched from here.'))).toBe(true)
  expect(answered.summary).toContain('**Waits for the review of environment `prod`:**')

  // A resume dispatched by hand (no environment) would skip prod's reviewers: refused, nothing runs,
  // even with the issue's copy of the marker edited out (the artifact's request record has it).
  const pauseIssue = gh.state.issue(n)!
  const body = pauseIssue.body
  pauseIssue.body = body.replace(',"environment":"prod"', '')
  expect(readPauseRecord(pauseIssue.body)).not.toHaveProperty('environment')
  const forged = gh.state.startRun({
    workflow: 'runbook.yml',
    event: 'workflow_dispatch',
    actor: 'carol'
  })
  const fws = workspace({ 'rb.yaml': MANUAL })
  const bypass = await runJob(gh, entry, forged, fws, {
    command: 'resume',
    'run-id': runId,
    issue: String(n),
    roles: ROLES
  })
  expect(bypass.exitCode).toBe(1)
  expect(errorOf(bypass)).toContain(
    `Run ${runId} was paused behind environment 'prod': only the job behind it`
  )
  expect(existsSync(join(fws, 'after.log'))).toBe(false)
  pauseIssue.body = body

  const { res: gated, ws } = await gatedJob(run, MANUAL, runId, String(n))
  expect([gated.exitCode, errorOf(gated)]).toEqual([0, ''])
  expect(gated.outputs.status).toBe('passed')
  expect(existsSync(join(ws, 'after.log'))).toBe(true)
  expect(JSON.parse(gated.outputs.approvers ?? '')).toEqual([
    expect.objectContaining({ approver: 'bob', role: 'DRI' }),
    expect.objectContaining({ approver: 'carol', role: 'DRI' })
  ])
  expect(gh.state.issue(n)?.state).toBe('closed')
  const trace = readFileSync(join(ws, '.runbook', 'runs', runId, 'trace.jsonl'), 'utf8')
  expect(trace).toContain('"value":"INC-9"')
}, 300_000)
