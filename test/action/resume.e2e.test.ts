// `command: resume` through the bundled Action against loopback GitHub: each check a forged,
// stale or racing dispatch meets refuses it with a message, runs no step and leaves the issue open.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { FINISHED_MARKER } from '../../src/action/resume/check-dispatch.js'
import { actionBundle } from '../helpers/bundles.js'
import { BOT, startLoopbackGitHub, type LoopbackGitHub } from '../helpers/github/index.js'
import type { ActionResult } from '../helpers/github/runner.js'
import { withFiles } from '../helpers/github/rezip.js'
import { isGone } from '../providers/cli/run-helpers.js'
import { answerFully, pauseRun, resumeRun } from './resume/paused-run.js'

let gh: LoopbackGitHub
let entry: string
beforeAll(async () => {
  ;[gh, entry] = await Promise.all([startLoopbackGitHub(), actionBundle()])
  for (const u of ['alice', 'bob', 'carol']) gh.state.addUser(u, 'write')
}, 150_000)
afterAll(() => gh?.stop())
afterEach(() => expect(gh?.rest.violations).toEqual([]))

function failure(res: ActionResult): string {
  return res.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n')
}

const ran = (ws: string) => existsSync(join(ws, 'after.log'))

describe('command: resume refuses', () => {
  test('a tampered artifact: the bytes do not match the digest GitHub recorded', async () => {
    const p = await pauseRun(gh, entry)
    answerFully(gh, p.issue.number)
    const a = gh.state.artifacts.find((x) => x.id === p.record.artifact_id)!
    const zip = await gh.artifacts.bytes(a)
    const altered = Buffer.from(zip)
    const at = altered.length - 30
    altered[at] = (altered[at] ?? 0) ^ 1
    await gh.artifacts.tamper(a, altered)
    const res = await resumeRun(gh, entry, p)
    expect(res.exitCode).toBe(1)
    expect(failure(res)).toContain(
      `Run ${p.record.run_id} was not resumed: the artifact runbook-${p.run.id} (${a.id}) does not match the digest GitHub recorded`
    )
    expect(ran(res.ws)).toBe(false)
    expect(gh.state.issue(p.issue.number)?.state).toBe('open')
  }, 180_000)

  test('an artifact from another workflow, or from another branch', async () => {
    const other = await pauseRun(gh, entry, { workflow: 'other.yml' })
    answerFully(gh, other.issue.number)
    const res = await resumeRun(gh, entry, other)
    expect(res.exitCode).toBe(1)
    expect(failure(res)).toContain(
      `ran .github/workflows/other.yml, but this resume runs .github/workflows/runbook.yml: a run resumes only in the workflow that paused it`
    )
    expect(ran(res.ws)).toBe(false)

    const branch = await pauseRun(gh, entry, { headBranch: 'feature' })
    answerFully(gh, branch.issue.number)
    const res2 = await resumeRun(gh, entry, branch)
    expect(res2.exitCode).toBe(1)
    expect(failure(res2)).toContain(
      `ran on branch feature, not the default branch main: its artifact is not trusted`
    )
    expect(ran(res2.ws)).toBe(false)
  }, 240_000)

  test('a forged dispatch with no approvals: the run stays paused, nothing runs or is recorded', async () => {
    const p = await pauseRun(gh, entry)
    // Answers that do not count: by the starter, by a reader, and one edited after posting.
    gh.state.addUser('mallory', 'read')
    gh.state.addComment(p.issue.number, 'alice', '/approve')
    gh.state.addComment(p.issue.number, 'mallory', '/approve')
    const edited = gh.state.addComment(p.issue.number, 'bob', '/evidence ticket INC-1')
    gh.state.editComment(edited.id, '/evidence ticket INC-1\n/approve')
    const res = await resumeRun(gh, entry, p)
    expect(res.exitCode).toBe(1)
    expect(failure(res)).toBe(
      `Run ${p.record.run_id} stays paused at step 'review': the comments on issue #${p.issue.number} do not give it evidence 'ticket', evidence 'checks', 2 approval(s); nothing was recorded and nothing ran`
    )
    expect(res.outputs.status).toBe('paused')
    expect(ran(res.ws)).toBe(false)
    expect(gh.state.issue(p.issue.number)?.state).toBe('open')
    expect(gh.state.artifacts.filter((a) => a.runId === res.run.id)).toEqual([])
    // Those who answer are told, where they answer.
    const told = gh.state.commentsOn(p.issue.number).at(-1)
    expect(told?.user.login).toBe(BOT.login)
    expect(told?.body).toContain(
      `found step 'review' still incomplete: the comments do not give it evidence 'ticket', evidence 'checks', 2 approval(s)`
    )
  }, 180_000)

  test('an expired artifact says so, with its expiry date', async () => {
    const p = await pauseRun(gh, entry)
    answerFully(gh, p.issue.number)
    const a = gh.state.artifacts.find((x) => x.id === p.record.artifact_id)!
    a.expired = true
    const res = await resumeRun(gh, entry, p)
    expect(res.exitCode).toBe(1)
    expect(failure(res)).toContain(
      `the artifact of run ${p.record.run_id} expired on ${a.expiresAt}; the run cannot resume (start it again)`
    )
    expect(ran(res.ws)).toBe(false)
  }, 180_000)

  test('an artifact past its retention date, not yet flagged expired: the 410 of its download says so', async () => {
    const p = await pauseRun(gh, entry)
    answerFully(gh, p.issue.number)
    const a = gh.state.artifacts.find((x) => x.id === p.record.artifact_id)!
    // The issue said until when the run can resume: the date GitHub lists for the artifact.
    expect(p.issue.body).toContain(`kept until ${a.expiresAt} (the run cannot resume after that)`)
    a.expiresAt = new Date(Date.parse(gh.state.clock.now()) - 60_000).toISOString()
    expect(a.expired).toBe(false)
    const res = await resumeRun(gh, entry, p)
    expect(res.exitCode).toBe(1)
    expect(failure(res)).toContain(
      `Run ${p.record.run_id} was not resumed: the artifact runbook-${p.run.id} (${a.id}) of workflow run ${p.run.id} has expired (it was kept until ${a.expiresAt}): GitHub answered 410`
    )
    expect(failure(res)).toContain('the run cannot resume (start it again)')
    expect(ran(res.ws)).toBe(false)
    // The run is gone: its pause issue is closed saying so, and a later dispatch does nothing.
    const issue = gh.state.issue(p.issue.number)
    expect([issue?.state, issue?.stateReason]).toEqual(['closed', 'not_planned'])
    const closing = gh.state
      .commentsOn(p.issue.number)
      .filter((c) => c.user.login === BOT.login && c.body.includes(FINISHED_MARKER))
    expect(closing.map((c) => c.body.split('\n')[1])).toEqual([
      expect.stringContaining(`has expired (it was kept until ${a.expiresAt})`)
    ])
    expect(closing[0]?.body).toContain('This pause is closed; start the runbook again')
    const again = await resumeRun(gh, entry, p)
    expect([again.exitCode, ran(again.ws)]).toEqual([0, false])
    expect(again.stdout).toContain(`was already resumed from issue #${p.issue.number}`)
  }, 180_000)
})

