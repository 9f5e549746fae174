// Shared by the resume end-to-end tests: a runbook that pauses at a manual step, a workflow run of
// the bundled Action that reaches it, uploads its artifact and opens the pause issue (pause:
// issue), and a resume dispatched as `answer` dispatches it.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readPauseRecord, type PauseRecord } from '../../../src/action/pause/issue-body.js'
import {
  BOT,
  type Issue,
  type LoopbackGitHub,
  type WorkflowRun
} from '../../helpers/github/index.js'
import { runAction, type ActionResult } from '../../helpers/github/runner.js'

export const WORKFLOW = 'runbook.yml'

// `after` creates a file in the job's workspace: which job ran it is visible.
export const MANUAL = `apiVersion: runbook/v0
meta:
  name: e2e-resume
  governance:
    allowed_commands: [echo, touch]
steps:
  - id: look
    type: cli
    with: {argv: [echo, looked]}
  - id: review
    type: manual
    instructions: Compare the graphs with last week.
    approvals: {min: 2, roles: [DRI]}
    required_evidence:
      - {kind: text, name: ticket}
      - {kind: checklist, name: checks, items: [graphs flat, no alerts]}
  - id: after
    type: cli
    with: {argv: [touch, after.log]}
`

export const ROLES = 'DRI: alice, bob, carol'

export function workspace(files: Record<string, string>): string {
  const ws = mkdtempSync(join(tmpdir(), 'ws-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(ws, name), text)
  return ws
}

export interface Paused {
  run: WorkflowRun
  res: ActionResult
  record: PauseRecord
  issue: Issue
}

/** A workflow run of the bundled Action reaches the manual step and pauses through an issue. */
export async function pauseRun(
  gh: LoopbackGitHub,
  entry: string,
  opts: { workflow?: string; headBranch?: string; actor?: string } = {}
): Promise<Paused> {
  const run = gh.state.startRun({
    workflow: opts.workflow ?? WORKFLOW,
    event: 'workflow_dispatch',
    actor: opts.actor ?? 'alice',
    ...(opts.headBranch === undefined ? {} : { headBranch: opts.headBranch })
  })
  const res = await runAction(gh, {
    run,
    workspace: workspace({ 'rb.yaml': MANUAL }),
    entry,
    inputs: { command: 'run', runbook: 'rb.yaml', pause: 'issue', roles: ROLES },
    timeoutMs: 90_000
  })
  if (res.outputs.status !== 'paused') throw new Error(`did not pause:\n${res.stdout}`)
  // The issue `pause: issue` opened, and the pause record in it.
  const issue = gh.state.issue(Number(res.outputs['issue-number']))
  if (issue === undefined || issue.user.login !== BOT.login)
    throw new Error(`no pause issue:\n${res.stdout}`)
  const record = readPauseRecord(issue.body)
  if (typeof record === 'string') throw new Error(record)
  return { run, res, record, issue }
}

/** The complete answer to the review step, by two DRIs other than the starter. */
export function answerFully(gh: LoopbackGitHub, issue: number): void {
  gh.state.addComment(
    issue,
    'bob',
    '/evidence ticket INC-42\n/check checks graphs flat\n/check checks no alerts\n/approve graphs are flat'
  )
  gh.state.addComment(issue, 'carol', '/approve')
}

/** The resume run a dispatch starts, and the bundled Action in it (with its workspace). */
export async function resumeRun(
  gh: LoopbackGitHub,
  entry: string,
  p: Paused,
  opts: { workflow?: string; inputs?: Record<string, string> } = {}
): Promise<ActionResult & { ws: string; run: WorkflowRun }> {
  const ws = workspace({ 'rb.yaml': MANUAL })
  const run = gh.state.startRun({
    workflow: opts.workflow ?? WORKFLOW,
    event: 'workflow_dispatch',
    actor: BOT.login,
    inputs: { command: 'resume', 'run-id': p.record.run_id, issue: String(p.issue.number) }
  })
  const res = await runAction(gh, {
    run,
    workspace: ws,
    entry,
    inputs: {
      command: 'resume',
      'run-id': p.record.run_id,
      issue: String(p.issue.number),
      roles: ROLES,
      ...opts.inputs
    },
    timeoutMs: 90_000
  })
  return { ...res, ws, run }
}
