// What one environment review cannot give a paused step. GitHub releases a job behind an
// environment when ONE required reviewer approves, and the resume records that review as one
// approval; anything more (a second approver, evidence, a two-step confirmation) has to be
// answered in the pause issue.
import type { PendingInput } from '../../engine/model.js'

/** What the step still needs beyond the review's one approval, in words (empty: the review is enough). */
export function beyondReview(pending: PendingInput | undefined): string[] {
  if (pending === undefined) return []
  if (pending.kind === 'confirmation')
    return [`a confirmation (\`/confirm ${pending.step_id}\`), which a review is not`]
  return [
    ...pending.evidence.map((name) => `evidence \`${name}\``),
    ...(pending.approvals_needed > 1
      ? [`${pending.approvals_needed - 1} more approval(s) (the review gives one)`]
      : [])
  ]
}
