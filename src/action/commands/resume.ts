// `command: resume`, run by the workflow_dispatch that `answer` sends (inputs run-id, issue): the
// dispatch proves nothing, so every fact is looked up again and checked before a step runs:
// the pause issue and the paused workflow run (check-dispatch), the artifact's bytes against
// GitHub's digest (download), the run directory's format, chain and head and the runbook's digest
// (check-run-dir), and every answer re-read and re-authorised (answers). Exactly one resume runs
// the steps (claim); the run goes on in this job, is uploaded again, and the issue is closed with
// the result. `/deny`, `/cancel` or the issue closed by hand end the run instead (ending): the
// ending is recorded in the run, nothing runs, and the run is uploaded and reported the same way.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunbookSource, RunOutcome, SuppliedInputs } from '../../app/index.js'
import { actorName, endPausedRun, loadOrCompile, resumeRunbook } from '../../app/index.js'
import { failAppError } from '../app-errors.js'
import { actionIo } from '../action-io.js'
import { COMPILED_SUBDIR, Outputs, REQUESTS_SUBDIR, RUNS_SUBDIR, STATE_DIR } from '../constants.js'
import { artifactName } from '../artifact.js'
import { attachmentAccess } from '../answer/attachments.js'
import { GitHubApiError, octokitApi } from '../github/api.js'
import { jobWatch, type JobWatch } from '../job-log.js'
import type { ActionPorts, CommandResult } from '../ports.js'
import { reportRun } from '../report.js'
import { readRecord } from '../request.js'
import type { Settings } from '../settings.js'
import { rereadAnswers } from '../resume/answers.js'
import { ArtifactExpiredError, ResumeRefusedError } from '../resume/check-dispatch.js'
import { checkRunDir } from '../resume/check-run-dir.js'
import { claimResume } from '../resume/claim.js'
import { downloadPaused } from '../resume/download.js'
import { environmentApproval } from '../resume/environment.js'
import { locatePaused, recordOfRun } from '../resume/locate.js'
import { finishIssue } from '../resume/finish.js'
import { closedByHand, endedHeadline, endingOf, type GitHubEnding } from '../resume/ending.js'

export async function resumeCommand(s: Settings, ports: ActionPorts): Promise<CommandResult> {
  const runId = s.runId ?? ''
  try {
    return await resume(s, ports)
  } catch (err) {
    if (err instanceof ResumeRefusedError || err instanceof GitHubApiError) {
      ports.setOutput(Outputs.RunId, runId)
      const message = `Run ${runId} was not resumed: ${err.message}`
      // The run is gone with its artifact: its pause issue (checked before the artifact) would
      // wait forever, so it is closed saying so; any later dispatch for it is a no-op.
      if (err instanceof ArtifactExpiredError && s.issue !== undefined) {
        const { repository, serverUrl, runId: self } = s.runner
        await finishIssue(octokitApi(s.githubToken, s.runner.apiUrl, repository ?? ''), s.issue, {
          headline: `${message}. This pause is closed; start the runbook again if it is still needed.`,
          reason: 'not_planned',
          ...(self === undefined
            ? {}
            : { workflowRunUrl: `${serverUrl}/${repository ?? ''}/actions/runs/${self}` })
        })
      }
      return { failed: message }
    }
    throw err
  }
}

