// `command: answer`, run by a workflow on issue_comment (and on issues: closed): re-reads the
// paused run's issue, judges every comment from scratch (the issue is the ledger), acknowledges
// each judged comment once (a reaction and a reply carrying a hidden marker), and dispatches the
// resume once the step is complete, denied or cancelled. It changes no run state itself: the
// resume job re-reads the same comments and re-authorises every answer before recording it.
import type { GitHubApi, IssueView, WorkflowRunView } from '../github/api.js'
import { readPauseRecord, type PauseRecord } from '../pause/issue-body.js'
import { fetchAttachments, type AttachmentAccess } from './attachments.js'
import { teamsIn, type CommenterFacts, type RoleMap } from './authorise.js'
import { tally, type CommentView, type PausedStep, type Tally, type Verdict } from './tally.js'

/** The login GITHUB_TOKEN acts as: the only author whose pause issues are trusted. */
export const BOT_LOGIN = 'github-actions[bot]'
const ACK = /<!-- runbook:ack (\d+) -->/g
// `for=KEY` names the answers a dispatch was for (dispatchKey); a marker without it (an older
// version) covers every answer.
const DISPATCHED = /<!-- runbook:resume-dispatched(?: for=([\w-]+))? -->/g
const REVIEW_AWAITED = '<!-- runbook:review-awaited -->'

export interface AnswerRequest {
  issueNumber: number
  /** The step's requirements, from the run's runbook at the paused step. */
  step: (record: PauseRecord) => Promise<PausedStep>
  roles: RoleMap
  /** The workflow input names the resume dispatch fills. */
  dispatch: { workflowFile?: string }
  /** How `/attach` files are fetched (without it, every `/attach` is refused). */
  attachments?: AttachmentAccess
}

export type AnswerOutcome =
  | { kind: 'ignored'; reason: string }
  | { kind: 'waiting'; record: PauseRecord; tally: Tally }
  | { kind: 'dispatched'; record: PauseRecord; tally: Tally; workflow: string }
  | { kind: 'already-dispatched'; record: PauseRecord; tally: Tally }
  /** `pause: environment`: the tally credits the review with one approval; nothing is dispatched. */
  | { kind: 'awaiting-review'; record: PauseRecord; tally: Tally; environment: string }

/** Who judges, and for which step: what `answer` and the resume judge comments with. */
export interface JudgeContext {
  roles: RoleMap
  /** The workflow run that paused: its actors may not approve (unless the step allows it). */
  run: WorkflowRunView
  step: PausedStep
  /** How `/attach` files are fetched (without it, every `/attach` is refused). */
  attachments?: AttachmentAccess | undefined
}

/**
 * Judges the comments of a pause issue: asks GitHub who each commenter is, fetches the `/attach`
 * files of the comments that could count, and folds them into one tally. `answer` and the resume
 * both judge through here, so the answer's replies and what the resume records cannot disagree.
 */
export async function judgeComments(
  api: GitHubApi,
  comments: readonly CommentView[],
  ctx: JudgeContext
): Promise<Tally> {
  const facts = await commenterFacts(api, comments, ctx.roles, BOT_LOGIN)
  const starters = [ctx.run.actor, ctx.run.triggeringActor].filter((s): s is string => s !== null)
  const attachments =
    ctx.attachments === undefined
      ? undefined
      : await fetchAttachments(comments, facts, BOT_LOGIN, ctx.attachments)
  return tally(comments, {
    ...{ botLogin: BOT_LOGIN, roles: ctx.roles, starters, step: ctx.step, facts },
    ...(attachments === undefined ? {} : { attachments })
  })
}

/** Facts about every commenter the fold will judge (permission, role, named teams). */
async function commenterFacts(
  api: GitHubApi,
  comments: readonly CommentView[],
  roles: RoleMap,
  bot: string
): Promise<Map<string, CommenterFacts>> {
  const logins = [
    ...new Set(comments.map((c) => c.login).filter((l): l is string => l !== null && l !== bot))
  ]
  const teams = teamsIn(roles)
  const out = new Map<string, CommenterFacts>()
  for (const login of logins) {
    const { permission, roleName } = await api.permission(login)
    const member: CommenterFacts['teams'] = {}
    for (const t of teams) {
      const [org = '', slug = ''] = t.split('/')
      member[t] = await api.teamMember(org, slug, login)
    }
    out.set(login, { login, permission, roleName, teams: member })
  }
  return out
}

/** Reads a pause issue that this Action opened, or says why the event is none of its business. */
export function pauseOf(issue: IssueView): PauseRecord | string {
  if (issue.author !== BOT_LOGIN) return `issue #${issue.number} was not opened by ${BOT_LOGIN}`
  return readPauseRecord(issue.body)
}

