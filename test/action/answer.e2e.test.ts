// `command: answer` with the bundled Action on loopback GitHub: a run paused through an issue is
// answered by comments; each comment is judged from GitHub's facts (permission, who started the
// run, edits), acknowledged once with a reaction and a reply, and the resume is dispatched exactly
// once when the step is complete (or denied).
import { readPauseRecord } from '../../src/action/pause/issue-body.js'
import { actionBundle } from '../helpers/bundles.js'
import { BOT, startLoopbackGitHub } from '../helpers/github/index.js'
import type { Comment, LoopbackGitHub } from '../helpers/github/index.js'
import { issueCommentEvent } from '../helpers/github/events.js'
import { errorOf, runJob, workspace } from '../helpers/github/job.js'

const MANUAL = `apiVersion: runbook/v0
meta:
  name: e2e-answer
steps:
  - id: review
    type: manual
    instructions: Check the dashboard.
    required_evidence:
      - {kind: text, name: ticket}
      - {kind: checklist, name: checks, items: [graphs flat, no alerts]}
    approvals: {min: 1, roles: [DRI]}
`
const SELF = `apiVersion: runbook/v0
meta:
  name: e2e-self
steps:
  - id: go
    type: manual
    instructions: Say go.
    approvals: {min: 1, allow_self: true}
`
const ROLES = 'DRI: carol, alice'

let gh: LoopbackGitHub
let entry: string
beforeAll(async () => {
  ;[gh, entry] = await Promise.all([startLoopbackGitHub(), actionBundle()])
  for (const [login, perm] of [
    ['alice', 'write'],
    ['bob', 'write'],
    ['carol', 'admin'],
    ['mallory', 'read']
  ] as const)
    gh.state.addUser(login, perm)
  gh.state.addWorkflow('runbook.yml', {
    command: { required: false },
    'run-id': { required: false },
    issue: { required: false }
  })
}, 150_000)
afterAll(() => gh?.stop())
afterEach(() => expect(gh?.rest.violations).toEqual([]))

/** alice starts RUNBOOK; it pauses with an issue. */
async function paused(runbook: string): Promise<{ issue: number; runId: string }> {
  const r = gh.state.startRun({
    workflow: 'runbook.yml',
    event: 'workflow_dispatch',
    actor: 'alice'
  })
  const res = await runJob(gh, entry, r, workspace({ 'rb.yaml': runbook }), {
    command: 'run',
    runbook: 'rb.yaml',
    roles: ROLES
  })
  expect([res.exitCode, res.outputs.status, errorOf(res)]).toEqual([0, 'paused', ''])
  return { issue: Number(res.outputs['issue-number']), runId: res.outputs['run-id'] ?? '' }
}

/** The answer workflow's job for the issue_comment event of C (as GitHub delivers it). */
async function answer(c: Comment, action: 'created' | 'edited' = 'created') {
  const r = gh.state.startRun({
    workflow: 'answer.yml',
    event: 'issue_comment',
    actor: c.user.login
  })
  const res = await runJob(
    gh,
    entry,
    r,
    workspace({}),
    { command: 'answer', roles: ROLES },
    {
      event: issueCommentEvent(gh, c, action)
    }
  )
  expect([res.exitCode, errorOf(res)]).toEqual([0, ''])
  // (the artifact client's unzip library prints a DeprecationWarning for Buffer(); nothing else)
  expect(res.stderr).not.toMatch(/Error:|\n\s+at /)
  return res
}

const botReplies = (issue: number) =>
  gh.state.commentsOn(issue).filter((c) => c.user.login === BOT.login)
const replyTo = (c: Comment) => {
  const replies = botReplies(c.issueNumber).filter((b) => b.body.includes(`runbook:ack ${c.id} `))
  expect(replies).toHaveLength(1)
  return replies[0]?.body ?? ''
}
const reactions = (c: Comment) => gh.state.comment(c.id)?.reactions.map((r) => r.content)
const dispatchesFor = (runId: string) =>
  gh.state.dispatches.filter((d) => d.inputs['run-id'] === runId)

