// The loopback GitHub's memory: one repository with its users, issues, comments, workflow runs,
// artifacts, dispatches and environment reviews. The REST fake and the artifact service both read
// and change it; tests inject state through the same methods (a comment posted here is the same
// as one posted through the REST API by that user).

export type Permission = 'admin' | 'write' | 'read' | 'none'
export type Scope = 'issues' | 'actions' | 'contents' | 'members' | 'deployments' | 'pull-requests'

export interface User {
  login: string
  id: number
  type: 'User' | 'Bot'
}

export interface Token {
  value: string
  user: User
  /** An installation token (GITHUB_TOKEN) has permissions; a user's token acts as the user. */
  kind: 'installation' | 'user'
  permissions: Partial<Record<Scope, 'read' | 'write'>>
}

export interface Issue {
  number: number
  id: number
  title: string
  body: string
  labels: string[]
  assignees: string[]
  user: User
  state: 'open' | 'closed'
  stateReason: string | null
  createdAt: string
  updatedAt: string
  closedAt: string | null
  /** Who closed it (the web UI's person, or the token's user through the API). */
  closedBy?: User
}

export interface Reaction {
  id: number
  content: string
  user: User
  createdAt: string
}

export interface Comment {
  id: number
  issueNumber: number
  body: string
  user: User
  createdAt: string
  updatedAt: string
  reactions: Reaction[]
}

export interface Workflow {
  id: number
  file: string
  /** Declared workflow_dispatch inputs: name -> required. */
  inputs: Record<string, { required: boolean }>
}

export interface WorkflowRun {
  id: number
  attempt: number
  runNumber: number
  workflow: Workflow
  event: string
  headBranch: string
  headSha: string
  actor: User
  status: 'queued' | 'in_progress' | 'completed' | 'waiting'
  conclusion: string | null
  inputs: Record<string, string>
  /** The opaque id the artifact service knows this run by (from the runtime token's scope). */
  backendId: string
  createdAt: string
}

export interface Artifact {
  id: number
  name: string
  runId: number
  runBackendId: string
  jobBackendId: string
  blobName: string
  size: number
  digest: string | null
  finalized: boolean
  expired: boolean
  createdAt: string
  expiresAt: string
}

export interface Dispatch {
  workflow: Workflow
  ref: string
  inputs: Record<string, string>
  by: User
}

export interface Environment {
  id: number
  name: string
  reviewers: string[]
}

export interface EnvironmentApproval {
  environment: Environment
  state: 'approved' | 'rejected'
  user: User
  comment: string
}

export const BOT: User = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }

/** Timestamps advance one second per reading, so an edit is always later than its creation. */
export class Clock {
  private t: number
  constructor(start = Date.UTC(2026, 0, 5, 9, 0, 0)) {
    this.t = start
  }
  now(): string {
    this.t += 1000
    return new Date(this.t).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }
}

export interface PullFile {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed'
}

export interface PullRequest {
  number: number
  baseSha: string
  headSha: string
  headBranch: string
  files: PullFile[]
}

export class GitHubState {
  readonly owner: string
  readonly repo: string
  readonly repoId = 1296269
  defaultBranch = 'main'
  issuesEnabled = true
  readonly clock = new Clock()
  readonly users = new Map<string, User>([[BOT.login, BOT]])
  readonly tokens = new Map<string, Token>()
  readonly collaborators = new Map<string, { permission: Permission; roleName: string }>()
  /** `org/team` -> logins of active members. */
  readonly teams = new Map<string, Set<string>>()
  readonly issues: Issue[] = []
  readonly comments: Comment[] = []
  readonly workflows = new Map<string, Workflow>()
  readonly runs: WorkflowRun[] = []
  readonly artifacts: Artifact[] = []
  readonly dispatches: Dispatch[] = []
  readonly environments = new Map<string, Environment>()
  readonly approvals = new Map<number, EnvironmentApproval[]>()
  /** Run id -> environments its waiting job needs reviewed. */
  readonly pending = new Map<number, Environment[]>()
  /** Pull request number -> what it changes (pulls/list-files answers these, in this order). */
  readonly pulls = new Map<number, PullRequest>()
  private seq = 1000

  constructor(fullName = 'octo-org/ops') {
    const [owner, repo] = fullName.split('/')
    this.owner = owner ?? 'octo-org'
    this.repo = repo ?? 'ops'
  }

  nextId(): number {
    return ++this.seq
  }

  /** A user with a repository permission (role name defaults to GitHub's: maintain -> write). */
  addUser(login: string, permission: Permission = 'none', roleName?: string): User {
    const user = this.users.get(login) ?? { login, id: this.nextId(), type: 'User' as const }
    this.users.set(login, user)
    if (permission !== 'none' || roleName)
      this.collaborators.set(login, { permission, roleName: roleName ?? permission })
    return user
  }

  addTeamMember(orgTeam: string, login: string): void {
    const set = this.teams.get(orgTeam) ?? new Set<string>()
    set.add(login)
    this.teams.set(orgTeam, set)
  }

  /** A token: GITHUB_TOKEN (installation, with `permissions:`) or a user's personal token. */
  addToken(value: string, spec: Omit<Token, 'value'>): Token {
    const t = { value, ...spec }
    this.tokens.set(value, t)
    return t
  }

