// What the loopback GitHub answers for each REST operation it serves, keyed by operation id.
// Each handler reads or changes the shared state and answers as GitHub documents it.
import { HttpError, type RestFake, type RouteScopeSpec } from './rest-server.js'
import type { Shapes } from './shapes.js'
import type { GitHubState, Token } from './state.js'

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export interface RouteContext {
  params: Record<string, string>
  /** The request's path, without the query. */
  path: string
  query: URLSearchParams
  body: unknown
  token: Token
  state: GitHubState
  shapes: Shapes
  fake: RestFake
}

export interface Route {
  scope?: RouteScopeSpec
  handle(ctx: RouteContext): Reply | Promise<Reply>
}

type Obj = Record<string, unknown>

const ISSUES_READ: RouteScopeSpec = { scope: 'issues' }
const COMMENT: RouteScopeSpec = { scope: 'issues', readersMayWrite: true }
const ACTIONS: RouteScopeSpec = { scope: 'actions' }

export function repoOf(ctx: RouteContext): void {
  const { owner, repo } = ctx.params
  if (owner !== ctx.state.owner || repo !== ctx.state.repo) throw new HttpError(404, 'Not Found')
}

function issuesOn(ctx: RouteContext): void {
  repoOf(ctx)
  if (!ctx.state.issuesEnabled) throw new HttpError(410, 'Issues are disabled for this repo')
}

export function num(ctx: RouteContext, name: string): number {
  const n = Number(ctx.params[name])
  if (!Number.isInteger(n)) throw new HttpError(404, 'Not Found')
  return n
}

/** GitHub's pagination: per_page (max 100) and page, with a Link header to the next page. */
export function paginate<T>(
  ctx: RouteContext,
  items: T[]
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(ctx.query.get('per_page') ?? 30) || 30, 100)
  const page = Math.max(Number(ctx.query.get('page') ?? 1) || 1, 1)
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const headers: Record<string, string> = {}
  if (page * perPage < items.length) {
    const next = new URLSearchParams(ctx.query)
    next.set('page', String(page + 1))
    const last = new URLSearchParams(ctx.query)
    last.set('page', String(Math.ceil(items.length / perPage)))
    const base = `${ctx.shapes.apiUrl}${ctx.path}`
    headers.link = `<${base}?${next.toString()}>; rel="next", <${base}?${last.toString()}>; rel="last"`
  }
  return { items: slice, headers }
}

function issue(ctx: RouteContext) {
  issuesOn(ctx)
  const found = ctx.state.issue(num(ctx, 'issue_number'))
  if (!found) throw new HttpError(404, 'Not Found')
  return found
}

function comment(ctx: RouteContext) {
  issuesOn(ctx)
  const found = ctx.state.comment(num(ctx, 'comment_id'))
  if (!found) throw new HttpError(404, 'Not Found')
  return found
}

function artifact(ctx: RouteContext) {
  repoOf(ctx)
  const found = ctx.state.artifacts.find((a) => a.id === num(ctx, 'artifact_id') && a.finalized)
  if (!found) throw new HttpError(404, 'Not Found')
  return found
}

