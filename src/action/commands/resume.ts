// `command: resume`, run by the workflow_dispatch that `answer` sends (inputs run-id, issue): the
// dispatch proves nothing, so every fact is looked up again and checked before a step runs:
// the pause issue and the paused workflow run (check-dispatch), the artifact's bytes against
// GitHub's digest (download), the run directory's format, chain and head and the runbook's digest
// (check-run-dir), and every answer re-read and re-authorised (answers). Exactly one resume runs
// the steps (claim); the run goes on in this job, is uploaded again, and the issue is closed with
// the result.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunbookSource } from '../../app/index.js'
import { actorName, loadOrCompile, resumeRunbook } from '../../app/index.js'
import type { RunOutcome } from '../../app/index.js'
import { failAppError } from '../app-errors.js'
import { actionIo } from '../action-io.js'
import { COMPILED_SUBDIR, Outputs, REQUESTS_SUBDIR, RUNS_SUBDIR, STATE_DIR } from '../constants.js'
import { GitHubApiError, octokitApi, type GitHubApi } from '../github/api.js'
import { jobWatch, type JobWatch } from '../job-log.js'
import type { ActionPorts, CommandResult } from '../ports.js'
import { reportRun } from '../report.js'
import { readRecord } from '../request.js'
import type { Settings } from '../settings.js'
import { rereadAnswers } from '../resume/answers.js'
import { checkDispatch, ResumeRefusedError, type DispatchCheck } from '../resume/check-dispatch.js'
import { checkRunDir } from '../resume/check-run-dir.js'
import { claimResume } from '../resume/claim.js'
import { downloadPaused } from '../resume/download.js'
import { finishIssue } from '../resume/finish.js'

export async function resumeCommand(s: Settings, ports: ActionPorts): Promise<CommandResult> {
  const runId = s.runId ?? ''
  try {
    return await resume(s, ports)
  } catch (err) {
    if (err instanceof ResumeRefusedError || err instanceof GitHubApiError) {
      ports.setOutput(Outputs.RunId, runId)
      return { failed: `Run ${runId} was not resumed: ${err.message}` }
    }
    throw err
  }
}

type Proceed = Exclude<DispatchCheck, { kind: 'no-op' }>

