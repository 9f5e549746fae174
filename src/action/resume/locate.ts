// Where the paused run is and what vouches for it. Through a dispatch (pause: issue) only the pause
// issue and GitHub's records of the paused workflow run do (check-dispatch). Behind an environment
// (pause: environment) the paused run is an artifact of this very workflow run, uploaded by an
// earlier job, and the review that released this job is one approval; a pause issue, when the
// step needs more, is checked the same way as for a dispatch and must name this workflow run.
import { inspectRun } from '../../app/index.js'
import type { ArtifactView, GitHubApi, IssueView, WorkflowRunView } from '../github/api.js'
import { PAUSE_MARKER_VERSION, type PauseRecord } from '../pause/issue-body.js'
import { checkDispatch, newestArtifact, ResumeRefusedError } from './check-dispatch.js'

export interface Located {
  /** From the pause issue; absent behind an environment without one (read from the run then). */
  record?: PauseRecord
  issue?: IssueView
  /** The workflow run that paused (its actors may not approve). */
  run: WorkflowRunView
  artifact: ArtifactView
  /** The pause issue was closed by hand: the run ends cancelled. */
  cancelled: boolean
}

export type Location = { kind: 'found'; at: Located } | { kind: 'no-op'; reason: string }

export interface LocateRequest {
  runId: string
  issue?: number
  workflowPath: string
  /** This workflow run. */
  self: number
  /** Behind an environment: the artifact name of this workflow run's request. */
  environmentArtifact?: string
  /** Behind an environment: the name the resumed run is uploaded under in this workflow run. */
  resumedArtifact?: string
}

/** Finds the paused run for a resume; see the file comment. */
export async function locatePaused(api: GitHubApi, req: LocateRequest): Promise<Location> {
  // A re-run of the environment job after a resume that finished: the run already went on here.
  if (
    req.resumedArtifact !== undefined &&
    (await api.runArtifacts(req.self, req.resumedArtifact)).length > 0
  )
    return {
      kind: 'no-op',
      reason: `run ${req.runId} was already resumed in this workflow run (artifact ${req.resumedArtifact}); this job does nothing`
    }
  if (req.issue !== undefined) {
    const check = await checkDispatch(api, {
      runId: req.runId,
      issueNumber: req.issue,
      workflowPath: req.workflowPath
    })
    if (check.kind === 'no-op') return check
    if (req.environmentArtifact !== undefined && check.run.id !== req.self)
      throw new ResumeRefusedError(
        `issue #${check.issue.number} paused workflow run ${check.run.id}; behind an environment a resume continues only a run paused by its own workflow run (${req.self})`
      )
    const { record, issue, run, artifact } = check
    return {
      kind: 'found',
      at: { record, issue, run, artifact, cancelled: check.kind === 'cancelled' }
    }
  }
  if (req.environmentArtifact === undefined)
    throw new ResumeRefusedError('a resume needs the pause issue (input issue)')
  const run = await api.workflowRun(req.self)
  const artifacts = await api.runArtifacts(req.self, req.environmentArtifact)
  const newest = newestArtifact(artifacts)
  if (newest === undefined)
    throw new ResumeRefusedError(
      `this workflow run has no artifact ${req.environmentArtifact}: the job that paused must run first (needs:) with the same request-id`
    )
  return { kind: 'found', at: { run, artifact: newest, cancelled: false } }
}

/** Behind an environment without an issue: the pause as the downloaded run itself records it. */
export async function recordOfRun(
  at: Located,
  opts: { runId: string; runsDir: string; cwd: string; workflowPath: string }
): Promise<PauseRecord> {
  const run = await inspectRun(opts.runsDir, opts.runId, opts.cwd)
  const pending = run.state.pending
  if (pending === undefined)
    throw new ResumeRefusedError(
      `run ${opts.runId} is ${run.state.status} and waits for no answer at a step`
    )
  return {
    v: PAUSE_MARKER_VERSION,
    run_id: opts.runId,
    workflow_run_id: at.run.id,
    workflow: opts.workflowPath,
    step_id: pending.step_id,
    step_index: pending.step_index,
    kind: pending.kind,
    artifact_name: at.artifact.name,
    artifact_id: at.artifact.id,
    trace_head: run.traceHead,
    runbook_digest: run.state.runbook_digest
  }
}
