// Shared by the resume end-to-end tests: a runbook that pauses at a manual step, a workflow run of
// the bundled Action that reaches it, uploads its artifact and opens the pause issue (pause:
// issue), and a resume dispatched as `answer` dispatches it.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readPauseRecord, type PauseRecord } from '../../../src/action/pause/issue-body.js'
import { ROOT } from '../../helpers/fixtures.js'
import {
  BOT,
  GITHUB_TOKEN,
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

export type Resumed = ActionResult & { ws: string; run: WorkflowRun }

/** The resume run a dispatch starts, and the bundled Action in it (with its workspace). */
export async function resumeRun(
  gh: LoopbackGitHub,
  entry: string,
  p: Paused,
  opts: { workflow?: string; inputs?: Record<string, string> } = {}
): Promise<Resumed> {
  const run = gh.state.startRun({
    workflow: opts.workflow ?? WORKFLOW,
    event: 'workflow_dispatch',
    actor: BOT.login,
    inputs: { command: 'resume', 'run-id': p.record.run_id, issue: String(p.issue.number) }
  })
  return resumeJob(gh, entry, run, opts.inputs)
}

/** The bundled Action as the job of RUN, with the workflow's inputs (the dispatch's) and ROLES. */
async function resumeJob(
  gh: LoopbackGitHub,
  entry: string,
  run: WorkflowRun,
  extra: Record<string, string> = {}
): Promise<Resumed> {
  const ws = workspace({ 'rb.yaml': MANUAL })
  const res = await runAction(gh, {
    run,
    workspace: ws,
    entry,
    inputs: { ...run.inputs, roles: ROLES, ...extra },
    timeoutMs: 90_000
  })
  return { ...res, ws, run }
}

/**
 * The answer workflow's job for one event (a comment, or the issue closed by hand), as GitHub
 * delivers it: `command: answer` judges the issue and may record a dispatch.
 */
export function answerJob(
  gh: LoopbackGitHub,
  entry: string,
  event: Record<string, unknown>,
  by: string
): Promise<ActionResult> {
  const run = gh.state.startRun({ workflow: 'answer.yml', event: 'issue_comment', actor: by })
  return runAction(gh, {
    run,
    workspace: workspace({}),
    entry,
    inputs: { command: 'answer', roles: ROLES },
    event,
    timeoutMs: 90_000
  })
}

/** What GitHub does with the one workflow_dispatch `answer` recorded: a new run of the resume. */
export async function resumeDispatched(gh: LoopbackGitHub, entry: string): Promise<Resumed> {
  const run = gh.startDispatchedRun()
  if (run === undefined) throw new Error('answer recorded no workflow_dispatch')
  if (gh.state.dispatches.length > 0) throw new Error('answer recorded more than one dispatch')
  return resumeJob(gh, entry, run)
}

/** The workflow file with the inputs `answer` dispatches (GitHub refuses undeclared ones). */
export function declareWorkflow(gh: LoopbackGitHub): void {
  gh.state.addWorkflow(WORKFLOW, {
    command: { required: false },
    'run-id': { required: false },
    issue: { required: false }
  })
}

/** The run directory the resume RES uploaded, downloaded by another workflow run (as a person would). */
export async function downloadFinal(
  gh: LoopbackGitHub,
  res: Resumed,
  runId: string
): Promise<string> {
  const later = workspace({})
  const down = await runAction(gh, {
    run: gh.state.startRun({ workflow: WORKFLOW, event: 'workflow_dispatch', actor: 'alice' }),
    workspace: later,
    entry: join(ROOT, 'test/fixtures/action/download-run.mjs'),
    inputs: { name: `runbook-${res.run.id}`, 'from-run': String(res.run.id), token: GITHUB_TOKEN }
  })
  if (down.exitCode !== 0 || down.outputs['digest-mismatch'] !== 'false')
    throw new Error(`the final artifact did not download:\n${down.stdout}`)
  return join(later, 'downloaded', 'runs', runId)
}
