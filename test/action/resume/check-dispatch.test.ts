// A resume dispatch carries only a run id and an issue number; each check below refuses a forged
// or stale one, against the loopback REST API.
import { octokitApi, type GitHubApi } from '../../../src/action/github/api.js'
import { checkDispatch, FINISHED_MARKER } from '../../../src/action/resume/check-dispatch.js'
import { renderPauseIssue, type PauseRecord } from '../../../src/action/pause/issue-body.js'
import { GITHUB_TOKEN } from '../../helpers/github/index.js'
import { RestFake } from '../../helpers/github/rest-server.js'
import { BOT, GitHubState, type WorkflowRun } from '../../helpers/github/state.js'

let state: GitHubState
let fake: RestFake
let api: GitHubApi
const WF = '.github/workflows/runbook.yml'

beforeEach(async () => {
  state = new GitHubState('octo-org/ops')
  state.addToken(GITHUB_TOKEN, {
    user: BOT,
    kind: 'installation',
    permissions: { issues: 'write', actions: 'write' }
  })
  state.addUser('alice', 'write')
  fake = await new RestFake(state).start()
  api = octokitApi(GITHUB_TOKEN, fake.url, 'octo-org/ops')
})
afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.stop()
})

function pausedRun(spec: { workflow?: string; headBranch?: string } = {}): {
  run: WorkflowRun
  artifactId: number
} {
  const run = state.startRun({
    workflow: spec.workflow ?? 'runbook.yml',
    event: 'workflow_dispatch',
    actor: 'alice',
    ...(spec.headBranch ? { headBranch: spec.headBranch } : {})
  })
  const id = state.nextId()
  state.artifacts.push({
    id,
    name: 'runbook-r-1',
    runId: run.id,
    runBackendId: run.backendId,
    jobBackendId: 'j',
    blobName: 'b',
    size: 10,
    digest: `sha256:${'c'.repeat(64)}`,
    finalized: true,
    expired: false,
    createdAt: state.clock.now(),
    expiresAt: '2026-04-01T00:00:00Z'
  })
  return { run, artifactId: id }
}

async function issueFor(
  run: WorkflowRun,
  artifactId: number,
  over: Partial<PauseRecord> = {}
): Promise<number> {
  const record: PauseRecord = {
    v: 1,
    run_id: 'r-1',
    workflow_run_id: run.id,
    workflow: WF,
    step_id: 's',
    step_index: 0,
    kind: 'manual',
    artifact_name: 'runbook-r-1',
    artifact_id: artifactId,
    trace_head: 'a'.repeat(64),
    runbook_digest: 'sha256:b',
    ...over
  }
  const { title, body } = renderPauseIssue({
    record,
    runbookName: 'rb',
    stepTitle: 'S',
    instructions: '',
    missingEvidence: [],
    approvalsNeeded: 1,
    approvers: [],
    workflowRunUrl: 'u',
    artifactUrl: 'u'
  })
  return (await api.createIssue({ title, body, labels: [], assignees: [] })).number
}

const check = (issueNumber: number, runId = 'r-1', workflowPath = WF) =>
  checkDispatch(api, { runId, issueNumber, workflowPath })

test('a dispatch for an open pause issue of the same workflow on the default branch proceeds', async () => {
  const { run, artifactId } = pausedRun()
  const n = await issueFor(run, artifactId)
  await expect(check(n)).resolves.toMatchObject({
    kind: 'proceed',
    artifact: { id: artifactId, digest: `sha256:${'c'.repeat(64)}` }
  })
})

test('a forged dispatch: another run id, an issue not opened by the Action', async () => {
  const { run, artifactId } = pausedRun()
  const n = await issueFor(run, artifactId)
  await expect(check(n, 'r-other')).rejects.toThrow(
    `the dispatch names run r-other, but issue #${n} paused run r-1`
  )
  const human = state.createIssue(
    state.users.get('alice')!,
    't',
    '<!-- runbook:pause {"v":1} -->',
    [],
    []
  )
  await expect(check(human.number)).rejects.toThrow(
    `cannot resume from issue #${human.number}: issue #${human.number} was not opened by github-actions[bot]`
  )
})

test('an artifact from another workflow or another branch is not trusted', async () => {
  const other = pausedRun({ workflow: 'other.yml' })
  await expect(check(await issueFor(other.run, other.artifactId))).rejects.toThrow(
    /ran \.github\/workflows\/other\.yml, but this resume runs \.github\/workflows\/runbook\.yml/
  )
  const branch = pausedRun({ headBranch: 'feature' })
  await expect(check(await issueFor(branch.run, branch.artifactId))).rejects.toThrow(
    'ran on branch feature, not the default branch main'
  )
})

test('expired, newer and missing artifacts are refused, each saying which', async () => {
  const { run, artifactId } = pausedRun()
  const n = await issueFor(run, artifactId)
  state.artifacts.find((a) => a.id === artifactId)!.expired = true
  await expect(check(n)).rejects.toThrow(
    'the artifact of run r-1 expired on 2026-04-01T00:00:00Z; the run cannot resume'
  )
  const again = pausedRun()
  const stale = await issueFor(again.run, again.artifactId - 1)
  await expect(check(stale)).rejects.toThrow(/has a newer artifact runbook-r-1/)
  state.artifacts.length = 0
  await expect(check(stale)).rejects.toThrow(/has no artifact runbook-r-1/)
})

test('a closed issue: a no-op after a finished resume, a cancellation when closed by hand', async () => {
  const { run, artifactId } = pausedRun()
  const n = await issueFor(run, artifactId)
  state.closeIssue(n, 'not_planned')
  await expect(check(n)).resolves.toMatchObject({ kind: 'cancelled' })
  await api.comment(n, `${FINISHED_MARKER}\nfinished`)
  const noop = await check(n)
  expect(noop.kind).toBe('no-op')
  expect(noop.kind === 'no-op' ? noop.reason : '').toContain('was already resumed')
})
