// The GitHub REST calls that pausing, answering and resuming make, behind one narrow interface so
// the decisions above it are plain functions of data. Each call is named after GitHub's operation.
import { Octokit } from '@octokit/rest'
import type { CommentView } from '../answer/tally.js'
import type { RepoPermission } from '../answer/authorise.js'

export interface IssueView {
  number: number
  state: 'open' | 'closed'
  /** Login of whoever opened the issue. */
  author: string | null
  body: string
  url: string
  /** Login of whoever closed it, once closed. */
  closedBy: string | null
}

export interface WorkflowRunView {
  id: number
  /** `.github/workflows/FILE` */
  path: string
  headBranch: string | null
  event: string
  actor: string | null
  triggeringActor: string | null
  url: string
  /** queued, in_progress, waiting, completed, ... */
  status: string | null
  /** success, failure, cancelled, ... once completed. */
  conclusion: string | null
}

export interface ArtifactView {
  id: number
  name: string
  digest: string | null
  expired: boolean
  expiresAt: string | null
  createdAt: string | null
}

export interface EnvironmentReview {
  environments: string[]
  state: string
  login: string
  comment: string
}

/** Raised when GitHub answers with an error; `status` is GitHub's HTTP status. */
export class GitHubApiError extends Error {
  override name = 'GitHubApiError'
  constructor(
    readonly status: number,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

export interface GitHubApi {
  readonly owner: string
  readonly repo: string
  defaultBranch(): Promise<string>
  createIssue(issue: {
    title: string
    body: string
    labels: string[]
    assignees: string[]
  }): Promise<IssueView>
  getIssue(n: number): Promise<IssueView>
  /** Open issues with LABEL opened by LOGIN, newest first. */
  openIssues(label: string, creator: string): Promise<IssueView[]>
  closeIssue(n: number, reason: 'completed' | 'not_planned'): Promise<void>
  listComments(n: number): Promise<CommentView[]>
  comment(n: number, body: string): Promise<CommentView>
  react(commentId: number, content: '+1' | '-1' | 'eyes' | 'confused'): Promise<void>
  /** Repository permission and role name; `none` when GitHub does not know the user. */
  permission(login: string): Promise<{ permission: RepoPermission; roleName: string }>
  /** Active team membership; a string says why it could not be read. */
  teamMember(org: string, slug: string, login: string): Promise<boolean | { unreadable: string }>
  workflowRun(id: number): Promise<WorkflowRunView>
  runArtifacts(runId: number, name: string): Promise<ArtifactView[]>
  dispatch(workflowFile: string, ref: string, inputs: Record<string, string>): Promise<void>
  reviewsForRun(runId: number): Promise<EnvironmentReview[]>
}

type OctokitError = { status?: number; message?: string }

async function callApi<T>(what: string, repository: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f()
  } catch (err) {
    if (err instanceof GitHubApiError) throw err
    const e = err as OctokitError
    const status = typeof e.status === 'number' ? e.status : 0
    // Only the issue endpoints answer 410 here.
    if (status === 410)
      throw new GitHubApiError(
        410,
        `issues are disabled in ${repository}: enable them, or pause with 'pause: environment' (a job behind an environment with required reviewers)`,
        { cause: err }
      )
    throw new GitHubApiError(
      status,
      `GitHub refused to ${what} (${status || 'no answer'}: ${e.message ?? String(err)})`,
      { cause: err }
    )
  }
}

/** The API through @octokit/rest, against GITHUB_API_URL with the Action's token. */
export function octokitApi(token: string, baseUrl: string, repository: string): GitHubApi {
  const [owner = '', repo = ''] = repository.split('/')
  const kit = new Octokit({
    auth: token,
    baseUrl,
    log: { debug() {}, info() {}, warn() {}, error() {} }
  })
  const r = { owner, repo }
  const call = <T>(what: string, f: () => Promise<T>) => callApi(what, repository, f)
  const issueView = (i: {
    number: number
    state: string
    user: { login: string } | null
    body?: string | null
    html_url: string
    closed_by?: { login: string } | null
  }): IssueView => ({
    number: i.number,
    state: i.state === 'closed' ? 'closed' : 'open',
    author: i.user?.login ?? null,
    body: i.body ?? '',
    url: i.html_url,
    closedBy: i.closed_by?.login ?? null
  })
  const commentView = (c: {
    id: number
    body?: string
    user: { login: string } | null
    created_at: string
    updated_at: string
    html_url: string
  }): CommentView => ({
    id: c.id,
    body: c.body ?? '',
    login: c.user?.login ?? null,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    url: c.html_url
  })
  return {
    owner,
    repo,
    defaultBranch: () =>
      call('read the repository', async () => (await kit.rest.repos.get(r)).data.default_branch),
    createIssue: (i) =>
      call('open an issue', async () =>
        issueView((await kit.rest.issues.create({ ...r, ...i })).data)
      ),
    getIssue: (n) =>
      call(`read issue #${n}`, async () =>
        issueView((await kit.rest.issues.get({ ...r, issue_number: n })).data)
      ),
    openIssues: (label, creator) =>
      call('list issues', async () =>
        (
          await kit.paginate(kit.rest.issues.listForRepo, {
            ...r,
            labels: label,
            creator,
            state: 'open',
            per_page: 100
          })
        ).map(issueView)
      ),
    closeIssue: (n, reason) =>
      call(
        `close issue #${n}`,
        async () =>
          void (await kit.rest.issues.update({
            ...r,
            issue_number: n,
            state: 'closed',
            state_reason: reason
          }))
      ),
    listComments: (n) =>
      call(`list the comments of issue #${n}`, async () =>
        (
          await kit.paginate(kit.rest.issues.listComments, { ...r, issue_number: n, per_page: 100 })
        ).map(commentView)
      ),
    comment: (n, body) =>
      call(`comment on issue #${n}`, async () =>
        commentView((await kit.rest.issues.createComment({ ...r, issue_number: n, body })).data)
      ),
    react: (id, content) =>
      call(
        'react to a comment',
        async () =>
          void (await kit.rest.reactions.createForIssueComment({ ...r, comment_id: id, content }))
      ),
    permission: (login) =>
      call(`read the permission of @${login}`, async () => {
        try {
          const { data } = await kit.rest.repos.getCollaboratorPermissionLevel({
            ...r,
            username: login
          })
          return { permission: data.permission as RepoPermission, roleName: data.role_name }
        } catch (err) {
          if ((err as OctokitError).status === 404)
            return { permission: 'none' as const, roleName: 'none' }
          throw err
        }
      }),
    teamMember: async (org, slug, login) => {
      try {
        const { data } = await kit.rest.teams.getMembershipForUserInOrg({
          org,
          team_slug: slug,
          username: login
        })
        return data.state === 'active'
      } catch (err) {
        const status = (err as OctokitError).status
        if (status === 404) return false
        if (status === 403 || status === 401)
          return {
            unreadable:
              'the token cannot read organization membership (GITHUB_TOKEN never can; give github-token a token with members: read)'
          }
        throw new GitHubApiError(
          status ?? 0,
          `GitHub refused to read the members of @${org}/${slug}`,
          { cause: err }
        )
      }
    },
    workflowRun: (id) =>
      call(`read workflow run ${id}`, async () => {
        const { data } = await kit.rest.actions.getWorkflowRun({ ...r, run_id: id })
        return {
          id: data.id,
          path: data.path,
          headBranch: data.head_branch,
          event: data.event,
          actor: data.actor?.login ?? null,
          triggeringActor: data.triggering_actor?.login ?? null,
          url: data.html_url,
          status: data.status,
          conclusion: data.conclusion
        }
      }),
    runArtifacts: (runId, name) =>
      call(`list the artifacts of workflow run ${runId}`, async () =>
        (
          await kit.rest.actions.listWorkflowRunArtifacts({
            ...r,
            run_id: runId,
            name,
            per_page: 100
          })
        ).data.artifacts.map((a) => ({
          id: a.id,
          name: a.name,
          digest: a.digest ?? null,
          expired: a.expired,
          expiresAt: a.expires_at,
          createdAt: a.created_at
        }))
      ),
    dispatch: (file, ref, inputs) =>
      call(
        `dispatch ${file}`,
        async () =>
          void (await kit.rest.actions.createWorkflowDispatch({
            ...r,
            workflow_id: file,
            ref,
            inputs
          }))
      ),
    reviewsForRun: (runId) =>
      call(`read the reviews of workflow run ${runId}`, async () =>
        (await kit.rest.actions.getReviewsForRun({ ...r, run_id: runId })).data.map((a) => ({
          environments: a.environments.map((e) => e.name ?? ''),
          state: a.state,
          login: a.user.login,
          comment: a.comment
        }))
      )
  }
}
