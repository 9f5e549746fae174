// The REST fake is only worth its tests if it answers as GitHub does: these drive it with the real
// @octokit/rest client and check it rejects what GitHub rejects, in GitHub's words and shapes.
import { Octokit } from '@octokit/rest'
import { PULL_ROUTES } from './rest-routes-pulls.js'
import { ROUTES } from './rest-routes.js'
import { openApi, rewriteNullable } from './openapi.js'
import { RestFake } from './rest-server.js'
import { GitHubState } from './state.js'

const state = new GitHubState('octo-org/ops')
const fake = new RestFake(state)
let bot: Octokit
let alice: Octokit

function client(token: string | undefined): Octokit {
  return new Octokit({
    auth: token,
    baseUrl: fake.url,
    request: { retries: 0 },
    log: { debug() {}, info() {}, warn() {}, error() {} }
  })
}

beforeAll(async () => {
  await fake.start()
  state.addUser('alice', 'write')
  state.addUser('mallory', 'read')
  state.addToken('ghs_bot', {
    user: state.users.get('github-actions[bot]')!,
    kind: 'installation',
    permissions: { issues: 'write', actions: 'write' }
  })
  state.addToken('ghp_alice', { user: state.users.get('alice')!, kind: 'user', permissions: {} })
  state.addToken('ghs_readonly', {
    user: state.users.get('github-actions[bot]')!,
    kind: 'installation',
    permissions: { issues: 'read' }
  })
  bot = client('ghs_bot')
  alice = client('ghp_alice')
})
afterAll(() => fake.stop())
afterEach(() => expect(fake.violations).toEqual([]))

const repo = { owner: 'octo-org', repo: 'ops' }

test('rewriteNullable turns OAS 3.0 nullable into JSON Schema null types', () => {
  expect(rewriteNullable({ type: 'string', nullable: true, enum: ['a'] })).toEqual({
    type: ['string', 'null'],
    enum: ['a', null]
  })
  expect(rewriteNullable({ $ref: '#/x', nullable: true })).toEqual({
    anyOf: [{ $ref: '#/x' }, { type: 'null' }]
  })
})

test('issues and comments round-trip through the real client, in GitHub shapes', async () => {
  const { data: issue, status } = await bot.rest.issues.create({
    ...repo,
    title: 'Approve step 2',
    body: 'b',
    labels: ['runbook'],
    assignees: ['alice']
  })
  expect(status).toBe(201)
  expect(issue.assignees?.map((a) => a.login)).toEqual(['alice'])
  const { data: c } = await alice.rest.issues.createComment({
    ...repo,
    issue_number: issue.number,
    body: '/approve'
  })
  expect(c.user?.login).toBe('alice')
  expect(c.created_at).toBe(c.updated_at)
  const edited = state.editComment(c.id, '/approve looks good')
  const { data: list } = await bot.rest.issues.listComments({ ...repo, issue_number: issue.number })
  expect(list.map((x) => [x.body, x.updated_at > x.created_at])).toEqual([[edited.body, true]])
  const r1 = await bot.rest.reactions.createForIssueComment({
    ...repo,
    comment_id: c.id,
    content: 'eyes'
  })
  const r2 = await bot.rest.reactions.createForIssueComment({
    ...repo,
    comment_id: c.id,
    content: 'eyes'
  })
  expect([r1.status, r2.status]).toEqual([201, 200])
  const { data: closed } = await bot.rest.issues.update({
    ...repo,
    issue_number: issue.number,
    state: 'closed',
    state_reason: 'completed'
  })
  expect(closed.state).toBe('closed')
})

