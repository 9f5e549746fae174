// `answer` against the loopback REST API: every call is checked against GitHub's description.
import { BOT_LOGIN, runAnswer, type AnswerRequest } from '../../../src/action/answer/run-answer.js'
import { octokitApi, type GitHubApi } from '../../../src/action/github/api.js'
import { renderPauseIssue, type PauseRecord } from '../../../src/action/pause/issue-body.js'
import { GITHUB_TOKEN } from '../../helpers/github/index.js'
import { RestFake } from '../../helpers/github/rest-server.js'
import { BOT, GitHubState } from '../../helpers/github/state.js'

let state: GitHubState
let fake: RestFake
let api: GitHubApi

beforeEach(async () => {
  state = new GitHubState('octo-org/ops')
  state.addToken(GITHUB_TOKEN, {
    user: BOT,
    kind: 'installation',
    permissions: { issues: 'write', actions: 'write' }
  })
  for (const [login, perm] of [
    ['alice', 'write'],
    ['carol', 'admin'],
    ['mallory', 'read'],
    ['starter', 'admin']
  ] as const)
    state.addUser(login, perm)
  state.addWorkflow('runbook.yml', {
    command: { required: true },
    'run-id': { required: false },
    issue: { required: false },
    runbook: { required: false }
  })
  fake = await new RestFake(state).start()
  api = octokitApi(GITHUB_TOKEN, fake.url, 'octo-org/ops')
})
afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.stop()
})

async function pause(more: Partial<PauseRecord> = {}): Promise<number> {
  const run = state.startRun({
    workflow: 'runbook.yml',
    event: 'workflow_dispatch',
    actor: 'starter'
  })
  state.finishRun(run.id, 'success')
  const record: PauseRecord = {
    v: 1,
    run_id: 'r-1',
    workflow_run_id: run.id,
    workflow: '.github/workflows/runbook.yml',
    step_id: 'approve',
    step_index: 0,
    kind: 'manual',
    artifact_name: 'runbook-r-1',
    artifact_id: 1,
    trace_head: 'a'.repeat(64),
    runbook_digest: `sha256:${'b'.repeat(64)}`,
    ...more
  }
  const { title, body } = renderPauseIssue({
    record,
    runbookName: 'rb',
    stepTitle: 'Approve',
    instructions: '',
    missingEvidence: [{ kind: 'text', name: 'ticket' }],
    approvalsNeeded: 2,
    approvers: [],
    workflowRunUrl: 'u',
    artifactUrl: 'u'
  })
  return (await api.createIssue({ title, body, labels: ['runbook'], assignees: ['alice'] })).number
}

const request = (issueNumber: number): AnswerRequest => ({
  issueNumber,
  roles: {},
  dispatch: {},
  step: () =>
    Promise.resolve({
      stepId: 'approve',
      kind: 'manual',
      requirements: { evidence: [{ kind: 'text', name: 'ticket' }], approvals: { min: 2 } }
    })
})
const botReplies = (n: number) =>
  state
    .commentsOn(n)
    .filter((c) => c.user.login === BOT_LOGIN)
    .map((c) => c.body)

test('refuses the unauthorised, the edited and the starter; dispatches once when complete', async () => {
  const n = await pause()
  state.addComment(n, 'mallory', '/approve')
  const edited = state.addComment(n, 'alice', '/evidence ticket INC-1')
  state.editComment(edited.id, '/evidence ticket INC-2\n/approve')
  state.addComment(n, 'starter', '/approve')
  const first = await runAnswer(api, request(n))
  expect(first.kind).toBe('waiting')
  const replies = botReplies(n)
  expect(replies).toHaveLength(3)
  expect(replies[0]).toContain(
    '@mallory has read access to this repository; answering needs write access'
  )
  expect(replies[1]).toContain('was edited after it was posted, so it does not count')
  expect(replies[2]).toContain('@starter started this run and may not approve it')
  expect(replies[2]).toContain('Still missing: evidence `ticket`, 2 approval(s).')
  expect(
    state.comments.filter((c) => c.reactions.length > 0).map((c) => c.reactions[0]?.content)
  ).toEqual(['-1', 'eyes', '-1'])

  state.addComment(n, 'alice', '/evidence ticket INC-3\n/approve')
  state.addComment(n, 'carol', 'LGTM\n/approve ship it')
  const second = await runAnswer(api, request(n))
  expect(second.kind).toBe('dispatched')
  expect(state.dispatches).toEqual([
    expect.objectContaining({
      ref: 'main',
      inputs: { command: 'resume', 'run-id': 'r-1', issue: String(n) }
    })
  ])
  expect(
    botReplies(n)
      .slice(3, 5)
      .map((r) => r.split('\n')[1])
  ).toEqual([
    expect.stringContaining('recorded evidence ticket; approval.'),
    expect.stringContaining('recorded approval.')
  ])

  // The same delivery again (or any later event): no second reply, no second dispatch.
  const count = botReplies(n).length
  expect((await runAnswer(api, request(n))).kind).toBe('already-dispatched')
  expect(botReplies(n)).toHaveLength(count)
  expect(state.dispatches).toHaveLength(1)
})

