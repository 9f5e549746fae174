// The pull-request check through the bundled Action (dist/index.js spawned as a runner does) against
// the loopback GitHub: a pull_request event, the changed files from the REST API (pulls/list-files,
// two pages, answers checked against GitHub's OpenAPI description). The workspace is no git
// repository, so the REST API is the only way the Action can know what changed.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fixture } from '../helpers/fixtures.js'
import { BOT, startLoopbackGitHub, type LoopbackGitHub } from '../helpers/github/index.js'
import { pullRequestEvent } from '../helpers/github/events.js'
import { runAction, type ActionResult } from '../helpers/github/runner.js'
import type { PullFile } from '../helpers/github/state.js'

/** The job's failure message (core.setFailed: an error annotation without a file). */
const failure = (res: ActionResult): string | undefined =>
  res.annotations.find((a) => a.level === 'error' && a.file === undefined)?.message

const HEAD = 'c0ffee0000000000000000000000000000000007'
const BASE = 'ba5e000000000000000000000000000000000007'

describe('the bundled Action, command: test, on a pull_request event', () => {
  let gh: LoopbackGitHub
  const ws = mkdtempSync(join(tmpdir(), 'pr-e2e-'))
  beforeAll(async () => {
    gh = await startLoopbackGitHub({
      permissions: { contents: 'read', 'pull-requests': 'read' }
    })
    gh.state.addUser('alice', 'write')
    cpSync(fixture('testing'), ws, { recursive: true })
    // The pull request breaks svc.yaml's logs step (line 18): its replay now diverges.
    const rb = join(ws, 'svc', 'svc.yaml')
    writeFileSync(rb, readFileSync(rb, 'utf8').replace('-n, "5"]', '-n, "50"]'))
    // 120 files: svc.yaml is on the second page of pulls/list-files; a removed file is dropped.
    const files: PullFile[] = Array.from({ length: 118 }, (_, i) => ({
      filename: `notes/n${String(i).padStart(3, '0')}.txt`,
      status: 'added' as const
    }))
    files.push({ filename: 'old/gone.yaml', status: 'removed' })
    files.push({ filename: 'svc/svc.yaml', status: 'modified' })
    gh.state.pulls.set(7, { number: 7, baseSha: BASE, headSha: HEAD, headBranch: 'fix', files })
  }, 150_000)
  afterAll(async () => {
    await gh?.stop()
    rmSync(ws, { recursive: true, force: true })
  })

  const start = () =>
    gh.state.startRun({
      workflow: 'runbook-pr-check.yml',
      event: 'pull_request',
      actor: 'alice',
      headBranch: 'fix',
      headSha: HEAD
    })

  test('the changed runbook whose replay fails: error at the step line, argv diff in the summary; the unchanged one skipped', async () => {
    const run = start()
    const res = await runAction(gh, {
      run,
      workspace: ws,
      event: pullRequestEvent(gh, 7, 'alice'),
      inputs: { command: 'test' }
    })
    expect(res.exitCode).toBe(1)
    expect(res.outputs.status).toBe('failed')
    expect(gh.rest.violations).toEqual([])
    expect(gh.rest.calls('pulls/list-files').map((c) => [c.status, c.login])).toEqual([
      [200, BOT.login],
      [200, BOT.login]
    ])
    expect(res.stdout).toContain("changed files (the pull request's files (REST API, #7)): 119")
    const onSvc = res.annotations.filter((a) => a.file === 'svc/svc.yaml')
    expect(onSvc.map((a) => [a.level, a.line, a.title])).toEqual([
      ['error', 18, 'Scenario svc.scenario failed'],
      ['error', 27, 'Scenario svc.scenario failed']
    ])
    expect(onSvc[0]?.message).toContain("argv[4]: expected '5', got '50'")
    expect(failure(res)).toMatch(/^runbook test: 1 scenario failed\./)
    // The summary: the scope, the skipped runbook, coverage, the argv diff collapsed.
    expect(res.summary).toContain(
      '1 runbook changed by pull request #7; 1 unchanged runbook skipped.'
    )
    expect(res.summary).not.toContain('dns-check')
    expect(res.summary).toMatch(/svc\/svc\.yaml.*coverage \d+\.\d%/)
    expect(res.summary).toContain('<summary>svc.scenario: argv diff and failures</summary>')
    expect(res.summary).toMatch(/expected '5', got '50'/)
    expect(res.summary).toContain('```mermaid')
  }, 150_000)

  test('min-coverage above what the scenarios cover fails the check; at or under it passes', async () => {
    // The fixture as committed: svc.yaml passes with 88.8% coverage (test/cli/test-command.test.ts
    // derives that figure by hand).
    const clean = mkdtempSync(join(tmpdir(), 'pr-e2e-clean-'))
    cpSync(fixture('testing'), clean, { recursive: true })
    const at = (min: string) =>
      runAction(gh, {
        run: start(),
        workspace: clean,
        event: pullRequestEvent(gh, 7, 'alice'),
        inputs: { command: 'test', paths: 'svc/*.yaml', 'min-coverage': min }
      })
    const high = await at('90')
    expect(high.exitCode).toBe(1)
    expect(high.outputs.status).toBe('failed')
    expect(failure(high)).toMatch(/^runbook test: coverage below 90%: svc\/svc\.yaml\./)
    expect(high.summary).toContain('coverage 88.8% (below 90%)')
    const ok = await at('88.8')
    expect(ok.exitCode).toBe(0)
    expect(ok.outputs.status).toBe('passed')
    expect(ok.summary).toContain('coverage 88.8%')
    rmSync(clean, { recursive: true, force: true })
  }, 300_000)

  test('a token without pull-requests: read falls back to git; no git checkout is one clear error', async () => {
    gh.state.addToken('ghs_contentsOnly000000000000000000000000', {
      user: BOT,
      kind: 'installation',
      permissions: { contents: 'read' }
    })
    const res = await runAction(gh, {
      run: start(),
      workspace: ws,
      event: pullRequestEvent(gh, 7, 'alice'),
      token: 'ghs_contentsOnly000000000000000000000000',
      inputs: { command: 'test' }
    })
    expect(res.exitCode).toBe(1)
    expect(res.stdout).toContain('the REST API did not answer (HTTP 403 from')
    // The exact message (git's first line only) is checked in-process in changed-files.test.ts.
    expect(failure(res)).toMatch(
      /^command 'test': cannot list the changed files: git diff against the base ba5e00000000 failed \(/
    )
    expect(res.stderr).not.toMatch(/\n\s+at /)
  }, 150_000)
})
