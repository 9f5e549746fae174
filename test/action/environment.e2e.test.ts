// pause: environment through the bundled Action on loopback GitHub: the job that reaches the
// manual step ends; the next job of the same workflow run, behind `environment: prod`, resumes
// once a required reviewer approved. The review is one approval (with its comment); a step that
// needs two gets the second, and its evidence, through the pause issue's comments.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { actionBundle } from '../helpers/bundles.js'
import { startLoopbackGitHub, type LoopbackGitHub } from '../helpers/github/index.js'
import { runAction } from '../helpers/github/runner.js'
import { FINISHED_MARKER } from '../../src/action/resume/check-dispatch.js'
import { MANUAL, pauseRun, ROLES, workspace, type Paused } from './resume/paused-run.js'

let gh: LoopbackGitHub
let entry: string
beforeAll(async () => {
  ;[gh, entry] = await Promise.all([startLoopbackGitHub(), actionBundle()])
  for (const u of ['alice', 'bob', 'carol']) gh.state.addUser(u, 'write')
  gh.state.addEnvironment('prod', ['bob'])
}, 150_000)
afterAll(() => gh?.stop())
afterEach(() => expect(gh?.rest.violations).toEqual([]))

/** The gated job of the paused workflow run, once the review released it. */
async function gatedJob(p: Paused, issue: boolean) {
  const ws = workspace({ 'rb.yaml': MANUAL })
  const res = await runAction(gh, {
    run: p.run,
    workspace: ws,
    entry,
    inputs: {
      command: 'resume',
      'run-id': p.record.run_id,
      pause: 'environment',
      environment: 'prod',
      roles: ROLES,
      ...(issue ? { issue: String(p.issue.number) } : {})
    },
    timeoutMs: 90_000
  })
  return { ...res, ws }
}

test('the environment review is one approval with its comment; the second approval and the evidence come through the issue', async () => {
  const p = await pauseRun(gh, entry)
  gh.state.waitForReview(p.run.id, 'prod')
  gh.state.review(p.run.id, 'prod', 'bob', 'approved', 'dashboards\nlook calm /evidence ticket X')
  // The review alone: evidence and one approval are still missing.
  const alone = await gatedJob(p, false)
  expect(alone.exitCode).toBe(1)
  expect(alone.annotations.map((a) => a.message)).toContain(
    `Run ${p.record.run_id} stays paused at step 'review': the environment review does not give it evidence 'ticket', evidence 'checks', 1 approval(s); nothing was recorded and nothing ran`
  )
  expect(existsSync(join(alone.ws, 'after.log'))).toBe(false)

  // carol answers on the issue: evidence and the second approval.
  const c = gh.state.addComment(
    p.issue.number,
    'carol',
    '/evidence ticket INC-7\n/check checks graphs flat\n/check checks no alerts\n/approve'
  )
  const res = await gatedJob(p, true)
  expect(res.annotations.filter((a) => a.level === 'error')).toEqual([])
  expect(res.exitCode).toBe(0)
  expect(res.outputs.status).toBe('passed')
  expect(existsSync(join(res.ws, 'after.log'))).toBe(true)
  expect(JSON.parse(res.outputs.approvers ?? '')).toEqual([
    expect.objectContaining({ approver: 'bob', role: 'DRI' }),
    expect.objectContaining({ approver: 'carol', role: 'DRI' })
  ])
  // The run went on in the same workflow run, under an artifact name of its own.
  expect(gh.state.artifacts.filter((a) => a.runId === p.run.id).map((a) => a.name)).toEqual([
    `runbook-${p.run.id}`,
    `runbook-${p.run.id}-resumed`
  ])
  expect(gh.state.issue(p.issue.number)?.state).toBe('closed')
  expect(
    gh.state.commentsOn(p.issue.number).filter((x) => x.body.includes(FINISHED_MARKER))
  ).toHaveLength(1)
  const trace = readFileSync(
    join(res.ws, '.runbook', 'runs', p.record.run_id, 'trace.jsonl'),
    'utf8'
  )
  const approvals = trace
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; approval?: object })
    .filter((r) => r.type === 'approval_recorded')
    .map((r) => r.approval)
  expect(approvals).toEqual([
    expect.objectContaining({
      approver: 'bob',
      comment: 'dashboards look calm /evidence ticket X',
      via: `https://github.com/${gh.state.owner}/${gh.state.repo}/actions/runs/${p.run.id}`
    }),
    expect.objectContaining({
      approver: 'carol',
      via: expect.stringContaining(`-${c.id}`) as string
    })
  ])

  // A re-run of the gated job after the resume: nothing runs again.
  const again = await gatedJob(p, true)
  expect(again.exitCode).toBe(0)
  expect(existsSync(join(again.ws, 'after.log'))).toBe(false)
}, 300_000)

test('a review by whoever started the run does not count, and the job says why', async () => {
  const p = await pauseRun(gh, entry, { actor: 'carol' })
  gh.state.waitForReview(p.run.id, 'prod')
  gh.state.review(p.run.id, 'prod', 'carol', 'approved', 'mine, fine')
  const res = await gatedJob(p, false)
  expect(res.exitCode).toBe(1)
  expect(res.annotations.map((a) => a.message).join('\n')).toMatch(
    /the environment review by @carol does not count: .*started/
  )
  expect(existsSync(join(res.ws, 'after.log'))).toBe(false)
}, 180_000)
