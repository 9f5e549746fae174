// The whole loop through the bundled Action on loopback GitHub, played as GitHub plays it: a
// dispatched run pauses at a manual step (artifact uploaded, pause issue opened, the job ends),
// answers arrive as comments and each one runs `command: answer` (an unauthorised one and an
// edited one do not count), the dispatch `answer` records when the step is complete starts the
// resume in a new workflow run that downloads the paused run's artifact across runs, checks its
// digest and chain, records the answers with who and where, runs the rest, uploads the run again
// and closes the issue; the final artifact, downloaded by yet another run, passes `runbook verify`.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FINISHED_MARKER } from '../../src/action/resume/check-dispatch.js'
import { actionBundle } from '../helpers/bundles.js'
import { cli } from '../helpers/cli.js'
import { issueCommentEvent } from '../helpers/github/events.js'
import { BOT, startLoopbackGitHub } from '../helpers/github/index.js'
import type { Comment, LoopbackGitHub } from '../helpers/github/index.js'
import {
  answerJob,
  declareWorkflow,
  downloadFinal,
  pauseRun,
  resumeDispatched,
  resumeRun,
  WORKFLOW
} from './resume/paused-run.js'

let gh: LoopbackGitHub
let entry: string
beforeAll(async () => {
  ;[gh, entry] = await Promise.all([startLoopbackGitHub(), actionBundle()])
  for (const u of ['alice', 'bob', 'carol']) gh.state.addUser(u, 'write')
  gh.state.addUser('mallory', 'read')
  declareWorkflow(gh)
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

  // 2. Answers that must not count, each judged by `answer` as its comment arrives: a reader's
  // approval, the starter's own approval, an answer edited after it was posted. Nothing is
  // dispatched; a dispatch now (forged or early) finds the step incomplete.
  const answer = async (c: Comment, action: 'created' | 'edited' = 'created') => {
    const r = await answerJob(gh, entry, issueCommentEvent(gh, c, action), c.user.login)
    expect(r.stderr).not.toContain('internal error')
    expect(r.exitCode).toBe(0)
    const reply = gh.state
      .commentsOn(n)
      .filter((b) => b.user.login === BOT.login && b.body.includes(`runbook:ack ${c.id} `))
    return reply.at(-1)?.body ?? ''
  }
  expect(await answer(gh.state.addComment(n, 'mallory', '/approve looks fine to me'))).toContain(
    '@mallory has read access to this repository; answering needs write access'
  )
  expect(await answer(gh.state.addComment(n, 'alice', '/approve'))).toContain(
    '@alice started this run and may not approve it'
  )
  const edited = gh.state.addComment(n, 'bob', '/approve')
  gh.state.editComment(edited.id, '/approve\n/evidence ticket INC-9')
  expect(await answer(edited, 'edited')).toContain(
    'was edited after it was posted, so it does not count'
  )
  expect(gh.state.dispatches).toEqual([])
  const early = await resumeRun(gh, entry, p)
  expect(early.exitCode).toBe(1)
  expect(early.outputs.status).toBe('paused')
  expect(early.groups).toEqual([])

  // 3. The authorised answers: bob's leaves the step one approval short (no dispatch), carol's
  // completes it and `answer` dispatches the resume once; GitHub starts that workflow run.
  const bob = gh.state.addComment(
    n,
    'bob',
    '/evidence ticket INC-42\n/check checks graphs flat\n/check checks no alerts\n/approve graphs are flat'
  )
  expect(await answer(bob)).toContain('Still missing: 1 approval(s).')
  expect(gh.state.dispatches).toEqual([])
  const carol = gh.state.addComment(n, 'carol', '/approve')
  await answer(carol)
  expect(gh.state.dispatches.map((d) => [d.workflow.file, d.inputs])).toEqual([
    [WORKFLOW, { command: 'resume', 'run-id': p.record.run_id, issue: String(n) }]
  ])
  const res = await resumeDispatched(gh, entry)
  expect(res.run.event).toBe('workflow_dispatch')
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
  const dir = await downloadFinal(gh, res, p.record.run_id)
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