/** Answers the comments of a pause issue; see the file comment. */
export async function runAnswer(api: GitHubApi, req: AnswerRequest): Promise<AnswerOutcome> {
  const issue = await api.getIssue(req.issueNumber)
  const record = pauseOf(issue)
  if (typeof record === 'string') return { kind: 'ignored', reason: record }
  const run = await api.workflowRun(record.workflow_run_id)
  const comments = await api.listComments(issue.number)
  const step = await req.step(record)
  const judged = await judgeComments(api, comments, {
    roles: req.roles,
    run,
    step,
    attachments: req.attachments
  })
  const result =
    record.environment === undefined ? judged : creditReview(judged, step.kind === 'manual')
  if (issue.state === 'closed' && result.end === undefined) {
    // Closing the issue by hand cancels the run; the resume job records it.
    result.end = {
      kind: 'cancel',
      reason: `issue #${issue.number} was closed`,
      source: { by: 'issue closed', at: '', url: issue.url, commentId: 0 }
    }
  }
  const mine = comments.filter((c) => c.login === BOT_LOGIN)
  const acked = new Set(mine.flatMap((c) => [...c.body.matchAll(ACK)].map((m) => Number(m[1]))))
  for (const v of result.verdicts) {
    if (v.status === 'ignored' || acked.has(v.comment.id)) continue
    await api.react(
      v.comment.id,
      v.status === 'recorded' ? '+1' : v.status === 'edited' ? 'eyes' : '-1'
    )
    await api.comment(issue.number, reply(v, result, record.environment))
  }
  // Behind an environment only its job continues the run; ending it (deny, cancel, the issue
  // closed) needs no review, so that is dispatched as for any pause issue: a paused run can always
  // be ended, even when its reviewers rejected or never looked at the deployment.
  if (record.environment !== undefined && result.end === undefined) {
    const environment = record.environment
    if (result.complete && !mine.some((c) => c.body.includes(REVIEW_AWAITED)))
      await api.comment(
        issue.number,
        `${REVIEW_AWAITED}\nEverything else the step needs is here. The run resumes when the job behind environment \`${environment}\` of [workflow run ${record.workflow_run_id}](${run.url}) runs: once one of its required reviewers approves it. Nothing is dispatched from here.`
      )
    return { kind: 'awaiting-review', record, tally: result, environment }
  }
  if (!result.complete && result.end === undefined)
    return { kind: 'waiting', record, tally: result }
  const key = dispatchKey(result)
  const sent = mine.flatMap((c) => [...c.body.matchAll(DISPATCHED)].map((m) => m[1] ?? '*'))
  if (sent.includes('*') || sent.includes(key))
    return { kind: 'already-dispatched', record, tally: result }
  const workflow =
    req.dispatch.workflowFile ?? record.workflow.replace(/^\.github\/workflows\//, '')
  await api.dispatch(workflow, await api.defaultBranch(), {
    command: 'resume',
    'run-id': record.run_id,
    issue: String(issue.number)
  })
  await api.comment(
    issue.number,
    `<!-- runbook:resume-dispatched for=${key} -->\n${sent.length > 0 ? 'A new answer came after the last resume was dispatched (that resume found the step still incomplete, or has not run yet). ' : ''}${result.end ? `The run ends (${result.end.kind === 'deny' ? 'denied' : 'cancelled'}: ${result.end.reason}).` : 'Everything the step needs is here.'} A new workflow run (${workflow}) resumes it and re-checks every answer.`
  )
  return { kind: 'dispatched', record, tally: result, workflow }
}

/**
 * Which answers a dispatch is for: the newest counted comment, and how the run ends. The same
 * answers never dispatch twice (repeated deliveries, any later event); a new counted answer does,
 * so a resume that found the step incomplete (an approver lost write access in between) is
 * dispatched again once someone answers again.
 */
function dispatchKey(t: Tally): string {
  const newest = Math.max(
    0,
    ...t.verdicts.filter((v) => v.status === 'recorded').map((v) => v.comment.id)
  )
  return `${newest}${t.end === undefined ? '' : `-${t.end.kind}`}`
}

/** Behind an environment the review gives one approval: what the comments still lack besides it. */
function creditReview(t: Tally, manual: boolean): Tally {
  const approvalsNeeded = Math.max(0, t.missing.approvalsNeeded - 1)
  return {
    ...t,
    missing: { ...t.missing, approvalsNeeded },
    complete:
      t.end === undefined && manual && t.missing.evidence.length === 0 && approvalsNeeded === 0
  }
}

/** What the tally still lacks, in words. */
export function missingText(t: Tally): string {
  const missing = [
    ...t.missing.evidence.map((e) => `evidence \`${e.name}\``),
    ...(t.missing.approvalsNeeded > 0 ? [`${t.missing.approvalsNeeded} approval(s)`] : [])
  ]
  return missing.join(', ') || 'a confirmation'
}

/** The reply to one judged comment: what was recorded or refused, and what is still missing. */
export function reply(v: Verdict, t: Tally, environment?: string): string {
  const head = `<!-- runbook:ack ${v.comment.id} -->\n@${v.comment.login ?? 'ghost'} [your comment](${v.comment.url}): `
  const review =
    environment === undefined ? '' : ` besides the review of environment \`${environment}\``
  const still = t.end
    ? ''
    : t.complete
      ? `\n\nNothing${environment === undefined ? '' : ' else'} is missing any more${review === '' ? '' : `: the review of environment \`${environment}\` releases the resume`}.`
      : `\n\nStill missing${review}: ${missingText(t)}.`
  switch (v.status) {
    case 'recorded':
      return `${head}recorded ${v.recorded.join('; ')}.${still}`
    case 'edited':
      return `${head}was edited after it was posted, so it does not count (anyone with write access can edit a comment). Post the answer again as a new comment.${still}`
    case 'refused':
      return `${head}nothing recorded:\n${v.reasons.map((r) => `- ${r}`).join('\n')}${still}`
    case 'ignored':
      return `${head}ignored: ${v.reason}.`
  }
}
