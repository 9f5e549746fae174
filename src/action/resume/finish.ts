// How a pause issue's life ends: one bot comment carrying the finished marker (so any later
// dispatch for it is a no-op) with what happened, then the issue closed.
import type { GitHubApi } from '../github/api.js'
import { FINISHED_MARKER } from './check-dispatch.js'

/** GitHub refuses comment bodies above 65536 characters. */
const MAX_COMMENT = 65_000

export interface Ending {
  /** The first line: what happened. */
  headline: string
  /** The job summary of the resumed run (already redacted), when it ran. */
  summary?: string
  /** `completed` when the run went on; `not_planned` when it was denied or cancelled. */
  reason: 'completed' | 'not_planned'
  workflowRunUrl?: string
}

/** Comments the result on the pause issue with the finished marker, then closes the issue. */
export async function finishIssue(api: GitHubApi, issue: number, e: Ending): Promise<void> {
  const link = e.workflowRunUrl === undefined ? '' : ` ([workflow run](${e.workflowRunUrl}))`
  let body = `${FINISHED_MARKER}\n${e.headline}${link}`
  if (e.summary !== undefined && e.summary.trim() !== '') {
    const room = MAX_COMMENT - body.length - 100
    const summary =
      e.summary.length > room
        ? `${e.summary.slice(0, room)}\n\n… (cut; the whole summary is in the workflow run)`
        : e.summary
    body += `\n\n${summary}`
  }
  await api.comment(issue, body)
  await api.closeIssue(issue, e.reason)
}
