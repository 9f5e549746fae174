// Pausing a run through GitHub. `pause: issue`: the run directory is already uploaded as the
// artifact; one issue is opened (or found again, when the paused job is re-run) holding the pause
// record, and the job ends with status paused: no job waits. `answer` and `resume` take it from
// there.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunbookSource } from '../app/index.js'
import type { RunState } from '../engine/model.js'
import type { Uploaded } from './artifact.js'
import { Outputs } from './constants.js'
import { GitHubApiError, octokitApi } from './github/api.js'
import type { PauseRecord } from './pause/issue-body.js'
import { assignees, openPauseIssue } from './pause/open-issue.js'
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
  const lacking = [
    ...(s.runner.artifacts ? [] : ['the artifact service (ACTIONS_RUNTIME_TOKEN)']),
    ...(s.runner.repository === undefined ? ['GITHUB_REPOSITORY'] : []),
    ...(runId === undefined ? ['GITHUB_RUN_ID'] : []),
    ...(s.githubToken === '' ? ["the 'github-token' input"] : [])
  ]
  if (s.pause !== 'issue')
    return {
      failed: `Run ${state.run_id} paused at ${p.where}, and pause: ${s.pause} is not implemented in this version; use pause: issue or fail.`,
      notes: []
    }
  if (lacking.length > 0 || p.uploaded === undefined || runId === undefined)
    return {
      failed: `Run ${state.run_id} paused at ${p.where}, but pause: issue cannot reach GitHub: it needs ${lacking.join(', ')}. Run it in a GitHub Actions job, or use pause: fail.`,
      notes: []
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
      ...(artifact?.expiresAt == null ? {} : { expires_at: artifact.expiresAt })
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
    return { notes: [`Answer in issue [#${issue.number}](${issue.url}).`] }
  } catch (err) {
    if (!(err instanceof GitHubApiError)) throw err
    return {
      failed: `Run ${state.run_id} paused at ${p.where} and its artifact ${p.uploaded.name} is uploaded, but ${err.message}`,
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
