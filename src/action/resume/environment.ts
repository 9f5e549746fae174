// `pause: environment`: the job that reached the manual step ends, and the workflow's next job,
// gated by `environment: NAME` with required reviewers, runs `command: resume` once a reviewer
// releases it. GitHub's record of that review (GET /actions/runs/{run_id}/approvals, filtered by
// the environment) is one approval; it enters the same ledger as issue comments, as an `/approve`
// by the reviewer, so it meets the same checks (write access, the step's roles, no self-approval,
// the same person once). More approvals or evidence come through the pause issue's comments.
import type { CommentView } from '../answer/tally.js'
import type { GitHubApi } from '../github/api.js'
import { ResumeRefusedError } from './check-dispatch.js'

/** The newest approval of `environment` in workflow run `runId`, as a ledger entry. */
export async function environmentApproval(
  api: GitHubApi,
  runId: number,
  environment: string,
  runUrl: string
): Promise<CommentView> {
  const reviews = (await api.reviewsForRun(runId)).filter((r) =>
    r.environments.includes(environment)
  )
  // Re-run attempts may list older reviews first: the newest is the one that released this job.
  const review = reviews.at(-1)
  if (review === undefined || review.state !== 'approved')
    throw new ResumeRefusedError(
      `workflow run ${runId} has no approved review of environment '${environment}'${review === undefined ? '' : ` (the last review is ${review.state})`}: give the resume job 'environment: ${environment}' with required reviewers`
    )
  // One line: a reviewer's comment can never add commands of its own.
  const reason = review.comment.replace(/\s+/g, ' ').trim()
  return {
    id: 0,
    body: `/approve${reason === '' ? '' : ` ${reason}`}`,
    login: review.login,
    createdAt: '',
    updatedAt: '',
    url: runUrl
  }
}
