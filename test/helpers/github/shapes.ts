// The fake's answers, built from GitHub's own examples (components.examples of the vendored
// description) with the fake's state written over them, so every field GitHub sends is present.
import type { OpenApi } from './openapi.js'
import type {
  Artifact,
  Comment,
  Environment,
  EnvironmentApproval,
  GitHubState,
  Issue,
  User,
  WorkflowRun
} from './state.js'

type Obj = Record<string, unknown>

export class Shapes {
  constructor(
    private readonly api: OpenApi,
    private readonly state: GitHubState,
    /** The fake's own base URL, where GitHub would say https://api.github.com. */
    readonly apiUrl: string,
    readonly webUrl = 'https://github.com'
  ) {}

  private get repoApi(): string {
    return `${this.apiUrl}/repos/${this.state.owner}/${this.state.repo}`
  }

  get repoWeb(): string {
    return `${this.webUrl}/${this.state.owner}/${this.state.repo}`
  }

  user(u: User): Obj {
    const base = this.api.example<Obj>('issue').user as Obj
    const api = `${this.apiUrl}/users/${encodeURIComponent(u.login)}`
    return {
      ...base,
      login: u.login,
      id: u.id,
      node_id: Buffer.from(`04:User${u.id}`).toString('base64'),
      url: api,
      html_url:
        u.type === 'Bot'
          ? `${this.webUrl}/apps/${u.login.replace(/\[bot\]$/, '')}`
          : `${this.webUrl}/${u.login}`,
      type: u.type,
      site_admin: false
    }
  }

