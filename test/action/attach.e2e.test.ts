// `/attach NAME` through the bundled Action on loopback GitHub: the answer job and the resume job
// fetch the file from GitHub's web server (the fake's attachment routes, reached through the
// test-only loopback base) with the token, follow GitHub's redirect to the object store without
// it, and the resume records the file with its sha256 and size in the trace. A link to any other
// host, a file over the size limit and a file GitHub will not give a token (a private
// repository's attachment) are refused with a reply that says why.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { actionBundle } from '../helpers/bundles.js'
import { BOT, startLoopbackGitHub, type LoopbackGitHub } from '../helpers/github/index.js'
import { answerJob, errorOf, runJob, workspace } from '../helpers/github/job.js'
import { ATTACHMENT_MAX_BYTES } from '../../src/action/answer/fetch-attachment.js'
import { TEST_ATTACHMENT_BASE } from '../../src/action/answer/attachments.js'

const RUNBOOK = `apiVersion: runbook/v0
meta:
  name: e2e-attach
  governance:
    allowed_commands: [touch]
steps:
  - id: review
    type: manual
    instructions: Attach the df output.
    approvals: {min: 1, roles: [DRI]}
    required_evidence:
      - {kind: attachment, name: df_output}
  - id: after
    type: cli
    with: {argv: [touch, after.log]}
`
const ROLES = 'DRI: bob, carol'
const DF = Buffer.from(
  'Filesystem 1K-blocks Used Available Use% Mounted on\n/dev/sda1 100 97 3 97% /\n'
)

let gh: LoopbackGitHub
let entry: string
let env: Record<string, string>
beforeAll(async () => {
  ;[gh, entry] = await Promise.all([startLoopbackGitHub(), actionBundle()])
  for (const u of ['alice', 'bob', 'carol']) gh.state.addUser(u, 'write')
  gh.state.addWorkflow('runbook.yml', {
    command: { required: false },
    'run-id': { required: false },
    issue: { required: false }
  })
  env = { [TEST_ATTACHMENT_BASE]: gh.rest.url }
}, 150_000)
afterAll(() => gh?.stop())
afterEach(() => expect(gh?.rest.violations).toEqual([]))

test('a GitHub attachment is fetched and recorded with its sha256; a foreign link, an oversized file and a private one are refused with the reason', async () => {
  const files = gh.rest.files
  const df = files.add('/user-attachments/files/101/df.txt', { kind: 'public', bytes: DF })
  const big = files.add('/user-attachments/files/102/big.log', {
    kind: 'sized',
    size: ATTACHMENT_MAX_BYTES + 1
  })
  const hidden = files.add(`/${gh.state.owner}/${gh.state.repo}/files/103/secret.txt`, {
    kind: 'private',
    answer: 404
  })
  const login = files.add('/user-attachments/assets/0b6f6a4e-9a0b-4c8e-8d63-1a2b3c4d5e6f', {
    kind: 'private',
    answer: 'login'
  })

  const run = gh.state.startRun({
    workflow: 'runbook.yml',
    event: 'workflow_dispatch',
    actor: 'alice'
  })
  const started = await runJob(gh, entry, run, workspace({ 'rb.yaml': RUNBOOK }), {
    command: 'run',
    runbook: 'rb.yaml',
    roles: ROLES
  })
  expect([started.exitCode, started.outputs.status]).toEqual([0, 'paused'])
  const n = Number(started.outputs['issue-number'])
  const runId = started.outputs['run-id'] ?? ''

  const foreign = gh.state.addComment(n, 'bob', '/attach df_output https://example.com/df.txt')
  const oversized = gh.state.addComment(n, 'bob', `/attach df_output\n[big.log](${big})`)
  const priv = gh.state.addComment(n, 'bob', `/attach df_output ${hidden}`)
  const signIn = gh.state.addComment(n, 'bob', `/attach df_output ![df](${login})`)
  const good = gh.state.addComment(
    n,
    'carol',
    `Here it is:\n/attach df_output\n[df.txt](${df})\n/approve`
  )
  const answered = await answerJob(gh, entry, good, { roles: ROLES }, env)
  expect([answered.exitCode, errorOf(answered)]).toEqual([0, ''])
  const replyTo = (id: number) =>
    gh.state
      .commentsOn(n)
      .find((x) => x.user.login === BOT.login && x.body.includes(`runbook:ack ${id} `))?.body ?? ''
  expect(replyTo(foreign.id)).toContain(
    `nothing recorded:\n- line 1: https://example.com/df.txt is not a file attached to a comment of ${gh.state.owner}/${gh.state.repo}`
  )
  expect(replyTo(oversized.id)).toContain(
    `${big} is larger than 25.0 MiB, the most an attachment may be`
  )
  expect(replyTo(priv.id)).toContain(
    `GitHub did not give ${hidden} to the workflow's token (HTTP 404). Files attached to comments of a private repository open only in a signed-in browser`
  )
  expect(replyTo(signIn.id)).toContain('(it redirects to the sign-in page)')
  const sha = createHash('sha256').update(DF).digest('hex')
  expect(replyTo(good.id)).toContain(
    `recorded attachment df_output (${DF.length} bytes, sha256 ${sha}); approval as DRI.`
  )
  expect(gh.state.dispatches).toHaveLength(1)
  // Only the fake's object store is another origin: the token reached GitHub's server, never it.
  expect(files.requests.filter((r) => r.server === 'objects').length).toBeGreaterThan(0)
  expect(files.requests.filter((r) => r.server === 'objects' && r.authorization)).toEqual([])
  expect(files.requests.filter((r) => r.server === 'web' && !r.authorization)).toEqual([])
  // Nothing was fetched for the foreign link.
  expect(files.requests.some((r) => r.path.includes('df.txt') && r.path.includes('example'))).toBe(
    false
  )

  const resumeRun = gh.startDispatchedRun()
  if (resumeRun === undefined) throw new Error('no dispatch')
  const ws = workspace({ 'rb.yaml': RUNBOOK })
  const resumed = await runJob(
    gh,
    entry,
    resumeRun,
    ws,
    { command: 'resume', 'run-id': runId, issue: String(n), roles: ROLES },
    { env }
  )
  expect([resumed.exitCode, errorOf(resumed)]).toEqual([0, ''])
  expect(resumed.outputs.status).toBe('passed')
  expect(existsSync(join(ws, 'after.log'))).toBe(true)
  const runDir = join(ws, '.runbook', 'runs', runId)
  const evidence = readFileSync(join(runDir, 'trace.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; evidence?: Record<string, unknown> })
    .filter((r) => r.type === 'evidence_recorded')
    .map((r) => r.evidence)
  expect(evidence).toEqual([
    expect.objectContaining({
      kind: 'attachment',
      name: 'df_output',
      sha256: sha,
      bytes: DF.length,
      original_name: 'df.txt',
      actor: 'carol',
      via: expect.stringContaining(`-${good.id}`) as string
    })
  ])
  const file = evidence[0]?.file
  if (typeof file !== 'string') throw new Error('the evidence names no file')
  expect(readFileSync(join(runDir, file))).toEqual(DF)
}, 300_000)
