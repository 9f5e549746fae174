// How a paused run ends from GitHub without running: `/deny REASON` (failed), `/cancel REASON`
// (cancelled), or the pause issue closed by hand (cancelled). The ending is recorded in the run
// itself (the application layer's endPausedRun): who, why and the comment or issue it came from.
import type { EndRequest } from '../../app/index.js'
import type { RunState } from '../../engine/model.js'
import type { Tally } from '../answer/tally.js'
import type { IssueView } from '../github/api.js'

export type GitHubEnding = Pick<EndRequest, 'status' | 'ending'>

/** `/deny` fails the run, `/cancel` cancels it: by the commenter, with the comment's link. */
export function endingOf(end: NonNullable<Tally['end']>): GitHubEnding {
  return {
    status: end.kind === 'deny' ? 'failed' : 'cancelled',
    ending: { by: end.source.by, reason: end.reason, via: end.source.url }
  }
}

/** The pause issue closed by hand cancels the run: by whoever closed it. */
export function closedByHand(issue: IssueView): GitHubEnding {
  return {
    status: 'cancelled',
    ending: {
      by: issue.closedBy ?? 'unknown',
      reason: `issue #${issue.number} was closed by hand`,
      via: issue.url
    }
  }
}

/** The first line of the issue's closing comment, from what the run recorded (reason redacted). */
export function endedHeadline(state: RunState, stepId: string): string {
  const what = state.status === 'failed' ? 'was denied' : 'was cancelled'
  const e = state.ended_by
  return `Run ${state.run_id} ${what} by @${e?.by ?? 'unknown'}: ${e?.reason ?? ''}. Step '${stepId}' and the steps after it did not run; the ending is recorded in the run's trace.`
}
