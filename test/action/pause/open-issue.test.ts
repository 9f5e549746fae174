import { octokitApi, type GitHubApi } from '../../../src/action/github/api.js'
import { assignees, openPauseIssue } from '../../../src/action/pause/open-issue.js'
import type { PauseView } from '../../../src/action/pause/issue-body.js'
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
    permissions: { issues: 'write' }
  })
  state.addUser('alice', 'write')
  state.addUser('bob', 'read')
  fake = await new RestFake(state).start()
  api = octokitApi(GITHUB_TOKEN, fake.url, 'octo-org/ops')
})
afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.stop()
})

const view = (trace_head: string): PauseView => ({
  record: {
    v: 1,
    run_id: 'r-1',
    workflow_run_id: 5,
    workflow: '.github/workflows/runbook.yml',
    step_id: 's',
    step_index: 0,
    kind: 'manual',
    artifact_name: 'a',
    artifact_id: 1,
    trace_head,
    runbook_digest: 'sha256:x'
  },
  runbookName: 'rb',
  stepTitle: 'S',
  instructions: 'do it',
  missingEvidence: [],
  approvalsNeeded: 1,
  approvers: [],
  workflowRunUrl: 'u',
  artifactUrl: 'u'
})

test('assigns the role holders with write access; a re-run of the job reuses the open issue', async () => {
  const roles = {
    DRI: [
      { kind: 'login' as const, login: 'alice' },
      { kind: 'login' as const, login: 'bob' },
      { kind: 'repo-role' as const, role: 'maintain' }
    ]
  }
  const who = await assignees(api, roles, ['DRI'])
  expect(who).toEqual(['alice'])
  const first = await openPauseIssue(api, view('a'.repeat(64)), who)
  expect(first.reused).toBe(false)
  expect(state.issue(first.issue.number)).toMatchObject({
    labels: ['runbook'],
    assignees: ['alice']
  })
  const again = await openPauseIssue(api, view('a'.repeat(64)), who)
  expect(again).toEqual({ issue: first.issue, reused: true })
  const later = await openPauseIssue(api, view('b'.repeat(64)), who)
  expect(later.issue.number).not.toBe(first.issue.number)
  expect(state.issues).toHaveLength(2)
})

test('an assignee GitHub refuses does not lose the pause; issues disabled says what to do', async () => {
  const { issue } = await openPauseIssue(api, view('c'.repeat(64)), ['ghost-user'])
  expect(state.issue(issue.number)?.assignees).toEqual([])
  state.issuesEnabled = false
  await expect(openPauseIssue(api, view('d'.repeat(64)), [])).rejects.toThrow(
    /issues are disabled in octo-org\/ops: enable them, or pause with 'pause: environment'/
  )
})
