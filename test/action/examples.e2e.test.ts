// The example workflows that need GitHub's API (scripts/run-example-workflows.mjs skips them), run
// as written against the loopback GitHub: runbook-pause.yml starts examples/disk-pressure.yaml and
// pauses it through an issue; runbook-answer.yml judges the answers given there.
import { cpSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { actionBundle } from '../helpers/bundles.js'
import { ROOT } from '../helpers/fixtures.js'
import { BOT, startLoopbackGitHub } from '../helpers/github/index.js'
import type { LoopbackGitHub } from '../helpers/github/index.js'
import { issueCommentEvent } from '../helpers/github/events.js'
import { errorOf, runJob, workspace } from '../helpers/github/job.js'

interface Workflow {
  on: { workflow_dispatch?: { inputs?: Record<string, { default?: string }> } | null }
  jobs: Record<
    string,
    {
      steps: { uses?: string; with?: Record<string, string> }[]
      outputs?: Record<string, string>
      environment?: string
    }
  >
}

/**
 * The `with:` of the Action's step in an example workflow (in JOB, else the first job that has
 * one), `${{ inputs.X }}` and `${{ needs.J.outputs.X }}` evaluated (NEEDS: J.X -> value).
 */
function stepInputs(
  file: string,
  inputs: Record<string, string> = {},
  job?: string,
  needs: Record<string, string> = {}
): Record<string, string> {
  const wf = parse(readFileSync(join(ROOT, 'examples/workflows', file), 'utf8')) as Workflow
  const step = Object.entries(wf.jobs)
    .filter(([name]) => job === undefined || name === job)
    .flatMap(([, j]) => j.steps)
    .find((s) => s.uses?.startsWith('governed-runbook/governed-runbook@') === true)
  return Object.fromEntries(
    Object.entries(step?.with ?? {}).map(([k, v]) => [
      k,
      String(v)
        .replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, n: string) => inputs[n] ?? '')
        .replace(
          /\$\{\{\s*needs\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}/g,
          (_, j: string, n: string) => needs[`${j}.${n}`] ?? ''
        )
        .trim()
    ])
  )
}

function dispatchDefaults(file: string): Record<string, string> {
  const wf = parse(readFileSync(join(ROOT, 'examples/workflows', file), 'utf8')) as Workflow
  return Object.fromEntries(
    Object.entries(wf.on.workflow_dispatch?.inputs ?? {}).map(([k, v]) => [k, v.default ?? ''])
  )
}

let gh: LoopbackGitHub
let entry: string
beforeAll(async () => {
  ;[gh, entry] = await Promise.all([startLoopbackGitHub(), actionBundle()])
  gh.state.addUser('alice', 'write')
  gh.state.addUser('dana', 'write', 'maintain')
  const inputs = dispatchDefaults('runbook-pause.yml')
  gh.state.addWorkflow(
    'runbook-pause.yml',
    Object.fromEntries(Object.keys(inputs).map((k) => [k, { required: false }]))
  )
}, 150_000)
afterAll(() => gh?.stop())
afterEach(() => expect(gh?.rest.violations).toEqual([]))

test('runbook-pause.yml pauses disk-pressure through an issue; runbook-answer.yml records a maintainer’s answers', async () => {
  const inputs = dispatchDefaults('runbook-pause.yml')
  const r = gh.state.startRun({
    workflow: 'runbook-pause.yml',
    event: 'workflow_dispatch',
    actor: 'alice',
    inputs
  })
  const ws = workspace({})
  mkdirSync(join(ws, 'examples'))
  cpSync(join(ROOT, 'examples/disk-pressure.yaml'), join(ws, 'examples/disk-pressure.yaml'))
  const started = await runJob(gh, entry, r, ws, stepInputs('runbook-pause.yml', inputs))
  expect([started.exitCode, errorOf(started)]).toEqual([0, ''])
  expect(started.outputs.status).toBe('paused')
  expect(started.outputs['paused-step']).toBe('operator_review')
  const issue = gh.state.issue(Number(started.outputs['issue-number']))
  expect(issue?.user.login).toBe(BOT.login)
  expect(issue?.body).toContain('`/attach df_output` with the file dropped into the same comment')

  const c = gh.state.addComment(issue?.number ?? 0, 'dana', '/evidence ticket INC-1234\n/approve')
  const a = gh.state.startRun({
    workflow: 'runbook-answer.yml',
    event: 'issue_comment',
    actor: 'dana'
  })
  const answered = await runJob(gh, entry, a, workspace({}), stepInputs('runbook-answer.yml'), {
    event: issueCommentEvent(gh, c)
  })
  expect([answered.exitCode, errorOf(answered)]).toEqual([0, ''])
  const reply = gh.state
    .commentsOn(issue?.number ?? 0)
    .find((x) => x.user.login === BOT.login && x.body.includes(`runbook:ack ${c.id} `))
  expect(reply?.body).toContain(
    'recorded evidence ticket; approval as DRI.\n\nStill missing: evidence `review`, evidence `df_output`.'
  )
  expect(gh.state.dispatches).toEqual([])
}, 240_000)

test('runbook-environment.yml: the start job pauses disk-pressure and opens the issue for what one review cannot give; the gated job says what is still missing', async () => {
  const file = 'runbook-environment.yml'
  const wf = parse(readFileSync(join(ROOT, 'examples/workflows', file), 'utf8')) as Workflow
  const env = wf.jobs.resume?.environment ?? ''
  gh.state.addEnvironment(env, ['dana'])
  const r = gh.state.startRun({ workflow: file, event: 'workflow_dispatch', actor: 'alice' })
  const ws = workspace({})
  mkdirSync(join(ws, 'examples'))
  cpSync(join(ROOT, 'examples/disk-pressure.yaml'), join(ws, 'examples/disk-pressure.yaml'))
  const started = await runJob(gh, entry, r, ws, stepInputs(file, {}, 'start'))
  expect([started.exitCode, errorOf(started)]).toEqual([0, ''])
  expect(started.outputs.status).toBe('paused')
  // The job's outputs, as `outputs:` maps them for the gated job.
  const needs = Object.fromEntries(
    Object.entries(wf.jobs.start?.outputs ?? {}).map(([k, v]) => [
      `start.${k}`,
      started.outputs[/steps\.runbook\.outputs\.([\w-]+)/.exec(v)?.[1] ?? ''] ?? ''
    ])
  )
  const issue = gh.state.issue(Number(needs['start.issue']))
  expect(issue?.body).toContain(`the job behind environment \`${env}\``)

  gh.state.waitForReview(r.id, env)
  gh.state.review(r.id, env, 'dana', 'approved', 'disk looks fine')
  // A job of its own: a fresh checkout.
  const checkout = workspace({})
  cpSync(join(ws, 'examples'), join(checkout, 'examples'), { recursive: true })
  const gated = await runJob(gh, entry, r, checkout, stepInputs(file, {}, 'resume', needs))
  expect(gated.exitCode).toBe(1)
  expect(errorOf(gated)).toBe(
    `Run ${needs['start.run-id'] ?? ''} stays paused at step 'operator_review': the comments on issue #${issue?.number ?? 0} do not give it evidence 'ticket', evidence 'review', evidence 'df_output'; nothing was recorded and nothing ran`
  )
}, 240_000)
