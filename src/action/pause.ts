// Pausing a run through GitHub. The run directory is already uploaded as the artifact.
// `pause: issue`: one issue is opened (or found again, when the paused job is re-run) holding the
// pause record, and the job ends with status paused: no job waits; `answer` and `resume` take it
// from there. `pause: environment`: the job ends paused and the workflow's next job, behind
// `environment: NAME`, resumes once a required reviewer approves; when the step needs more than
// that one approval (evidence, more approvers, a confirmation) the issue is opened as well, for
// the rest, and says that the review gives one approval.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunbookSource } from '../app/index.js'
import type { RunState } from '../engine/model.js'
import type { Uploaded } from './artifact.js'
import { Outputs } from './constants.js'
import { GitHubApiError, octokitApi } from './github/api.js'
import type { PauseRecord } from './pause/issue-body.js'
import { assignees, openPauseIssue } from './pause/open-issue.js'
import { beyondReview } from './pause/review-gives.js'
import { pausedStep, pauseView } from './pause/pause-view.js'
import type { ActionPorts, CommandResult } from './ports.js'
import { secretValues, type Settings } from './settings.js'

export interface PauseContext {
  s: Settings
  ports: ActionPorts
  source: RunbookSource
  state: RunState
  /** Absolute run directory (its run.json names the trace head and the runbook digest). */
  dir: string
  /** The uploaded artifact and its page (absent outside a runner). */
  uploaded?: Uploaded & { url: string }
  /** `step 'x' (file:line)`, for messages. */
  where: string
}

export type PauseResult = CommandResult & { notes: string[] }

/** Hands a paused run to GitHub to wait for its evidence and approvals. */
export async function pauseWithGitHub(p: PauseContext): Promise<PauseResult> {
  const { s, state } = p
  const runId = s.runner.runId
  const environment = s.pause === 'environment' ? (s.environment ?? '') : undefined
  const rest = environment === undefined ? [] : beyondReview(state.pending)
  const needsIssue = environment === undefined || rest.length > 0
  const lacking = [
    ...(s.runner.artifacts ? [] : ['the artifact service (ACTIONS_RUNTIME_TOKEN)']),
    ...(s.runner.repository === undefined ? ['GITHUB_REPOSITORY'] : []),
    ...(runId === undefined ? ['GITHUB_RUN_ID'] : []),
    ...(s.githubToken === '' && needsIssue ? ["the 'github-token' input"] : [])
  ]
  if (lacking.length > 0 || p.uploaded === undefined || runId === undefined)
    return {
      failed: `Run ${state.run_id} paused at ${p.where}, but pause: ${s.pause} cannot reach GitHub: it needs ${lacking.join(', ')}. Run it in a GitHub Actions job, or use pause: fail.`,
      notes: []
    }
  const gated =
    environment === undefined
      ? ''
      : `The job behind environment \`${environment}\` resumes it once one of its required reviewers approves (the review counts as one approval)`
  if (environment !== undefined && !needsIssue) {
    p.ports.info(
      `run ${state.run_id} waits at ${p.where}: the job behind environment '${environment}' resumes it once a required reviewer approves; no job runs meanwhile`
    )
    return { notes: [`${gated}.`] }
  }
  const api = octokitApi(s.githubToken, s.runner.apiUrl, s.runner.repository ?? '')
  try {
    const manifest = await readManifest(p.dir)
    const run = await api.workflowRun(Number(runId))
    const artifact = (await api.runArtifacts(run.id, p.uploaded.name)).find(
      (a) => a.id === p.uploaded?.id
    )
    const { step, index } = pausedStep({ runbook: p.source.loaded.runbook, state })
    const record: PauseRecord = {
      v: 1,
      run_id: state.run_id,
      workflow_run_id: run.id,
      workflow: run.path,
      step_id: step.id,
      step_index: index,
      kind: state.pending?.kind ?? 'manual',
      artifact_name: p.uploaded.name,
      artifact_id: p.uploaded.id,
      trace_head: manifest.trace,
      runbook_digest: manifest.digest,
      ...(artifact?.expiresAt == null ? {} : { expires_at: artifact.expiresAt }),
      ...(environment === undefined ? {} : { environment })
    }
    const paused = {
      runbook: p.source.loaded.runbook,
      state,
      secrets: secretValues(s.vars),
      roles: s.roles
    }
    const view = pauseView(paused, record, {
      workflowRunUrl: run.url,
      artifactUrl: p.uploaded.url
    })
    const who = await assignees(api, s.roles, view.roles)
    const { issue, reused } = await openPauseIssue(api, view, who)
    p.ports.setOutput(Outputs.IssueNumber, String(issue.number))
    p.ports.setOutput(Outputs.IssueUrl, issue.url)
    p.ports.info(
      reused
        ? `issue #${issue.number} (${issue.url}), opened by an earlier attempt of this job, still waits for the answer: no second issue`
        : `opened issue #${issue.number} (${issue.url}): answer there; no job waits meanwhile`
    )
    const answer = `Answer in issue [#${issue.number}](${issue.url})`
    return {
      notes: [
        environment === undefined
          ? `${answer}.`
          : `${gated}; it needs ${rest.join(', ')} too. ${answer}.`
      ]
    }
  } catch (err) {
    if (!(err instanceof GitHubApiError)) throw err
    const why =
      environment !== undefined && err.status === 410
        ? `it needs ${rest.join(', ')} beyond what one review of environment '${environment}' gives, and issues are disabled in ${s.runner.repository ?? ''}: enable issues (the rest is answered there), or pause with 'pause: issue'`
        : err.message
    return {
      failed: `Run ${state.run_id} paused at ${p.where} and its artifact ${p.uploaded.name} is uploaded, but ${why}`,
      notes: []
    }
  }
}

/** The trace head and runbook digest run.json commits to (what a resume checks). */
async function readManifest(dir: string): Promise<{ trace: string; digest: string }> {
  const m = JSON.parse(await readFile(join(dir, 'run.json'), 'utf8')) as {
    trace?: { hash?: unknown }
    runbook_digest?: unknown
  }
  if (typeof m.trace?.hash !== 'string' || typeof m.runbook_digest !== 'string')
    throw new Error(`${join(dir, 'run.json')} names no trace head or runbook digest`)
  return { trace: m.trace.hash, digest: m.runbook_digest }
}
