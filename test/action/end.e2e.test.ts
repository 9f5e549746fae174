// A paused run ended from GitHub, played as GitHub plays it: `/deny` or the issue closed by hand,
// `command: answer` on that event records the dispatch, the dispatched `command: resume` records
// the ending in the run (who, why, where), runs no step, uploads the run again, comments the
// summary and closes the issue; the final artifact verifies and says how the run ended.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FINISHED_MARKER } from '../../src/action/resume/check-dispatch.js'
import { actionBundle } from '../helpers/bundles.js'
import { cli } from '../helpers/cli.js'
import { issueClosedEvent, issueCommentEvent } from '../helpers/github/events.js'
import { BOT, startLoopbackGitHub } from '../helpers/github/index.js'
import type { LoopbackGitHub } from '../helpers/github/index.js'
import {
  answerJob,
  declareWorkflow,
  downloadFinal,
  pauseRun,
  resumeDispatched
} from './resume/paused-run.js'

let gh: LoopbackGitHub
let entry: string
beforeAll(async () => {
  ;[gh, entry] = await Promise.all([startLoopbackGitHub(), actionBundle()])
  for (const u of ['alice', 'bob', 'carol']) gh.state.addUser(u, 'write')
  declareWorkflow(gh)
}, 150_000)
afterAll(() => gh?.stop())
afterEach(() => expect(gh?.rest.violations).toEqual([]))

const lastRecord = (dir: string) =>
  JSON.parse(
    readFileSync(join(dir, 'trace.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .filter((l) => l.includes('"run_finished"'))
      .at(-1) ?? '{}'
  ) as Record<string, unknown>

const finished = (n: number) =>
  gh.state
    .commentsOn(n)
    .filter((c) => c.user.login === BOT.login && c.body.includes(FINISHED_MARKER))

async function verifyChecks(dir: string): Promise<{ failing: string[]; run: string }> {
  const v = await cli(['verify', dir, '--format', 'json'])
  expect([v.code, v.stderr]).toEqual([1, ''])
  const checks = (
    JSON.parse(v.stdout) as {
      checks: { id: string; status: string; problems?: { message: string }[] }[]
    }
  ).checks
  return {
    failing: checks.filter((c) => c.status !== 'ok').map((c) => c.id),
    run: checks.find((c) => c.id === 'run')?.problems?.[0]?.message ?? ''
  }
}

test('/deny: the run fails with the reason in its trace, nothing runs, the issue is closed with the summary', async () => {
  const p = await pauseRun(gh, entry, { actor: 'alice' })
  const n = p.issue.number
  const no = gh.state.addComment(n, 'bob', '/deny the change window closed')
  const answered = await answerJob(gh, entry, issueCommentEvent(gh, no), 'bob')
  expect(answered.exitCode).toBe(0)
  const res = await resumeDispatched(gh, entry)
  expect(res.stderr).not.toContain('internal error')
  expect(res.exitCode).toBe(1)
  expect(res.outputs.status).toBe('failed')
  const why = "denied by bob at step 'review': the change window closed"
  expect(res.annotations.map((a) => a.message)).toContain(`Runbook e2e-resume failed: ${why}`)
  expect(res.groups).toEqual([])
  expect(existsSync(join(res.ws, 'after.log'))).toBe(false)

  const issue = gh.state.issue(n)
  expect([issue?.state, issue?.stateReason]).toEqual(['closed', 'not_planned'])
  const done = finished(n)
  expect(done).toHaveLength(1)
  expect(done[0]?.body).toContain(
    `Run ${p.record.run_id} was denied by @bob: the change window closed. Step 'review' and the steps after it did not run`
  )
  expect(done[0]?.body).toContain('## Runbook e2e-resume: ❌ failed')
  expect(done[0]?.body).toContain(`> ${why}`)

  const dir = await downloadFinal(gh, res, p.record.run_id)
  const via = `https://github.com/${gh.state.owner}/${gh.state.repo}/issues/${n}#issuecomment-${no.id}`
  expect(lastRecord(dir)).toMatchObject({
    status: 'failed',
    error: why,
    ended_by: { by: 'bob', reason: 'the change window closed', via }
  })
  expect(JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8'))).toMatchObject({
    status: 'failed',
    ended_by: { by: 'bob', via }
  })
  expect(await verifyChecks(dir)).toEqual({
    failing: ['run'],
    run: `the run finished with status failed: ${why} (${via})`
  })
}, 300_000)

test('the issue closed by hand: the run is cancelled by whoever closed it, and says so', async () => {
  const p = await pauseRun(gh, entry, { actor: 'alice' })
  const n = p.issue.number
  gh.state.closeIssue(n, 'completed', 'carol')
  const answered = await answerJob(gh, entry, issueClosedEvent(gh, n, 'carol'), 'carol')
  expect(answered.exitCode).toBe(0)
  const res = await resumeDispatched(gh, entry)
  expect(res.exitCode).toBe(0)
  expect(res.outputs.status).toBe('cancelled')
  expect(res.stdout).toContain(
    `Run ${p.record.run_id} was cancelled: cancelled by carol at step 'review': issue #${n} was closed by hand`
  )
  expect(existsSync(join(res.ws, 'after.log'))).toBe(false)
  expect(gh.state.issue(n)?.state).toBe('closed')
  const done = finished(n)
  expect(done).toHaveLength(1)
  expect(done[0]?.body).toContain(
    `Run ${p.record.run_id} was cancelled by @carol: issue #${n} was closed by hand.`
  )
  expect(done[0]?.body).toContain('## Runbook e2e-resume: 🚫 cancelled')

  const dir = await downloadFinal(gh, res, p.record.run_id)
  expect(lastRecord(dir)).toMatchObject({
    status: 'cancelled',
    ended_by: { by: 'carol', reason: `issue #${n} was closed by hand` }
  })
  expect((await verifyChecks(dir)).failing).toEqual(['run'])
}, 300_000)