describe('command: answer', () => {
  test('refuses the unauthorised and the starter, never counts an edited comment, records the rest, dispatches once', async () => {
    const { issue, runId } = await paused(MANUAL)

    const intruder = gh.state.addComment(issue, 'mallory', '/approve')
    await answer(intruder)
    expect(replyTo(intruder)).toContain(
      'nothing recorded:\n- line 1: @mallory has read access to this repository; answering needs write access'
    )
    expect(reactions(intruder)).toEqual(['-1'])

    const self = gh.state.addComment(issue, 'alice', '/approve looks fine')
    await answer(self)
    expect(replyTo(self)).toContain(
      "@alice started this run and may not approve it (the step's approvals do not say allow_self: true)"
    )

    const edited = gh.state.addComment(issue, 'bob', '/evidence ticket INC-1')
    gh.state.editComment(edited.id, '/evidence ticket INC-2')
    await answer(edited, 'edited')
    expect(replyTo(edited)).toContain('was edited after it was posted, so it does not count')
    expect(reactions(edited)).toEqual(['eyes'])

    const evidence = gh.state.addComment(
      issue,
      'bob',
      '/evidence ticket INC-7\n/check checks graphs flat\n/check checks no alerts'
    )
    const waiting = await answer(evidence)
    expect(replyTo(evidence)).toContain(
      'recorded evidence ticket; checks: graphs flat; checks: no alerts.\n\nStill missing: 1 approval(s).'
    )
    expect(reactions(evidence)).toEqual(['+1'])
    expect(waiting.summary).toContain('**Still missing:** 1 approval(s).')
    expect(dispatchesFor(runId)).toEqual([])

    const approval = gh.state.addComment(issue, 'carol', '/approve graphs are flat')
    const done = await answer(approval)
    expect(replyTo(approval)).toContain('recorded approval as DRI.\n\nNothing is missing any more.')
    expect(done.outputs).toMatchObject({ 'run-id': runId, 'issue-number': String(issue) })
    expect(done.summary).toContain(
      `**Dispatched:** the step has everything it needs; runbook.yml resumes run ${runId}.`
    )
    const [d] = dispatchesFor(runId)
    expect(dispatchesFor(runId)).toHaveLength(1)
    expect(d?.workflow.file).toBe('runbook.yml')
    expect(d?.ref).toBe('main')
    expect(d?.inputs).toEqual({ command: 'resume', 'run-id': runId, issue: String(issue) })

    // GitHub delivers the same event again: judged once, replied once, dispatched once.
    const repliesBefore = botReplies(issue).length
    const again = await answer(approval)
    expect(botReplies(issue)).toHaveLength(repliesBefore)
    expect(dispatchesFor(runId)).toHaveLength(1)
    expect(again.summary).toContain('**Already dispatched:**')

    // The bot's own comment and a comment on an issue the Action did not open change nothing.
    const own = botReplies(issue).at(-1)
    if (own === undefined) throw new Error('no bot comment')
    const quiet = await answer(own)
    expect(quiet.stdout).toContain('is by github-actions[bot] itself: nothing to do')
    const human = gh.state.createIssue(gh.state.users.get('bob') ?? BOT, 'Hi', 'x', [], [])
    const foreign = gh.state.addComment(human.number, 'carol', '/approve')
    const ignored = await answer(foreign)
    expect(ignored.stdout).toContain(
      `issue #${human.number}: nothing to do, issue #${human.number} was not opened by github-actions[bot]`
    )
    expect(gh.state.commentsOn(human.number)).toHaveLength(1)
    expect(botReplies(issue)).toHaveLength(repliesBefore)
    expect(dispatchesFor(runId)).toHaveLength(1)
    expect(readPauseRecord(gh.state.issue(issue)?.body)).toMatchObject({ run_id: runId })
  }, 300_000)

  test('with allow_self the starter may approve; /deny ends a run and dispatches its resume', async () => {
    const self = await paused(SELF)
    const ok = gh.state.addComment(self.issue, 'alice', '/approve')
    await answer(ok)
    expect(replyTo(ok)).toContain('recorded approval.')
    expect(dispatchesFor(self.runId)).toHaveLength(1)

    const denied = await paused(SELF)
    const no = gh.state.addComment(denied.issue, 'bob', '/deny the change window closed')
    const res = await answer(no)
    expect(replyTo(no)).toContain('recorded denial: the change window closed.')
    expect(res.summary).toContain('**Dispatched:** the run ends (denied: the change window closed)')
    expect(dispatchesFor(denied.runId)).toHaveLength(1)
  }, 300_000)
})