export const ROUTES: Record<string, Route> = {
  'repos/get': {
    handle: (ctx) => {
      repoOf(ctx)
      return { status: 200, body: ctx.shapes.repository() }
    }
  },
  'repos/get-collaborator-permission-level': {
    handle: (ctx) => {
      repoOf(ctx)
      const login = ctx.params.username as string
      if (!ctx.state.users.has(login)) throw new HttpError(404, 'Not Found')
      return { status: 200, body: ctx.shapes.permission(login) }
    }
  },
  'teams/get-membership-for-user-in-org': {
    scope: { scope: 'members' },
    handle: (ctx) => {
      const key = `${ctx.params.org}/${ctx.params.team_slug}`
      if (!ctx.state.teams.get(key)?.has(ctx.params.username as string))
        throw new HttpError(404, 'Not Found')
      const url = `${ctx.shapes.apiUrl}/organizations/1/team/1/memberships/${ctx.params.username}`
      return { status: 200, body: { url, role: 'member', state: 'active' } }
    }
  },
  'issues/create': {
    scope: ISSUES_READ,
    handle: (ctx) => {
      issuesOn(ctx)
      const b = ctx.body as {
        title: string | number
        body?: string
        labels?: unknown[]
        assignees?: string[]
      }
      const canPush =
        ctx.token.kind === 'installation' ||
        ctx.state.collaborators.get(ctx.token.user.login)?.permission !== 'read'
      const assignees = b.assignees ?? []
      const unknown = assignees.filter((a) => !ctx.state.users.has(a))
      if (unknown.length > 0)
        throw new HttpError(422, 'Validation Failed', [
          { value: unknown[0], resource: 'Issue', field: 'assignees', code: 'invalid' }
        ])
      const labels = (b.labels ?? []).map((l) =>
        typeof l === 'string' ? l : String((l as Obj).name)
      )
      // Without push access GitHub drops labels and assignees silently.
      const created = ctx.state.createIssue(
        ctx.token.user,
        String(b.title),
        b.body ?? '',
        canPush ? labels : [],
        canPush ? assignees : []
      )
      return { status: 201, body: ctx.shapes.issue(created) }
    }
  },
  'issues/get': {
    scope: ISSUES_READ,
    handle: (ctx) => ({ status: 200, body: ctx.shapes.issue(issue(ctx)) })
  },
  'issues/update': {
    scope: ISSUES_READ,
    handle: (ctx) => {
      const found = issue(ctx)
      const b = ctx.body as {
        state?: 'open' | 'closed'
        state_reason?: string | null
        body?: string
        title?: string
      }
      if (b.title !== undefined) found.title = String(b.title)
      if (b.body !== undefined) found.body = b.body ?? ''
      if (b.state === 'closed' && found.state !== 'closed')
        ctx.state.closeIssue(found.number, b.state_reason ?? 'completed', ctx.token.user)
      else if (b.state === 'open')
        Object.assign(found, { state: 'open', stateReason: 'reopened', closedAt: null })
      found.updatedAt = ctx.state.clock.now()
      return { status: 200, body: ctx.shapes.issue(found) }
    }
  },
  'issues/list-for-repo': {
    scope: ISSUES_READ,
    handle: (ctx) => {
      issuesOn(ctx)
      const state = ctx.query.get('state') ?? 'open'
      const labels = (ctx.query.get('labels') ?? '').split(',').filter((l) => l !== '')
      const creator = ctx.query.get('creator')
      const all = [...ctx.state.issues]
        .reverse()
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((l) => i.labels.includes(l)))
        .filter((i) => !creator || i.user.login === creator)
      const { items, headers } = paginate(ctx, all)
      return { status: 200, body: items.map((i) => ctx.shapes.issue(i)), headers }
    }
  },
  'issues/list-comments': {
    scope: ISSUES_READ,
    handle: (ctx) => {
      const found = issue(ctx)
      const since = ctx.query.get('since')
      const all = ctx.state.commentsOn(found.number).filter((c) => !since || c.updatedAt >= since)
      const { items, headers } = paginate(ctx, all)
      return { status: 200, body: items.map((c) => ctx.shapes.comment(c)), headers }
    }
  },
  'issues/create-comment': {
    scope: COMMENT,
    handle: (ctx) => {
      const found = issue(ctx)
      const c = ctx.state.addComment(
        found.number,
        ctx.token.user.login,
        (ctx.body as { body: string }).body
      )
      return { status: 201, body: ctx.shapes.comment(c) }
    }
  },
  'issues/get-comment': {
    scope: ISSUES_READ,
    handle: (ctx) => ({ status: 200, body: ctx.shapes.comment(comment(ctx)) })
  },
  'issues/update-comment': {
    scope: COMMENT,
    handle: (ctx) => {
      const c = comment(ctx)
      const own = c.user.login === ctx.token.user.login
      const perm = ctx.state.collaborators.get(ctx.token.user.login)?.permission
      if (!own && ctx.token.kind === 'user' && perm !== 'write' && perm !== 'admin')
        throw new HttpError(403, 'Must have write access to edit this comment.')
      return {
        status: 200,
        body: ctx.shapes.comment(ctx.state.editComment(c.id, (ctx.body as { body: string }).body))
      }
    }
  },
  'reactions/create-for-issue-comment': {
    scope: COMMENT,
    handle: (ctx) => {
      const c = comment(ctx)
      const content = (ctx.body as { content: string }).content
      const existing = c.reactions.find(
        (r) => r.content === content && r.user.login === ctx.token.user.login
      )
      if (existing) return { status: 200, body: ctx.shapes.reaction(existing) }
      const r = {
        id: ctx.state.nextId(),
        content,
        user: ctx.token.user,
        createdAt: ctx.state.clock.now()
      }
      c.reactions.push(r)
      return { status: 201, body: ctx.shapes.reaction(r) }
    }
  },
  'reactions/list-for-issue-comment': {
    scope: ISSUES_READ,
    handle: (ctx) => {
      const content = ctx.query.get('content')
      const all = comment(ctx).reactions.filter((r) => !content || r.content === content)
      const { items, headers } = paginate(ctx, all)
      return { status: 200, body: items.map((r) => ctx.shapes.reaction(r)), headers }
    }
  },
  'actions/get-workflow-run': {
    scope: ACTIONS,
    handle: (ctx) => {
      repoOf(ctx)
      const run = ctx.state.run(num(ctx, 'run_id'))
      if (!run) throw new HttpError(404, 'Not Found')
      return { status: 200, body: ctx.shapes.run(run) }
    }
  },
  'actions/list-workflow-runs': {
    scope: ACTIONS,
    handle: (ctx) => {
      repoOf(ctx)
      const wfId = ctx.params.workflow_id as string
      const wf = [...ctx.state.workflows.values()].find(
        (w) => w.file === wfId || String(w.id) === wfId
      )
      if (!wf) throw new HttpError(404, 'Not Found')
      const q = (k: string) => ctx.query.get(k)
      const all = [...ctx.state.runs]
        .reverse()
        .filter((r) => r.workflow === wf)
        .filter((r) => !q('branch') || r.headBranch === q('branch'))
        .filter((r) => !q('event') || r.event === q('event'))
        .filter((r) => !q('status') || r.status === q('status') || r.conclusion === q('status'))
      const { items, headers } = paginate(ctx, all)
      return {
        status: 200,
        body: { total_count: all.length, workflow_runs: items.map((r) => ctx.shapes.run(r)) },
        headers
      }
    }
  },
  'actions/create-workflow-dispatch': {
    scope: ACTIONS,
    handle: (ctx) => {
      repoOf(ctx)
      const wfId = ctx.params.workflow_id as string
      const wf = [...ctx.state.workflows.values()].find(
        (w) => w.file === wfId || String(w.id) === wfId
      )
      if (!wf) throw new HttpError(404, 'Not Found')
      const b = ctx.body as {
        ref: string
        inputs?: Record<string, unknown>
        return_run_details?: boolean
      }
      const inputs = b.inputs ?? {}
      const unexpected = Object.keys(inputs).filter((k) => !(k in wf.inputs))
      if (unexpected.length > 0)
        throw new HttpError(422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`)
      const missing = Object.entries(wf.inputs)
        .filter(([k, v]) => v.required && !(k in inputs))
        .map(([k]) => k)
      if (missing.length > 0)
        throw new HttpError(422, `Required input '${missing[0]}' not provided`)
      const ref = b.ref.replace(/^refs\/heads\//, '')
      if (ref !== ctx.state.defaultBranch) throw new HttpError(422, `No ref found for: ${b.ref}`)
      const strings = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)]))
      ctx.state.dispatches.push({ workflow: wf, ref, inputs: strings, by: ctx.token.user })
      return { status: 204 }
    }
  },
  'actions/list-workflow-run-artifacts': {
    scope: ACTIONS,
    handle: (ctx) => {
      repoOf(ctx)
      const runId = num(ctx, 'run_id')
      if (!ctx.state.run(runId)) throw new HttpError(404, 'Not Found')
      const name = ctx.query.get('name')
      const all = ctx.state.artifacts
        .filter((a) => a.runId === runId && a.finalized && (!name || a.name === name))
        .reverse()
      const { items, headers } = paginate(ctx, all)
      return {
        status: 200,
        body: { total_count: all.length, artifacts: items.map((a) => ctx.shapes.artifact(a)) },
        headers
      }
    }
  },
  'actions/get-artifact': {
    scope: ACTIONS,
    handle: (ctx) => ({ status: 200, body: ctx.shapes.artifact(artifact(ctx)) })
  },
  'actions/download-artifact': {
    scope: ACTIONS,
    handle: async (ctx) => {
      const a = artifact(ctx)
      if (ctx.params.archive_format !== 'zip') throw new HttpError(404, 'Not Found')
      // Past its retention date GitHub no longer serves it, before its `expired` flag is set.
      if (a.expired || Date.parse(a.expiresAt) <= Date.parse(ctx.state.clock.now()))
        throw new HttpError(410, 'Artifact has expired')
      return { status: 302, headers: { location: await ctx.fake.signedDownloadUrl(a.id) } }
    }
  },
  'actions/delete-artifact': {
    scope: ACTIONS,
    handle: (ctx) => {
      const a = artifact(ctx)
      ctx.state.artifacts.splice(ctx.state.artifacts.indexOf(a), 1)
      return { status: 204 }
    }
  },
  'actions/get-reviews-for-run': {
    scope: ACTIONS,
    handle: (ctx) => {
      repoOf(ctx)
      const runId = num(ctx, 'run_id')
      if (!ctx.state.run(runId)) throw new HttpError(404, 'Not Found')
      return {
        status: 200,
        body: (ctx.state.approvals.get(runId) ?? []).map((a) => ctx.shapes.approval(a))
      }
    }
  },
  'actions/get-pending-deployments-for-run': {
    scope: ACTIONS,
    handle: (ctx) => {
      repoOf(ctx)
      const runId = num(ctx, 'run_id')
      const run = ctx.state.run(runId)
      if (!run) throw new HttpError(404, 'Not Found')
      const body = (ctx.state.pending.get(runId) ?? []).map((e) => ({
        environment: ctx.shapes.environment(e),
        wait_timer: 0,
        wait_timer_started_at: run.createdAt,
        current_user_can_approve: e.reviewers.includes(ctx.token.user.login),
        reviewers: e.reviewers.map((l) => ({
          type: 'User',
          reviewer: ctx.shapes.user(ctx.state.users.get(l) ?? ctx.state.addUser(l))
        }))
      }))
      return { status: 200, body }
    }
  },
  'actions/review-pending-deployments-for-run': {
    scope: { scope: 'deployments', appsDisabled: true },
    handle: (ctx) => {
      repoOf(ctx)
      const runId = num(ctx, 'run_id')
      const b = ctx.body as {
        environment_ids: number[]
        state: 'approved' | 'rejected'
        comment: string
      }
      const waiting = ctx.state.pending.get(runId) ?? []
      for (const id of b.environment_ids) {
        const env = waiting.find((e) => e.id === id)
        if (!env)
          throw new HttpError(422, `Environment ${id} is not waiting for a review on this run`)
        if (!env.reviewers.includes(ctx.token.user.login))
          throw new HttpError(422, 'You are not a required reviewer of this environment')
        ctx.state.review(runId, env.name, ctx.token.user.login, b.state, b.comment)
      }
      return { status: 200, body: [] }
    }
  }
}
