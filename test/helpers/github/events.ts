// Event payloads (the JSON at GITHUB_EVENT_PATH) built from the fake's own REST shapes, so an
// action reading `context.payload` sees what GitHub would deliver for that event.
import type { LoopbackGitHub } from './index.js'
import type { Comment, WorkflowRun } from './state.js'

type Obj = Record<string, unknown>

function repository(gh: LoopbackGitHub): Obj {
  return gh.rest.shapes.repository()
}

/** `issue_comment` (created or edited): the issue, the comment, the repository and the sender. */
export function issueCommentEvent(
  gh: LoopbackGitHub,
  c: Comment,
  action: 'created' | 'edited' | 'deleted' = 'created'
): Obj {
  const issue = gh.state.issue(c.issueNumber)
  if (!issue) throw new Error(`no issue #${c.issueNumber}`)
  return {
    action,
    issue: gh.rest.shapes.issue(issue),
    comment: gh.rest.shapes.comment(c),
    repository: repository(gh),
    sender: gh.rest.shapes.user(c.user),
    ...(action === 'edited' ? { changes: { body: { from: '' } } } : {})
  }
}

/** `issues` closed by hand. */
export function issueClosedEvent(gh: LoopbackGitHub, issueNumber: number, by: string): Obj {
  const issue = gh.state.issue(issueNumber)
  const user = gh.state.users.get(by)
  if (!issue || !user) throw new Error(`no issue #${issueNumber} or user ${by}`)
  return {
    action: 'closed',
    issue: gh.rest.shapes.issue(issue),
    repository: repository(gh),
    sender: gh.rest.shapes.user(user)
  }
}

/** `workflow_dispatch`: inputs, ref, repository, sender and workflow (all required by GitHub's schema). */
export function workflowDispatchEvent(gh: LoopbackGitHub, run: WorkflowRun): Obj {
  return {
    inputs: run.inputs,
    ref: `refs/heads/${run.headBranch}`,
    repository: repository(gh),
    sender: gh.rest.shapes.user(run.actor),
    workflow: `.github/workflows/${run.workflow.file}`
  }
}

/** `pull_request` (opened or synchronize): the pull request's number, base and head, as GitHub sends them. */
export function pullRequestEvent(
  gh: LoopbackGitHub,
  number: number,
  by: string,
  action: 'opened' | 'synchronize' = 'synchronize'
): Obj {
  const pr = gh.state.pulls.get(number)
  const user = gh.state.users.get(by)
  if (!pr || !user) throw new Error(`no pull request #${number} or user ${by}`)
  const repo = repository(gh)
  const web = `${String(repo.html_url)}/pull/${number}`
  return {
    action,
    number,
    pull_request: {
      url: `${String(repo.url)}/pulls/${number}`,
      html_url: web,
      number,
      state: 'open',
      user: gh.rest.shapes.user(user),
      head: { ref: pr.headBranch, sha: pr.headSha, repo },
      base: { ref: gh.state.defaultBranch, sha: pr.baseSha, repo }
    },
    repository: repo,
    sender: gh.rest.shapes.user(user)
  }
}