async function resume(s: Settings, ports: ActionPorts): Promise<CommandResult> {
  const { repository, workflowPath, runId: selfId } = s.runner
  if (repository === undefined || workflowPath === undefined || selfId === undefined)
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
  const self = Number(selfId)
  const selfUrl = `${s.runner.serverUrl}/${repository}/actions/runs/${self}`
  const behindEnvironment = s.pause === 'environment' ? (s.environment ?? '') : undefined
  // Behind an environment the run goes on in the workflow run that paused it: its new artifact
  // needs a name of its own there.
  const settings =
    behindEnvironment === undefined ? s : { ...s, requestId: `${s.requestId}-resumed` }
  const api = octokitApi(s.githubToken, s.runner.apiUrl, repository)
  const located = await locatePaused(api, {
    runId,
    workflowPath,
    self,
    ...(s.issue === undefined ? {} : { issue: s.issue }),
    ...(behindEnvironment === undefined
      ? {}
      : {
          environmentArtifact: artifactName(s.requestId),
          resumedArtifact: artifactName(settings.requestId)
        })
  })
  if (located.kind === 'no-op') {
    ports.info(located.reason)
    ports.setOutput(Outputs.RunId, runId)
    return {}
  }
  const at = located.at
  const ws = s.runner.workspace
  const stateDir = join(ws, STATE_DIR)
  const { dir, dropped } = await downloadPaused(
    {
      artifact: at.artifact,
      workflowRunId: at.run.id,
      runId,
      token: s.githubToken,
      owner: api.owner,
      repo: api.repo
    },
    stateDir
  )
  ports.info(
    `downloaded artifact ${at.artifact.name} (${at.artifact.id}) of workflow run ${at.run.id}; its digest matches ${at.artifact.digest ?? ''}`
  )
  if (dropped.length > 0)
    ports.info(
      `ignored and removed ${dropped.join(', ')} from the artifact: bookkeeping of the machine that uploaded it (a process group or lock there), not run data`
    )
  const runsDir = join(STATE_DIR, RUNS_SUBDIR)
  const record = at.record ?? (await recordOfRun(at, { runId, runsDir, cwd: ws, workflowPath }))
  const recPath = await requestRecordOf(join(stateDir, REQUESTS_SUBDIR), runId)
  const request = await readRecord(recPath)
  // The artifact's request record says which environment gates the run; the issue's copy is
  // editable, and runs paused by older versions have only that.
  const gatedBy = request?.environment ?? record.environment
  let source: RunbookSource
  try {
    source = await loadOrCompile(request?.runbook ?? '', ws, join(STATE_DIR, COMPILED_SUBDIR))
  } catch (err) {
    return failAppError(err, ports, `Run ${runId} was not resumed: its runbook cannot be loaded`)
  }
  await checkRunDir(dir, record, source.loaded.digest)
  ports.info(
    `run ${runId}: format, hash chain (head ${record.trace_head}) and runbook digest check out`
  )
  const issue = at.issue
  let ending: GitHubEnding | undefined
  let supplied: SuppliedInputs | undefined
  if (at.cancelled && issue !== undefined) ending = closedByHand(issue)
  else {
    const extra =
      behindEnvironment === undefined
        ? []
        : [await environmentApproval(api, self, behindEnvironment, selfUrl)]
    const answers = await rereadAnswers(
      api,
      { issue, extra, attachments: attachmentAccess(s.runner, s.githubToken, ports.env) },
      record,
      at.run,
      source.loaded.runbook,
      s.roles
    )
    if (answers.kind === 'incomplete') {
      ports.setOutput(Outputs.RunId, runId)
      ports.setOutput(Outputs.Status, 'paused')
      const where =
        issue === undefined
          ? 'the environment review does'
          : `the comments on issue #${issue.number} do`
      // Say so where people answer: a new counted answer dispatches the resume again.
      if (issue !== undefined)
        await api.comment(
          issue.number,
          `The resume in [workflow run ${self}](${selfUrl}) found step '${record.step_id}' still incomplete: the comments do not give it ${answers.missing} (every answer is checked again, and an approver must still have write access). Nothing ran. Answer here again: a new answer that counts dispatches the resume again.`
        )
      return {
        failed: `Run ${runId} stays paused at step '${record.step_id}': ${where} not give it ${answers.missing}; nothing was recorded and nothing ran`
      }
    }
    if (answers.kind === 'ended') ending = endingOf(answers.end)
    else if (gatedBy !== undefined && behindEnvironment !== gatedBy)
      // Comments alone would complete the step, but the run waits for the environment's reviewers.
      return {
        failed: `Run ${runId} was paused behind environment '${gatedBy}': only the job behind it (pause: environment, environment: ${gatedBy}) resumes it, once one of its required reviewers approves; nothing was recorded and nothing ran`
      }
    else supplied = answers.supplied
  }
  if (issue !== undefined) {
    const claim = await claimResume(api, issue.number, {
      runId,
      traceHead: record.trace_head,
      self
    })
    if (!claim.won) {
      ports.info(
        `workflow run ${claim.by} is already resuming run ${runId} (${claim.url}); this dispatch does nothing`
      )
      ports.setOutput(Outputs.RunId, runId)
      return {}
    }
  }
  let watch: JobWatch | undefined
  const io = actionIo(
    ws,
    ports,
    ({ stepsTotal }) => (watch = jobWatch(ports, stepsTotal, ports.signal))
  )
  let outcome: RunOutcome
  try {
    // Denied or cancelled: the ending is recorded in the run and nothing runs.
    outcome =
      ending !== undefined
        ? await endPausedRun({ runId, runsDir, vars: s.vars, ...ending }, io)
        : await resumeRunbook(
            {
              runId,
              runsDir,
              actor: actorName(undefined, ports.env),
              vars: s.vars,
              delay: false,
              ...(s.scenario === undefined ? {} : { scenario: s.scenario }),
              supplied: () => supplied ?? { inputs: { evidence: [], approvals: [] } }
            },
            io
          )
  } catch (err) {
    return failAppError(err, ports, `Run ${runId} was not resumed`)
  }
  let summary = ''
  const result = await reportRun({
    s: settings,
    ports: { ...ports, summary: (md) => ((summary += md), ports.summary(md)) },
    source,
    recPath,
    existing: false,
    ...outcome,
    traceHead: watch?.traceHead() ?? ''
  })
  const state = outcome.state
  if (issue !== undefined)
    await finishIssue(api, issue.number, {
      headline:
        state.ended_by !== undefined
          ? endedHeadline(state, record.step_id)
          : `Run ${runId} resumed in workflow run ${self} and ${state.status === 'paused' ? `paused again at step '${state.pending?.step_id ?? ''}'` : state.status}.`,
      summary,
      reason: state.ended_by !== undefined ? 'not_planned' : 'completed',
      workflowRunUrl: selfUrl
    })
  if (state.status === 'cancelled')
    ports.info(`Run ${runId} was cancelled: ${outcome.runError ?? ''}`)
  return result
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