  issue(i: Issue): Obj {
    const url = `${this.repoApi}/issues/${i.number}`
    const assignees = i.assignees.map((l) =>
      this.user(this.state.users.get(l) ?? { login: l, id: 0, type: 'User' })
    )
    return {
      ...this.api.example<Obj>('issue'),
      id: i.id,
      node_id: Buffer.from(`05:Issue${i.id}`).toString('base64'),
      url,
      repository_url: this.repoApi,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.repoWeb}/issues/${i.number}`,
      number: i.number,
      state: i.state,
      state_reason: i.stateReason,
      title: i.title,
      body: i.body,
      user: this.user(i.user),
      labels: i.labels.map((name, n) => ({
        id: 208045946 + n,
        node_id: 'MDU6TGFiZWwyMDgwNDU5NDY=',
        url: `${this.repoApi}/labels/${encodeURIComponent(name)}`,
        name,
        description: null,
        color: 'ededed',
        default: false
      })),
      assignee: assignees[0] ?? null,
      assignees,
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: this.state.commentsOn(i.number).length,
      pull_request: undefined,
      closed_at: i.closedAt,
      closed_by: i.closedAt ? this.user(i.closedBy ?? i.user) : null,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      author_association: 'NONE'
    }
  }

  comment(c: Comment): Obj {
    const counts: Record<string, number> = {}
    for (const r of c.reactions) counts[r.content] = (counts[r.content] ?? 0) + 1
    const perm = this.state.collaborators.get(c.user.login)?.permission
    return {
      ...this.api.example<Obj>('issue-comment'),
      id: c.id,
      node_id: Buffer.from(`012:IssueComment${c.id}`).toString('base64'),
      url: `${this.repoApi}/issues/comments/${c.id}`,
      html_url: `${this.repoWeb}/issues/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${this.repoApi}/issues/${c.issueNumber}`,
      body: c.body,
      user: this.user(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: perm === 'admin' || perm === 'write' ? 'COLLABORATOR' : 'NONE',
      reactions: {
        url: `${this.repoApi}/issues/comments/${c.id}/reactions`,
        total_count: c.reactions.length,
        '+1': counts['+1'] ?? 0,
        '-1': counts['-1'] ?? 0,
        laugh: counts.laugh ?? 0,
        confused: counts.confused ?? 0,
        heart: counts.heart ?? 0,
        hooray: counts.hooray ?? 0,
        eyes: counts.eyes ?? 0,
        rocket: counts.rocket ?? 0
      }
    }
  }

  reaction(r: Comment['reactions'][number]): Obj {
    return {
      id: r.id,
      node_id: Buffer.from(`08:Reaction${r.id}`).toString('base64'),
      user: this.user(r.user),
      content: r.content,
      created_at: r.createdAt
    }
  }

  artifact(a: Artifact): Obj {
    const run = this.state.run(a.runId)
    return {
      id: a.id,
      node_id: Buffer.from(`08:Artifact${a.id}`).toString('base64'),
      name: a.name,
      size_in_bytes: a.size,
      url: `${this.repoApi}/actions/artifacts/${a.id}`,
      archive_download_url: `${this.repoApi}/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      created_at: a.createdAt,
      expires_at: a.expiresAt,
      updated_at: a.createdAt,
      digest: a.digest,
      workflow_run: {
        id: a.runId,
        repository_id: this.state.repoId,
        head_repository_id: this.state.repoId,
        head_branch: run?.headBranch ?? this.state.defaultBranch,
        head_sha: run?.headSha ?? ''
      }
    }
  }

  run(r: WorkflowRun): Obj {
    const url = `${this.repoApi}/actions/runs/${r.id}`
    return {
      ...this.api.example<Obj>('workflow-run'),
      id: r.id,
      name: r.workflow.file.replace(/\.ya?ml$/, ''),
      node_id: Buffer.from(`011:WorkflowRun${r.id}`).toString('base64'),
      head_branch: r.headBranch,
      head_sha: r.headSha,
      path: `.github/workflows/${r.workflow.file}`,
      run_number: r.runNumber,
      run_attempt: r.attempt,
      event: r.event,
      display_title: r.workflow.file,
      status: r.status,
      conclusion: r.conclusion,
      workflow_id: r.workflow.id,
      url,
      html_url: `${this.repoWeb}/actions/runs/${r.id}`,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      run_started_at: r.createdAt,
      actor: this.user(r.actor),
      triggering_actor: this.user(r.actor),
      jobs_url: `${url}/jobs`,
      logs_url: `${url}/logs`,
      artifacts_url: `${url}/artifacts`,
      cancel_url: `${url}/cancel`,
      rerun_url: `${url}/rerun`,
      previous_attempt_url: null,
      workflow_url: `${this.repoApi}/actions/workflows/${r.workflow.id}`
    }
  }

  repository(): Obj {
    // GitHub's example is a fork (its source/parent even lack the required `language`): drop them.
    const base = this.api.example<Obj>('full-repository-default-response')
    for (const fork of ['source', 'parent', 'template_repository']) delete base[fork]
    const { owner, repo, repoId, defaultBranch, issuesEnabled } = this.state
    return {
      ...base,
      language: null,
      fork: false,
      id: repoId,
      name: repo,
      full_name: `${owner}/${repo}`,
      owner: { ...(base.owner as Obj), login: owner },
      private: true,
      html_url: this.repoWeb,
      url: this.repoApi,
      default_branch: defaultBranch,
      has_issues: issuesEnabled
    }
  }

  environment(e: Environment): Obj {
    return {
      id: e.id,
      node_id: Buffer.from(`011:Environment${e.id}`).toString('base64'),
      name: e.name,
      url: `${this.repoApi}/environments/${encodeURIComponent(e.name)}`,
      html_url: `${this.repoWeb}/deployments/activity_log?environments_filter=${encodeURIComponent(e.name)}`
    }
  }

  approval(a: EnvironmentApproval): Obj {
    const at = this.state.clock.now()
    return {
      state: a.state,
      comment: a.comment,
      environments: [{ ...this.environment(a.environment), created_at: at, updated_at: at }],
      user: this.user(a.user)
    }
  }

  permission(login: string): Obj {
    const u = this.state.users.get(login) as User
    const c = this.state.collaborators.get(login) ?? { permission: 'none', roleName: 'none' }
    return {
      permission: c.permission,
      role_name: c.roleName,
      user: { ...this.user(u), role_name: c.roleName }
    }
  }

  /** GitHub's error body: `{message, documentation_url, status}` (and `errors` for a 422). */
  error(status: number, message: string, errors?: Obj[]): Obj {
    return {
      message,
      documentation_url: 'https://docs.github.com/rest',
      status: String(status),
      ...(errors ? { errors } : {})
    }
  }
}
