// `command: answer`, run by a workflow on issue_comment (and issues: closed): judges the comments
// of the pause issue the event names, acknowledges each once, and dispatches the resume when the
// paused step has everything it needs, or was denied or cancelled. Refusals are replies on the
// issue, not job failures: the job fails only when the issue cannot be read or judged.
import { readFile } from 'node:fs/promises'
import { AppError } from '../../app/index.js'
import { answerSummary } from '../answer/answer-summary.js'
import { attachmentAccess } from '../answer/attachments.js'
import { pausedStepOf, PausedRunUnreadableError } from '../answer/paused-step.js'
import { BOT_LOGIN, runAnswer, type AnswerOutcome } from '../answer/run-answer.js'
import { Outputs } from '../constants.js'
import { GitHubApiError, octokitApi } from '../github/api.js'
import type { ActionPorts, CommandResult } from '../ports.js'
import type { Settings } from '../settings.js'

interface EventFacts {
  issue?: number
  pullRequest: boolean
  commenter?: string
}

/** The issue and commenter of an issue_comment or issues event (nothing for other events). */
async function eventFacts(s: Settings): Promise<EventFacts> {
  const { eventName, eventPath } = s.runner
  if (eventPath === undefined || (eventName !== 'issue_comment' && eventName !== 'issues'))
    return { pullRequest: false }
  const e = JSON.parse(await readFile(eventPath, 'utf8')) as {
    issue?: { number?: unknown; pull_request?: unknown }
    comment?: { user?: { login?: unknown } }
  }
  const login = e.comment?.user?.login
  return {
    ...(typeof e.issue?.number === 'number' ? { issue: e.issue.number } : {}),
    pullRequest: e.issue?.pull_request != null,
    ...(typeof login === 'string' ? { commenter: login } : {})
  }
}

export async function answerCommand(s: Settings, ports: ActionPorts): Promise<CommandResult> {
  const event = await eventFacts(s)
  const issueNumber = s.issue ?? event.issue
  if (issueNumber === undefined)
    return {
      failed: `command 'answer' needs the 'issue' input, or an issue_comment or issues event (this job runs on ${s.runner.eventName ?? 'an unknown event'}).`
    }
  if (s.issue === undefined && event.pullRequest) {
    ports.info(`#${issueNumber} is a pull request: no paused run waits there; nothing to do`)
    return {}
  }
  if (s.issue === undefined && event.commenter === BOT_LOGIN) {
    ports.info(`the comment is by ${BOT_LOGIN} itself: nothing to do`)
    return {}
  }
  if (s.runner.repository === undefined || s.githubToken === '')
    return {
      failed: `command 'answer' needs GITHUB_REPOSITORY and the 'github-token' input to read issue #${issueNumber}.`
    }
  const api = octokitApi(s.githubToken, s.runner.apiUrl, s.runner.repository)
  const tempDir = ports.env.RUNNER_TEMP
  let outcome: AnswerOutcome
  try {
    outcome = await runAnswer(api, {
      issueNumber,
      roles: s.roles,
      dispatch: {},
      attachments: attachmentAccess(s.runner, s.githubToken, ports.env),
      step: (record) =>
        pausedStepOf(api, record, {
          token: s.githubToken,
          ...(tempDir === undefined || tempDir === '' ? {} : { tempDir })
        })
    })
  } catch (err) {
    if (
      err instanceof GitHubApiError ||
      err instanceof PausedRunUnreadableError ||
      err instanceof AppError
    )
      return { failed: `The answers on issue #${issueNumber} cannot be judged: ${err.message}` }
    throw err
  }
  ports.setOutput(Outputs.IssueNumber, String(issueNumber))
  if (outcome.kind === 'ignored') {
    ports.info(`issue #${issueNumber}: nothing to do, ${outcome.reason}`)
    return {}
  }
  ports.setOutput(Outputs.RunId, outcome.record.run_id)
  ports.setOutput(Outputs.PausedStep, outcome.record.step_id)
  ports.setOutput(Outputs.Status, 'paused')
  const md = answerSummary(issueNumber, outcome)
  for (const line of md.split('\n').filter((l) => l.startsWith('- ') || l.startsWith('**')))
    ports.info(line)
  await ports.summary(md)
  return {}
}
