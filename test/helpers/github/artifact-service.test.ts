// The real @actions/artifact client, spawned as a runner spawns an action, uploads, lists and
// downloads through the loopback artifact service (Azurite behind it), in the same run and across
// runs through the REST fake's findBy path.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { testBundle } from '../bundles.js'
import { GITHUB_TOKEN, startLoopbackGitHub, type LoopbackGitHub } from './index.js'
import { runAction, stderrBesidesDep0005 } from './runner.js'

// Bundled once, as an action ships: loading @actions/artifact's module tree per spawn costs a second.
let entry: string
let gh: LoopbackGitHub
beforeAll(async () => {
  entry = await testBundle('test/fixtures/github/artifact-client.mjs')
  gh = await startLoopbackGitHub()
  gh.state.addUser('alice', 'write')
}, 150_000)
afterAll(() => gh?.stop())
afterEach(() => expect(gh?.rest.violations).toEqual([]))

const ws = () => mkdtempSync(join(tmpdir(), 'ws-'))
const newRun = () =>
  gh.state.startRun({ workflow: 'runbook.yml', event: 'workflow_dispatch', actor: 'alice' })
const crossInputs = (from: number, token = GITHUB_TOKEN) => ({
  mode: 'download-cross',
  token,
  'from-run': String(from)
})

test('upload, list and download in one run, then findBy from another run; a swapped blob is caught', async () => {
  const first = newRun()
  const up = await runAction(gh, {
    run: first,
    workspace: ws(),
    entry,
    inputs: { mode: 'upload', content: '{"seq":1}' }
  })
  expect(up.stderr).toBe('')
  expect(up.exitCode).toBe(0)
  expect(up.outputs.listed).toBe('runbook-run')
  expect(up.outputs.digest).toMatch(/^[0-9a-f]{64}$/)
  expect(up.summary).toContain('uploaded')
  // The signed URL's signature is masked, as the client does on a real runner.
  expect(up.masks.length).toBeGreaterThan(0)
  const stored = gh.state.artifacts.find((a) => a.runId === first.id)!
  expect(stored).toMatchObject({
    name: 'runbook-run',
    finalized: true,
    digest: `sha256:${up.outputs.digest}`
  })
  expect(gh.artifacts.calls.map((c) => `${c.method}:${c.status}`)).toEqual([
    'CreateArtifact:200',
    'FinalizeArtifact:200',
    'ListArtifacts:200'
  ])

  const same = await runAction(gh, {
    run: first,
    workspace: ws(),
    entry,
    inputs: { mode: 'download-same' }
  })
  expect(same.exitCode).toBe(0)
  expect([same.outputs.files, same.outputs.trace, same.outputs['digest-mismatch']]).toEqual([
    'run.json,trace.jsonl',
    '{"seq":1}',
    'false'
  ])

  // A re-run (attempt 2, another job id in its runtime token) reads attempt 1's artifact, as on
  // GitHub (the client sends the artifact's job id, not the token's).
  const again = await runAction(gh, {
    run: gh.state.rerun(first),
    workspace: ws(),
    entry,
    inputs: { mode: 'download-same' }
  })
  expect(again.exitCode).toBe(0)
  expect(again.outputs.trace).toBe('{"seq":1}')
  expect(gh.artifacts.calls.at(-1)).toMatchObject({ method: 'GetSignedArtifactURL', status: 200 })

  const cross = await runAction(gh, {
    run: newRun(),
    workspace: ws(),
    entry,
    inputs: crossInputs(first.id)
  })
  expect(stderrBesidesDep0005(cross.stderr)).toBe('')
  expect([cross.outputs.files, cross.outputs.trace, cross.outputs['digest-mismatch']]).toEqual([
    'run.json,trace.jsonl',
    '{"seq":1}',
    'false'
  ])
  expect(gh.rest.requests.map((r) => `${r.operation}:${r.status}`)).toEqual([
    'actions/list-workflow-run-artifacts:200',
    'actions/download-artifact:302'
  ])

  // Someone swaps the stored zip for another valid one: the digest GitHub recorded no longer
  // matches the bytes, and the client reports it.
  const other = newRun()
  await runAction(gh, {
    run: other,
    workspace: ws(),
    entry,
    inputs: { mode: 'upload', content: '{"seq":2}' }
  })
  const swapped = gh.state.artifacts.find((a) => a.runId === other.id)!
  await gh.artifacts.tamper(stored, await gh.artifacts.bytes(swapped))
  const tampered = await runAction(gh, {
    run: newRun(),
    workspace: ws(),
    entry,
    inputs: crossInputs(first.id)
  })
  expect([tampered.outputs.trace, tampered.outputs['digest-mismatch']]).toEqual([
    '{"seq":2}',
    'true'
  ])
}, 180_000)

test("a token without actions:read cannot list another run's artifacts; a runtime token for another run is refused", async () => {
  gh.state.addToken('ghs_noactions', {
    user: gh.state.users.get('github-actions[bot]')!,
    kind: 'installation',
    permissions: { issues: 'write' }
  })
  const first = newRun()
  await runAction(gh, {
    run: first,
    workspace: ws(),
    entry,
    inputs: { mode: 'upload', content: 'x' }
  })
  const other = newRun()
  const denied = await runAction(gh, {
    run: other,
    workspace: ws(),
    entry,
    inputs: crossInputs(first.id, 'ghs_noactions')
  })
  expect(denied.exitCode).not.toBe(0)
  expect(gh.rest.requests.at(-1)).toMatchObject({
    operation: 'actions/list-workflow-run-artifacts',
    status: 403
  })
  const forged = await runAction(gh, {
    run: other,
    workspace: ws(),
    entry,
    inputs: { mode: 'upload', content: 'x' },
    env: { ACTIONS_RUNTIME_TOKEN: gh.runtimeToken({ ...other, backendId: 'run-unknown' }) }
  })
  expect(forged.exitCode).not.toBe(0)
  expect(gh.artifacts.calls.at(-1)).toMatchObject({ method: 'CreateArtifact', status: 404 })
}, 180_000)