  addWorkflow(file: string, inputs: Record<string, { required: boolean }> = {}): Workflow {
    const wf = { id: this.nextId(), file, inputs }
    this.workflows.set(file, wf)
    return wf
  }

  addEnvironment(name: string, reviewers: string[]): Environment {
    const env = { id: this.nextId(), name, reviewers }
    this.environments.set(name, env)
    return env
  }

  createIssue(by: User, title: string, body: string, labels: string[], assignees: string[]): Issue {
    const now = this.clock.now()
    const issue: Issue = {
      number: this.issues.length + 1,
      id: this.nextId(),
      title,
      body,
      labels,
      assignees,
      user: by,
      state: 'open',
      stateReason: null,
      createdAt: now,
      updatedAt: now,
      closedAt: null
    }
    this.issues.push(issue)
    return issue
  }

  issue(n: number): Issue | undefined {
    return this.issues.find((i) => i.number === n)
  }

  /** Closes issue N as BY (default: its author), as the web UI or the update endpoint does. */
  closeIssue(n: number, reason: string | null = 'completed', by?: User | string): void {
    const issue = this.issue(n)
    if (!issue) throw new Error(`no issue #${n}`)
    issue.state = 'closed'
    issue.closedBy =
      typeof by === 'string' ? (this.users.get(by) ?? this.addUser(by)) : (by ?? issue.user)
    issue.stateReason = reason
    issue.closedAt = issue.updatedAt = this.clock.now()
  }

  /** A comment by LOGIN on issue N, as if they typed it in the web UI. */
  addComment(n: number, login: string, body: string): Comment {
    if (!this.issue(n)) throw new Error(`no issue #${n}`)
    const user = this.users.get(login) ?? this.addUser(login)
    const now = this.clock.now()
    const c = {
      id: this.nextId(),
      issueNumber: n,
      body,
      user,
      createdAt: now,
      updatedAt: now,
      reactions: []
    }
    this.comments.push(c)
    return c
  }

  /** Anyone with write access can edit any comment: the body changes, updated_at moves. */
  editComment(id: number, body: string): Comment {
    const c = this.comment(id)
    if (!c) throw new Error(`no comment ${id}`)
    c.body = body
    c.updatedAt = this.clock.now()
    return c
  }

  comment(id: number): Comment | undefined {
    return this.comments.find((c) => c.id === id)
  }

  commentsOn(n: number): Comment[] {
    return this.comments.filter((c) => c.issueNumber === n)
  }

  /** A new workflow run, attempt 1. */
  startRun(spec: {
    workflow: string
    event: string
    actor: string
    inputs?: Record<string, string>
    headBranch?: string
    headSha?: string
  }): WorkflowRun {
    const workflow = this.workflows.get(spec.workflow) ?? this.addWorkflow(spec.workflow)
    const id = this.nextId() * 1000
    const run: WorkflowRun = {
      id,
      attempt: 1,
      runNumber: this.runs.filter((r) => r.workflow === workflow).length + 1,
      workflow,
      event: spec.event,
      headBranch: spec.headBranch ?? this.defaultBranch,
      headSha: spec.headSha ?? '009b8a3a9ccbb128af87f9b1c0f4c62e8a304f6d',
      actor: this.users.get(spec.actor) ?? this.addUser(spec.actor),
      status: 'in_progress',
      conclusion: null,
      inputs: spec.inputs ?? {},
      backendId: `run-${id}`,
      createdAt: this.clock.now()
    }
    this.runs.push(run)
    return run
  }

  /** Re-runs a workflow run: the same run id and backend id, its next attempt. */
  rerun(run: WorkflowRun): WorkflowRun {
    Object.assign(run, { attempt: run.attempt + 1, status: 'in_progress', conclusion: null })
    return run
  }

  run(id: number): WorkflowRun | undefined {
    return this.runs.find((r) => r.id === id)
  }

  runByBackendId(backendId: string): WorkflowRun | undefined {
    return this.runs.find((r) => r.backendId === backendId)
  }

  finishRun(id: number, conclusion: 'success' | 'failure' | 'cancelled'): void {
    const run = this.run(id)
    if (!run) throw new Error(`no run ${id}`)
    run.status = 'completed'
    run.conclusion = conclusion
  }

  /** The oldest dispatch not yet taken (the harness starts the run it asks for). */
  takeDispatch(): Dispatch | undefined {
    return this.dispatches.shift()
  }

  /** A run's job waits for ENV's reviewers (no runner while it waits). */
  waitForReview(runId: number, env: string): void {
    const e = this.environments.get(env)
    if (!e) throw new Error(`no environment ${env}`)
    this.pending.set(runId, [...(this.pending.get(runId) ?? []), e])
    const run = this.run(runId)
    if (run) run.status = 'waiting'
  }

  /** A required reviewer approves or rejects a waiting run's deployment to ENV. */
  review(
    runId: number,
    env: string,
    login: string,
    state: 'approved' | 'rejected',
    comment: string
  ): void {
    const e = this.environments.get(env)
    const user = this.users.get(login)
    if (!e || !user) throw new Error(`no environment ${env} or user ${login}`)
    this.approvals.set(runId, [
      ...(this.approvals.get(runId) ?? []),
      { environment: e, state, user, comment }
    ])
    this.pending.set(
      runId,
      (this.pending.get(runId) ?? []).filter((p) => p.name !== env)
    )
  }
}
