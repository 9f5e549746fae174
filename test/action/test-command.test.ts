// `command: test`, the pull-request check, on a real git repository: the changed runbook is tested
// (its broken replay annotated at the failing step's line), the unchanged one skipped, and a changed
// TSG with a compiled runbook beside it reported stale with the diff. The REST API is unreachable
// here (a closed port), so the changed files come from git diff against the base commit.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AnnotationProps, ActionPorts } from '../../src/action/ports.js'
import { parseSettings } from '../../src/action/settings.js'
import { testCommand } from '../../src/action/commands/test.js'
import { cli } from '../helpers/cli.js'
import { fixture } from '../helpers/fixtures.js'
import { git } from '../helpers/git.js'

interface Recorded {
  errors: { message: string; props?: AnnotationProps }[]
  warnings: { message: string; props?: AnnotationProps }[]
  outputs: Record<string, string>
  summary: string
  log: string[]
}

function recorder(): { ports: ActionPorts; rec: Recorded } {
  const rec: Recorded = { errors: [], warnings: [], outputs: {}, summary: '', log: [] }
  const ports: ActionPorts = {
    info: (t) => rec.log.push(t),
    startGroup: (n) => rec.log.push(`::group::${n}`),
    endGroup: () => rec.log.push('::endgroup::'),
    warning: (message, props) =>
      rec.warnings.push({ message, ...(props === undefined ? {} : { props }) }),
    error: (message, props) =>
      rec.errors.push({ message, ...(props === undefined ? {} : { props }) }),
    setOutput: (n, v) => (rec.outputs[n] = v),
    setSecret: () => undefined,
    summary: (md) => {
      rec.summary += md
      return Promise.resolve()
    },
    env: {},
    signal: new AbortController().signal
  }
  return { ports, rec }
}

const TSG = '# Disk full\n\nCheck the disk:\n\n```bash\ndf -h /\n```\n'

describe('Action command test (pull-request check)', () => {
  const ws = mkdtempSync(join(tmpdir(), 'pr-check-'))
  afterAll(() => rmSync(ws, { recursive: true, force: true }))
  let base = ''
  let head = ''

  beforeAll(async () => {
    cpSync(fixture('testing'), ws, { recursive: true })
    mkdirSync(join(ws, 'docs'))
    writeFileSync(join(ws, 'docs', 'disk.md'), TSG)
    expect((await cli(['compile', 'docs/disk.md', '-o', 'docs/disk.yaml'], { cwd: ws })).code).toBe(
      0
    )
    git(ws, 'init', '-q')
    git(ws, 'add', '-A')
    git(ws, 'commit', '-qm', 'base')
    base = git(ws, 'rev-parse', 'HEAD')
    const rb = join(ws, 'svc', 'svc.yaml')
    writeFileSync(rb, readFileSync(rb, 'utf8').replace('-n, "5"]', '-n, "50"]'))
    writeFileSync(
      join(ws, 'docs', 'disk.md'),
      `${TSG}\nThen check inodes:\n\n\`\`\`bash\ndf -i /\n\`\`\`\n`
    )
    git(ws, 'commit', '-qam', 'change')
    head = git(ws, 'rev-parse', 'HEAD')
  })

  function settings(inputs: Record<string, string>) {
    const event = join(ws, '..', `${ws.split('/').pop() ?? 'x'}-event.json`)
    writeFileSync(
      event,
      JSON.stringify({
        number: 7,
        pull_request: { number: 7, base: { sha: base }, head: { sha: head } }
      })
    )
    return parseSettings(
      (n) => inputs[n] ?? '',
      {
        GITHUB_WORKSPACE: ws,
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_API_URL: 'http://127.0.0.1:9',
        GITHUB_RUN_ID: '1'
      },
      ws
    )
  }

  it('tests only what the pull request changed and annotates the failing step on its line', async () => {
    const { ports, rec } = recorder()
    const result = await testCommand(settings({ command: 'test', 'github-token': 'ghs_x' }), ports)
    expect(result.failed).toMatch(/^runbook test: 1 scenario failed; 1 compiled runbook is stale\./)
    expect(rec.outputs.status).toBe('failed')
    expect(rec.log.join('\n')).toContain('using git diff against')
    // svc.yaml's logs step is on line 18; the argv diff is in the annotation.
    const onLogs = rec.errors.filter((e) => e.props?.file === 'svc/svc.yaml')
    // Then the step the run never reached though test.yaml says it must (confirm, line 27).
    expect(onLogs.map((e) => [e.props?.startLine, e.props?.title])).toEqual([
      [18, 'Scenario svc.scenario failed'],
      [27, 'Scenario svc.scenario failed']
    ])
    expect(onLogs[1]?.message).toBe("step 'confirm' was never reached (must_reach)")
    expect(onLogs[0]?.message).toContain("argv[4]: expected '5', got '50'")
    // gert/dns-check.runbook.yaml did not change: skipped, never run.
    expect(rec.summary).toContain(
      '1 runbook changed by pull request #7; 2 unchanged runbooks skipped.'
    )
    expect(rec.summary).not.toContain('dns-check')
    expect(rec.summary).toContain('<summary>svc.scenario: argv diff and failures</summary>')
    expect(rec.summary).toContain('```mermaid')
    expect(rec.summary).toMatch(/s1\["2\. logs \(2\)"\]:::covered/)
    // The TSG changed under its compiled runbook: stale, with the diff of the recompiled runbook.
    expect(rec.warnings.map((w) => [w.props?.file, w.props?.title])).toEqual([
      ['docs/disk.yaml', 'Stale compiled runbook']
    ])
    expect(rec.summary).toContain('`docs/disk.yaml` from `docs/disk.md`: ❌ stale')
    expect(rec.summary).toMatch(
      /```diff\n--- docs\/disk.yaml\n\+\+\+ docs\/disk.yaml \(compiled now\)\n[\s\S]*\+.*df", "-i"/
    )
  })

  it('with paths, tests what they name, changed or not', async () => {
    const { ports, rec } = recorder()
    const result = await testCommand(settings({ command: 'test', paths: 'gert/**/*.yaml' }), ports)
    expect(result).toEqual({})
    expect(rec.outputs.status).toBe('passed')
    expect(rec.errors).toEqual([])
    expect(rec.summary).toContain('## runbook test: ✅ 2 passed, 0 failed')
  })
})
