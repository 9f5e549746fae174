// Exactly one resume runs the steps. The example workflows put resumes of one run in a
// `concurrency` group, but a workflow without it (or two dispatches of different workflows racing
// past check-dispatch) must not run a step twice. So before anything runs, a resume posts a claim
// comment on the pause issue and reads the comments back: GitHub numbers comments in the order it
// stores them, so the earliest live claim for the same trace head wins in every interleaving (a
// resume that reads before the other posts sees only its own; one that reads after sees both and
// the same winner). A claim whose workflow run ended without success (crashed, cancelled) is void,
// so a failed resume never blocks the next one.
import type { GitHubApi } from '../github/api.js'
import { BOT_LOGIN } from '../answer/run-answer.js'

const CLAIM = /<!-- runbook:resuming (\{[^\n]*?\}) -->/

interface ClaimRecord {
  run_id: string
  trace_head: string
  workflow_run_id: number
}

export type ClaimResult = { won: true } | { won: false; by: number; url: string }

/** Claims the resume of `runId` at `traceHead` for workflow run `self`; see the file comment. */
export async function claimResume(
  api: GitHubApi,
  issue: number,
  claim: { runId: string; traceHead: string; self: number }
): Promise<ClaimResult> {
  const record: ClaimRecord = {
    run_id: claim.runId,
    trace_head: claim.traceHead,
    workflow_run_id: claim.self
  }
  await api.comment(
    issue,
    `<!-- runbook:resuming ${JSON.stringify(record)} -->\nWorkflow run ${claim.self} is resuming run ${claim.runId}.`
  )
  const claims = (await api.listComments(issue))
    .filter((c) => c.login === BOT_LOGIN)
    .flatMap((c) => {
      const r = readClaim(c.body)
      return r !== undefined && r.run_id === claim.runId && r.trace_head === claim.traceHead
        ? [{ id: c.id, url: c.url, by: r.workflow_run_id }]
        : []
    })
    .sort((a, b) => a.id - b.id)
  for (const c of claims) {
    if (c.by === claim.self) return { won: true }
    const run = await api.workflowRun(c.by)
    const void_ = run.status === 'completed' && run.conclusion !== 'success'
    if (!void_) return { won: false, by: c.by, url: c.url }
  }
  // Our own claim is always in the list GitHub returns after it was created.
  return { won: true }
}

function readClaim(body: string): ClaimRecord | undefined {
  const m = CLAIM.exec(body)
  if (!m) return undefined
  try {
    const r = JSON.parse(m[1] as string) as Partial<ClaimRecord>
    return typeof r.run_id === 'string' &&
      typeof r.trace_head === 'string' &&
      typeof r.workflow_run_id === 'number'
      ? (r as ClaimRecord)
      : undefined
  } catch {
    return undefined
  }
}
