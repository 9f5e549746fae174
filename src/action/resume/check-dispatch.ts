// The first half of `command: resume`: a workflow_dispatch carries only a run id and an issue
// number, so everything else is looked up from GitHub and checked before anything is downloaded.
// A forged dispatch can name any run and issue; it still needs a pause issue this Action opened
// for that very run, a paused workflow run of the same workflow on the default branch, and an
// unexpired artifact GitHub recorded for it.
import type { ArtifactView, GitHubApi, IssueView, WorkflowRunView } from '../github/api.js'
import { pauseOf } from '../answer/run-answer.js'
import type { PauseRecord } from '../pause/issue-body.js'

/** Bot comment markers that end a pause issue's life. */
export const FINISHED_MARKER = '<!-- runbook:finished -->'

/** A resume that must not go on; the message says why and what to do. */
export class ResumeRefusedError extends Error {
  override name = 'ResumeRefusedError'
}

/** The paused run's artifact is past its retention: the run is gone and can never resume. */
export class ArtifactExpiredError extends ResumeRefusedError {
  override name = 'ArtifactExpiredError'
}

export interface ResumeRequest {
  runId: string
  issueNumber: number
  /** `.github/workflows/FILE` of the resuming workflow (from GITHUB_WORKFLOW_REF). */
  workflowPath: string
}

export type DispatchCheck =
  | {
      kind: 'proceed'
      record: PauseRecord
      issue: IssueView
      run: WorkflowRunView
      artifact: ArtifactView
    }
  /** The issue was closed by hand: the run ends as cancelled, nothing runs. */
  | {
      kind: 'cancelled'
      record: PauseRecord
      issue: IssueView
      run: WorkflowRunView
      artifact: ArtifactView
    }
  /** Another resume already finished or continued this pause: nothing to do. */
  | { kind: 'no-op'; reason: string }

/** The newest of a run's artifacts of one name (GitHub's highest id, as findBy picks it). */
export function newestArtifact(artifacts: readonly ArtifactView[]): ArtifactView | undefined {
  return artifacts.reduce<ArtifactView | undefined>(
    (a, b) => (a === undefined || b.id > a.id ? b : a),
    undefined
  )
}

/** Checks a resume dispatch against GitHub; see the file comment. */
export async function checkDispatch(api: GitHubApi, req: ResumeRequest): Promise<DispatchCheck> {
  const issue = await api.getIssue(req.issueNumber)
  const record = pauseOf(issue)
  if (typeof record === 'string')
    throw new ResumeRefusedError(`cannot resume from issue #${req.issueNumber}: ${record}`)
  if (record.run_id !== req.runId)
    throw new ResumeRefusedError(
      `the dispatch names run ${req.runId}, but issue #${issue.number} paused run ${record.run_id}`
    )
  if (issue.state === 'closed') {
    const comments = await api.listComments(issue.number)
    const done = comments.find((c) => c.login === issue.author && c.body.includes(FINISHED_MARKER))
    if (done)
      return {
        kind: 'no-op',
        reason: `run ${record.run_id} was already resumed from issue #${issue.number} (${done.url}); this dispatch does nothing`
      }
  }
  const run = await api.workflowRun(record.workflow_run_id)
  if (run.path !== record.workflow || run.path !== req.workflowPath)
    throw new ResumeRefusedError(
      `workflow run ${run.id} ran ${run.path}, but this resume runs ${req.workflowPath}${record.workflow !== run.path ? ` and the issue names ${record.workflow}` : ''}: a run resumes only in the workflow that paused it`
    )
  const branch = await api.defaultBranch()
  if (run.headBranch !== branch)
    throw new ResumeRefusedError(
      `workflow run ${run.id} ran on branch ${run.headBranch ?? '(none)'}, not the default branch ${branch}: its artifact is not trusted`
    )
  const artifacts = await api.runArtifacts(run.id, record.artifact_name)
  const newest = newestArtifact(artifacts)
  if (newest === undefined)
    throw new ResumeRefusedError(
      `workflow run ${run.id} has no artifact ${record.artifact_name}: it was deleted or never uploaded`
    )
  if (newest.id !== record.artifact_id)
    throw new ResumeRefusedError(
      `workflow run ${run.id} has a newer artifact ${record.artifact_name} (${newest.id}) than the one the issue names (${record.artifact_id})`
    )
  if (newest.expired)
    throw new ArtifactExpiredError(
      `the artifact of run ${record.run_id} expired${newest.expiresAt ? ` on ${newest.expiresAt}` : ''}; the run cannot resume (start it again)`
    )
  if (newest.digest === null)
    throw new ResumeRefusedError(
      `GitHub recorded no digest for artifact ${newest.id}: its bytes cannot be checked`
    )
  return {
    kind: issue.state === 'closed' ? 'cancelled' : 'proceed',
    record,
    issue,
    run,
    artifact: newest
  }
}