describe('command: resume, exactly once', () => {
  test('two concurrent resumes: one runs the steps, the other does nothing; a later dispatch is a no-op', async () => {
    const p = await pauseRun(gh, entry)
    answerFully(gh, p.issue.number)
    const both = await Promise.all([resumeRun(gh, entry, p), resumeRun(gh, entry, p)])
    expect(both.map((r) => [r.exitCode, failure(r)])).toEqual([
      [0, ''],
      [0, '']
    ])
    expect(both.map((r) => ran(r.ws)).sort()).toEqual([false, true])
    const winner = both.find((r) => ran(r.ws))!
    const loser = both.find((r) => !ran(r.ws))!
    expect(existsSync(join(winner.ws, 'after.log'))).toBe(true)
    expect(winner.outputs.status).toBe('passed')
    expect(loser.stdout).toMatch(
      new RegExp(
        `(workflow run ${winner.run.id} is already resuming run ${p.record.run_id}|run ${p.record.run_id} was already resumed from issue #${p.issue.number})`
      )
    )
    expect(gh.state.artifacts.filter((a) => a.runId === loser.run.id)).toEqual([])
    const finished = gh.state
      .commentsOn(p.issue.number)
      .filter((c) => c.user.login === BOT.login && c.body.includes(FINISHED_MARKER))
    expect(finished).toHaveLength(1)
    expect(gh.state.issue(p.issue.number)?.state).toBe('closed')

    const again = await resumeRun(gh, entry, p)
    expect(again.exitCode).toBe(0)
    expect(again.stdout).toContain(
      `run ${p.record.run_id} was already resumed from issue #${p.issue.number}`
    )
    expect(ran(again.ws)).toBe(false)
  }, 240_000)
})

describe('command: resume, on another machine than the one that paused', () => {
  test('a .group in the artifact names a process group there: ignored and removed, never signalled', async () => {
    const p = await pauseRun(gh, entry)
    answerFully(gh, p.issue.number)
    // A live process here, leading a group of its own, that the .group names with this host and
    // its true start time: as if the job that paused had run on this machine.
    const victim = spawn('sleep', ['30'], { detached: true, stdio: 'ignore' })
    await new Promise((res) => victim.once('spawn', res))
    victim.unref()
    const pid = victim.pid as number
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
      const a = gh.state.artifacts.find((x) => x.id === p.record.artifact_id)!
      const zip = await withFiles(await gh.artifacts.bytes(a), {
        [`runs/${p.record.run_id}/.group`]: JSON.stringify({ pgid: pid, host: hostname(), start })
      })
      // The job uploaded these bytes: GitHub recorded their digest.
      await gh.artifacts.tamper(a, zip)
      Object.assign(a, {
        digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`,
        size: zip.length
      })
      const res = await resumeRun(gh, entry, p)
      expect(failure(res)).toBe('')
      expect([res.exitCode, res.outputs.status, ran(res.ws)]).toEqual([0, 'passed', true])
      expect(res.stdout).not.toContain('left process group')
      expect(res.stdout).toContain(
        'ignored and removed .group from the artifact: bookkeeping of the machine that uploaded it'
      )
      expect(isGone(pid)).toBe(false)
    } finally {
      process.kill(-pid, 'SIGKILL')
    }
  }, 180_000)
})