test("a request body off GitHub's schema is refused with 422 and GitHub's error shape", async () => {
  const err = await bot
    .request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: 1,
      body: 42 as unknown as string
    })
    .catch(
      (e: unknown) =>
        e as { status: number; response: { data: { message: string; documentation_url: string } } }
    )
  expect(err).toMatchObject({ status: 422 })
  const data = (err as { response: { data: { message: string; documentation_url: string } } })
    .response.data
  expect(data.message).toMatch(/^Invalid request\.\n\n\/body must be string/)
  expect(data.documentation_url).toMatch(/^https:\/\/docs\.github\.com/)
  const dispatch = await bot
    .request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
      ...repo,
      workflow_id: 'x.yml',
      ref: 'main',
      inputs: Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`i${i}`, 'v']))
    })
    .catch((e: { status: number }) => e)
  expect(dispatch).toMatchObject({ status: 422 })
})

test('401, 403, 404 and 410 where GitHub answers them', async () => {
  const status = (p: Promise<unknown>) =>
    p.then(
      () => 200,
      (e: { status: number }) => e.status
    )
  expect(await status(client(undefined).rest.issues.get({ ...repo, issue_number: 1 }))).toBe(401)
  expect(await status(client('nope').rest.issues.get({ ...repo, issue_number: 1 }))).toBe(401)
  expect(await status(client('ghs_readonly').rest.issues.create({ ...repo, title: 't' }))).toBe(403)
  expect(await status(bot.rest.issues.get({ ...repo, issue_number: 999 }))).toBe(404)
  expect(
    await status(
      bot.rest.teams.getMembershipForUserInOrg({
        org: 'octo-org',
        team_slug: 'sre',
        username: 'alice'
      })
    )
  ).toBe(403)
  expect(
    await status(
      bot.rest.actions.reviewPendingDeploymentsForRun({
        ...repo,
        run_id: 1,
        environment_ids: [1],
        state: 'approved',
        comment: ''
      })
    )
  ).toBe(403)
  state.issuesEnabled = false
  try {
    expect(await status(bot.rest.issues.create({ ...repo, title: 't' }))).toBe(410)
  } finally {
    state.issuesEnabled = true
  }
})

test('collaborator permission, workflow dispatch and environment reviews', async () => {
  const { data: perm } = await bot.rest.repos.getCollaboratorPermissionLevel({
    ...repo,
    username: 'mallory'
  })
  expect([perm.permission, perm.role_name]).toEqual(['read', 'read'])
  state.addWorkflow('runbook.yml', { command: { required: true }, 'run-id': { required: false } })
  await bot.rest.actions.createWorkflowDispatch({
    ...repo,
    workflow_id: 'runbook.yml',
    ref: 'main',
    inputs: { command: 'resume', 'run-id': 'r1' }
  })
  expect(state.takeDispatch()).toMatchObject({
    ref: 'main',
    inputs: { command: 'resume', 'run-id': 'r1' }
  })
  await expect(
    bot.rest.actions.createWorkflowDispatch({
      ...repo,
      workflow_id: 'runbook.yml',
      ref: 'main',
      inputs: { evil: 'x', command: 'c' }
    })
  ).rejects.toMatchObject({ status: 422 })
  const run = state.startRun({
    workflow: 'runbook.yml',
    event: 'workflow_dispatch',
    actor: 'alice'
  })
  state.addEnvironment('prod', ['alice'])
  state.waitForReview(run.id, 'prod')
  const { data: pending } = await bot.rest.actions.getPendingDeploymentsForRun({
    ...repo,
    run_id: run.id
  })
  expect(pending.map((p) => p.environment.name)).toEqual(['prod'])
  await alice.rest.actions.reviewPendingDeploymentsForRun({
    ...repo,
    run_id: run.id,
    environment_ids: [pending[0]!.environment.id!],
    state: 'approved',
    comment: 'go'
  })
  const { data: reviews } = await bot.rest.actions.getReviewsForRun({ ...repo, run_id: run.id })
  expect(reviews.map((r) => [r.user.login, r.state, r.comment, r.environments[0]?.name])).toEqual([
    ['alice', 'approved', 'go', 'prod']
  ])
  // Every vendored operation has a handler, and every handler a vendored operation.
  expect(
    openApi()
      .operations.map((o) => o.id)
      .sort()
  ).toEqual(Object.keys({ ...ROUTES, ...PULL_ROUTES }).sort())
})
