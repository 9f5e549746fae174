// The resume trusts nothing the dispatch or the `answer` job said: it reads the pause issue's
// comments again, asks GitHub again who each commenter is (permission, role, teams), and folds
// them with the same ledger `answer` uses. What the run records comes only from this tally.
import type { SuppliedInputs } from '../../app/index.js'
import { manualRequirements } from '../../engine/manual.js'
import type { RunbookV0 } from '../../runbook/index.js'
import type { AttachmentAccess } from '../answer/attachments.js'
import type { RoleMap } from '../answer/authorise.js'
import { judgeComments } from '../answer/run-answer.js'
import { stepInputsOf, type CommentView, type Tally } from '../answer/tally.js'
import type { GitHubApi, IssueView, WorkflowRunView } from '../github/api.js'
import type { PauseRecord } from '../pause/issue-body.js'
import { ResumeRefusedError } from './check-dispatch.js'

export type Answers =
  | { kind: 'complete'; tally: Tally; supplied: SuppliedInputs }
  | { kind: 'incomplete'; tally: Tally; missing: string }
  | { kind: 'ended'; tally: Tally; end: NonNullable<Tally['end']> }

/** Re-reads and re-authorises the answers (pause issue, environment review) for the paused step. */
export async function rereadAnswers(
  api: GitHubApi,
  from: { issue?: IssueView | undefined; extra: CommentView[]; attachments?: AttachmentAccess },
  record: PauseRecord,
  run: WorkflowRunView,
  runbook: RunbookV0,
  roles: RoleMap
): Promise<Answers> {
  const step = runbook.steps[record.step_index]
  if (step === undefined || step.id !== record.step_id)
    throw new ResumeRefusedError(
      `the runbook has no step ${record.step_id} at position ${record.step_index + 1}, where the pause issue says the run waits`
    )
  // The environment review first: a reviewer who also commented counts once, as the reviewer.
  const comments = [
    ...from.extra,
    ...(from.issue === undefined ? [] : await api.listComments(from.issue.number))
  ]
  // `/attach` files are fetched again here: the resume records only what it fetched itself.
  const t = await judgeComments(api, comments, {
    roles,
    run,
    attachments: from.attachments,
    step: {
      stepId: step.id,
      kind: record.kind,
      requirements: manualRequirements(step, runbook.meta.governance)
    }
  })
  if (t.end !== undefined) return { kind: 'ended', tally: t, end: t.end }
  if (!t.complete)
    return {
      kind: 'incomplete',
      tally: t,
      missing: missingText(t, record) + refusedReview(t, from.extra)
    }
  const confirmation = t.confirmation
  return {
    kind: 'complete',
    tally: t,
    supplied:
      record.kind === 'confirmation' && confirmation !== undefined
        ? {
            inputs: { evidence: [], approvals: [] },
            approver: { approver: confirmation.by, via: confirmation.url }
          }
        : { inputs: stepInputsOf(t) }
  }
}

function missingText(t: Tally, record: PauseRecord): string {
  if (record.kind === 'confirmation') return `a confirmation (/confirm ${record.step_id})`
  return [
    ...t.missing.evidence.map((e) => `evidence '${e.name}'`),
    ...(t.missing.approvalsNeeded > 0 ? [`${t.missing.approvalsNeeded} approval(s)`] : [])
  ].join(', ')
}

/** Why the environment review did not count, when it did not (nothing else would say so). */
function refusedReview(t: Tally, extra: readonly CommentView[]): string {
  for (const v of t.verdicts)
    if (extra.includes(v.comment) && v.status === 'refused')
      return `; the environment review by @${v.comment.login ?? ''} does not count: ${v.reasons.join('; ')}`
  return ''
}