test('an issue the Action did not open is ignored; closing the pause issue dispatches the cancellation', async () => {
  state.addToken('ghp_alice', { user: state.users.get('alice')!, kind: 'user', permissions: {} })
  const forged = await octokitApi('ghp_alice', fake.url, 'octo-org/ops').createIssue({
    title: 't',
    body: '<!-- runbook:pause {"v":1} -->',
    labels: [],
    assignees: []
  })
  expect(await runAnswer(api, request(forged.number))).toEqual({
    kind: 'ignored',
    reason: `issue #${forged.number} was not opened by github-actions[bot]`
  })
  expect(fake.calls('issues/create-comment')).toHaveLength(0)

  const n = await pause()
  state.closeIssue(n, 'not_planned')
  const out = await runAnswer(api, request(n))
  expect(out).toMatchObject({
    kind: 'dispatched',
    tally: { end: { kind: 'cancel', reason: `issue #${n} was closed` } }
  })
})

test('issues disabled: the error says so and names the environment path', async () => {
  state.issuesEnabled = false
  await expect(
    api.createIssue({ title: 't', body: 'b', labels: [], assignees: [] })
  ).rejects.toThrow(
    "issues are disabled in octo-org/ops: enable them, or pause with 'pause: environment'"
  )
})

test('a later answer dispatches again when the resume found the step incomplete; the same answers never do', async () => {
  const n = await pause()
  state.addComment(n, 'alice', '/evidence ticket INC-3\n/approve')
  state.addComment(n, 'carol', '/approve')
  expect((await runAnswer(api, request(n))).kind).toBe('dispatched')
  // The resume re-checked: carol lost write access in between, so it stays paused. Nothing new
  // was said: no second dispatch.
  state.addUser('carol', 'read')
  expect((await runAnswer(api, request(n))).kind).toBe('waiting')
  state.addUser('dave', 'write')
  state.addComment(n, 'dave', '/approve')
  expect((await runAnswer(api, request(n))).kind).toBe('dispatched')
  expect(state.dispatches).toHaveLength(2)
  expect(botReplies(n).at(-1)).toContain('A new answer came after the last resume was dispatched')
  // The same delivery again: still two.
  expect((await runAnswer(api, request(n))).kind).toBe('already-dispatched')
  expect(state.dispatches).toHaveLength(2)
})

test('behind an environment, answers that complete the step wait for the review; /cancel is dispatched at once', async () => {
  const n = await pause({ environment: 'prod' })
  state.addComment(n, 'alice', '/evidence ticket INC-1')
  state.addComment(n, 'carol', '/approve')
  // The review counts as the second approval: complete, yet only the job behind prod resumes.
  expect(await runAnswer(api, request(n))).toMatchObject({ kind: 'awaiting-review' })
  expect(state.dispatches).toEqual([])
  expect(botReplies(n).some((b) => b.includes('Nothing is dispatched from here.'))).toBe(true)

  // Nobody need wait for a review to end the run: the cancellation is dispatched.
  state.addComment(n, 'alice', '/cancel the disk was freed by hand')
  expect(await runAnswer(api, request(n))).toMatchObject({
    kind: 'dispatched',
    tally: { end: { kind: 'cancel', reason: 'the disk was freed by hand' } }
  })
  expect(state.dispatches).toHaveLength(1)
})
