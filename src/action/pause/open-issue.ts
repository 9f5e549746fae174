// Opens the issue of a pause, once: a re-run of the paused job finds the issue it opened before
// (same run, step and trace head) instead of opening a second one.
import { BOT_LOGIN } from '../answer/run-answer.js'
import type { RoleMap } from '../answer/authorise.js'
import { GitHubApiError, type GitHubApi, type IssueView } from '../github/api.js'
import { readPauseRecord, renderPauseIssue, type PauseView } from './issue-body.js'

/** The label every pause issue carries (GitHub creates it on first use). */
export const PAUSE_LABEL = 'runbook'

/** The logins the role map names for ROLES (all roles when none) that may be assigned. */
export async function assignees(
  api: GitHubApi,
  roles: RoleMap,
  stepRoles: readonly string[] | undefined
): Promise<string[]> {
  const wanted = stepRoles !== undefined && stepRoles.length > 0 ? stepRoles : Object.keys(roles)
  const logins = [
    ...new Set(
      wanted.flatMap((r) => (roles[r] ?? []).flatMap((g) => (g.kind === 'login' ? [g.login] : [])))
    )
  ]
  const out: string[] = []
  for (const login of logins) {
    const { permission } = await api.permission(login)
    if (permission === 'admin' || permission === 'write') out.push(login)
  }
  return out.slice(0, 10) // GitHub assigns at most 10 people to an issue
}

/** Opens the pause issue, or returns the open one an earlier attempt of this job opened. */
export async function openPauseIssue(
  api: GitHubApi,
  view: PauseView,
  assign: string[]
): Promise<{ issue: IssueView; reused: boolean }> {
  const r = view.record
  for (const issue of await api.openIssues(PAUSE_LABEL, BOT_LOGIN)) {
    const found = readPauseRecord(issue.body)
    if (
      typeof found !== 'string' &&
      found.run_id === r.run_id &&
      found.step_id === r.step_id &&
      found.trace_head === r.trace_head
    )
      return { issue, reused: true }
  }
  const { title, body } = renderPauseIssue(view)
  try {
    return {
      issue: await api.createIssue({ title, body, labels: [PAUSE_LABEL], assignees: assign }),
      reused: false
    }
  } catch (err) {
    // An assignee GitHub will not accept (422) must not lose the pause: open it unassigned.
    if (!(err instanceof GitHubApiError) || err.status !== 422 || assign.length === 0) throw err
    return {
      issue: await api.createIssue({ title, body, labels: [PAUSE_LABEL], assignees: [] }),
      reused: false
    }
  }
}
