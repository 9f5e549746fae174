// The files a pull request changes, from the loopback REST API (pulls/list-files, paginated, its
// answers checked against GitHub's OpenAPI description) or, when the API refuses, from git diff.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { changedFiles, pullRequestOf } from '../../src/action/changed-files.js'
import { git } from '../helpers/git.js'
import { RestFake } from '../helpers/github/rest-server.js'
import { BOT, GitHubState } from '../helpers/github/state.js'

const TOKEN = 'ghs_pulls00000000000000000000000000000000'
const NO_PULLS = 'ghs_nopulls000000000000000000000000000000'

describe('changedFiles', () => {
  const state = new GitHubState('o/r')
  const rest = new RestFake(state)
  const dir = mkdtempSync(join(tmpdir(), 'changed-'))
  beforeAll(async () => {
    state.addToken(TOKEN, {
      user: BOT,
      kind: 'installation',
      permissions: { 'pull-requests': 'read' }
    })
    state.addToken(NO_PULLS, { user: BOT, kind: 'installation', permissions: { contents: 'read' } })
    state.pulls.set(3, {
      number: 3,
      baseSha: 'b'.repeat(40),
      headSha: 'h'.repeat(40),
      headBranch: 'x',
      files: [
        ...Array.from({ length: 150 }, (_, i) => ({
          filename: `f/${String(i).padStart(3, '0')}.yaml`,
          status: 'modified' as const
        })),
        { filename: 'gone.yaml', status: 'removed' as const }
      ]
    })
    await rest.start()
  })
  afterAll(async () => {
    await rest.stop()
    rmSync(dir, { recursive: true, force: true })
  })
  const pr = { repository: 'o/r', number: 3, baseSha: 'b'.repeat(40) }

  it('reads every page of the REST answer and leaves removed files out', async () => {
    const notes: string[] = []
    const got = await changedFiles(pr, { url: rest.url, token: TOKEN }, dir, (t) => notes.push(t))
    expect(notes).toEqual([])
    expect(got).toMatchObject({ via: "the pull request's files (REST API, #3)" })
    const files = 'files' in got ? got.files : []
    expect(files).toHaveLength(150)
    expect(files.at(-1)).toBe('f/149.yaml')
    expect(rest.calls('pulls/list-files').map((c) => c.status)).toEqual([200, 200])
    expect(rest.violations).toEqual([])
  })

  it('a refused token falls back to git; outside a repository only git first line is shown', async () => {
    const notes: string[] = []
    const got = await changedFiles(pr, { url: rest.url, token: NO_PULLS }, dir, (t) =>
      notes.push(t)
    )
    expect(notes[0]).toMatch(/the REST API did not answer \(HTTP 403 from .*\/pulls\/3\/files\)/)
    expect(got).toEqual({
      error: `git diff against the base bbbbbbbbbbbb failed (warning: Not a git repository. Use --no-index to compare two paths outside a working tree); check out with fetch-depth: 0, or give paths`
    })
  })

  it('git diff against the base when the API cannot be reached', async () => {
    const g = (...a: string[]) => git(dir, ...a)
    g('init', '-q')
    writeFileSync(join(dir, 'a.yaml'), 'a: 1\n')
    g('add', '-A')
    g('commit', '-qm', 'base')
    const base = g('rev-parse', 'HEAD')
    writeFileSync(join(dir, 'b.yaml'), 'b: 1\n')
    g('add', '-A')
    g('commit', '-qm', 'head')
    const got = await changedFiles(
      { ...pr, baseSha: base },
      { url: rest.url, token: '' },
      dir,
      () => undefined
    )
    expect(got).toEqual({ files: ['b.yaml'], via: `git diff ${base.slice(0, 12)}...HEAD` })
  })

  it('reads the pull request of a pull_request payload; other payloads have none', () => {
    expect(
      pullRequestOf(
        { number: 9, pull_request: { base: { sha: 'abc' }, head: { sha: 'def' } } },
        'o/r'
      )
    ).toEqual({ repository: 'o/r', number: 9, baseSha: 'abc', headSha: 'def' })
    expect(pullRequestOf({ inputs: {} }, 'o/r')).toBeUndefined()
  })
})