async function resume(s: Settings, ports: ActionPorts): Promise<CommandResult> {
  const { repository, workflowPath, runId: self } = s.runner
  if (repository === undefined || workflowPath === undefined || self === undefined)
    return {
      failed:
        'command resume runs only in a GitHub Actions job (GITHUB_REPOSITORY, GITHUB_WORKFLOW_REF and GITHUB_RUN_ID are not all set)'
    }
  if (!s.runner.artifacts)
    return {
      failed:
        'command resume needs the artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set): run it in a GitHub Actions job'
    }
  const runId = s.runId ?? ''
  const issueNumber = s.issue ?? 0
  const api = octokitApi(s.githubToken, s.runner.apiUrl, repository)
  const check = await checkDispatch(api, { runId, issueNumber, workflowPath })
  if (check.kind === 'no-op') {
    ports.info(check.reason)
    ports.setOutput(Outputs.RunId, runId)
    return {}
  }
  const ws = s.runner.workspace
  const stateDir = join(ws, STATE_DIR)
  const dir = await downloadPaused(
    {
      artifact: check.artifact,
      workflowRunId: check.run.id,
      runId,
      token: s.githubToken,
      owner: api.owner,
      repo: api.repo
    },
    stateDir
  )
  ports.info(
    `downloaded artifact ${check.artifact.name} (${check.artifact.id}) of workflow run ${check.run.id}; its digest matches ${check.artifact.digest ?? ''}`
  )
  const recPath = await requestRecordOf(join(stateDir, REQUESTS_SUBDIR), runId)
  const rec = await readRecord(recPath)
  let source: RunbookSource
  try {
    source = await loadOrCompile(rec?.runbook ?? '', ws, join(STATE_DIR, COMPILED_SUBDIR))
  } catch (err) {
    return failAppError(err, ports, `Run ${runId} was not resumed: its runbook cannot be loaded`)
  }
  await checkRunDir(dir, check.record, source.loaded.digest)
  ports.info(
    `run ${runId}: format, hash chain (head ${check.record.trace_head}) and runbook digest check out`
  )
  if (check.kind === 'cancelled')
    return end(api, check, ports, 'cancelled', `issue #${check.issue.number} was closed by hand`)
  const answers = await rereadAnswers(
    api,
    check.issue,
    check.record,
    check.run,
    source.loaded.runbook,
    s.roles
  )
  if (answers.kind === 'ended') {
    const who = `@${answers.end.source.by} (${answers.end.source.url})`
    return end(
      api,
      check,
      ports,
      answers.end.kind === 'deny' ? 'failed' : 'cancelled',
      `${answers.end.kind === 'deny' ? 'denied' : 'cancelled'} by ${who}: ${answers.end.reason}`
    )
  }
  if (answers.kind === 'incomplete') {
    ports.setOutput(Outputs.RunId, runId)
    ports.setOutput(Outputs.Status, 'paused')
    return {
      failed: `Run ${runId} stays paused at step '${check.record.step_id}': the comments on issue #${check.issue.number} do not give it ${answers.missing}; nothing was recorded and nothing ran`
    }
  }
  const claim = await claimResume(api, check.issue.number, {
    runId,
    traceHead: check.record.trace_head,
    self: Number(self)
  })
  if (!claim.won) {
    ports.info(
      `workflow run ${claim.by} is already resuming run ${runId} (${claim.url}); this dispatch does nothing`
    )
    ports.setOutput(Outputs.RunId, runId)
    return {}
  }
  let watch: JobWatch | undefined
  let outcome: RunOutcome
  try {
    outcome = await resumeRunbook(
      {
        runId,
        runsDir: join(STATE_DIR, RUNS_SUBDIR),
        actor: actorName(undefined, ports.env),
        vars: s.vars,
        delay: false,
        ...(s.scenario === undefined ? {} : { scenario: s.scenario }),
        supplied: () => answers.supplied
      },
      actionIo(ws, ports, ({ stepsTotal }) => (watch = jobWatch(ports, stepsTotal, ports.signal)))
    )
  } catch (err) {
    return failAppError(err, ports, `Run ${runId} was not resumed`)
  }
  let summary = ''
  const result = await reportRun({
    s,
    ports: { ...ports, summary: (md) => ((summary += md), ports.summary(md)) },
    source,
    recPath,
    existing: false,
    ...outcome,
    traceHead: watch?.traceHead() ?? ''
  })
  const status = outcome.state.status
  await finishIssue(api, check.issue.number, {
    headline: `Run ${runId} resumed in workflow run ${self} and ${status === 'paused' ? `paused again at step '${outcome.state.pending?.step_id ?? ''}'` : status}.`,
    summary,
    reason: 'completed',
    workflowRunUrl: `${s.runner.serverUrl}/${repository}/actions/runs/${self}`
  })
  return result
}

/** Ends a paused run without running it (denied, cancelled, issue closed): comment, close. */
async function end(
  api: GitHubApi,
  check: Proceed,
  ports: ActionPorts,
  status: 'failed' | 'cancelled',
  why: string
): Promise<CommandResult> {
  const runId = check.record.run_id
  await finishIssue(api, check.issue.number, {
    headline: `Run ${runId} ends ${status}: ${why}. Step '${check.record.step_id}' and the steps after it did not run.`,
    reason: 'not_planned'
  })
  ports.setOutput(Outputs.RunId, runId)
  ports.setOutput(Outputs.Status, status)
  const message = `Run ${runId} ${status === 'failed' ? 'failed' : 'was cancelled'}: ${why}`
  if (status === 'failed') return { failed: message }
  ports.info(message)
  return {}
}

/** The request record the paused run's artifact holds for `runId`. */
async function requestRecordOf(dir: string, runId: string): Promise<string> {
  let names: string[] = []
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()
  } catch {
    // no requests directory: refused below
  }
  for (const n of names) {
    const path = join(dir, n)
    if ((await readRecord(path).catch(() => undefined))?.run_id === runId) return path
  }
  throw new ResumeRefusedError(
    `the artifact holds no request record for run ${runId}, so the runbook it ran is unknown`
  )
}
