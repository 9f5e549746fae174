// What every end-to-end test of the bundled Action does around a job: a checkout holding some
// files, the job spawned as a runner spawns it, and the job's failure as the log shows it.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { issueCommentEvent } from './events.js'
import type { LoopbackGitHub } from './index.js'
import { runAction, type ActionResult } from './runner.js'
import type { Comment, WorkflowRun } from './state.js'

/** A fresh checkout holding FILES (name -> text). */
export function workspace(files: Record<string, string>): string {
  const ws = mkdtempSync(join(tmpdir(), 'ws-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(ws, name), text)
  return ws
}

/** Runs the Action at ENTRY as the job of run R in checkout WS. */
export function runJob(
  gh: LoopbackGitHub,
  entry: string,
  r: WorkflowRun,
  ws: string,
  inputs: Record<string, string>,
  extra: { env?: Record<string, string>; event?: Record<string, unknown> } = {}
): Promise<ActionResult> {
  return runAction(gh, { run: r, workspace: ws, entry, inputs, ...extra, timeoutMs: 90_000 })
}

/** The answer workflow's job (`command: answer`) for the issue_comment event of C, as GitHub delivers it. */
export function answerJob(
  gh: LoopbackGitHub,
  entry: string,
  c: Comment,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<ActionResult> {
  const r = gh.state.startRun({
    workflow: 'answer.yml',
    event: 'issue_comment',
    actor: c.user.login
  })
  return runJob(
    gh,
    entry,
    r,
    workspace({}),
    { command: 'answer', ...inputs },
    {
      env,
      event: issueCommentEvent(gh, c)
    }
  )
}

/** The job-level error annotations (not on a file): what fails the job. */
export function errorOf(res: ActionResult): string {
  return res.annotations
    .filter((a) => a.level === 'error' && a.file === undefined)
    .map((a) => a.message)
    .join('\n')
}
