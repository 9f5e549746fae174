// The short version of the kill -9 soak (bench/kill-soak.ts runs 200): the CLI is killed right after
// a step's command has run, the moment between its result and the next group commit, and once more
// during the resume. No completed step is lost or repeated, and the run resumes and verifies.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { soakOnce } from '../../bench/kill-soak-run.js'
import { cliBundle } from '../helpers/bundles.js'
import { fixture } from '../helpers/fixtures.js'

const cli = { command: process.execPath, args: [] as string[] }
beforeAll(async () => {
  cli.args = [await cliBundle()]
}, 120_000)

let dir: string
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kill-soak-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('kill -9 at the group-commit boundary', () => {
  it('killed after step 3 ran and again after 2 more on resume: nothing completed lost or repeated', async () => {
    const outcome = await soakOnce({
      cli,
      dir,
      steps: 8,
      binDir: fixture('bin'),
      kill: { marks: 3 },
      resumeKill: { marks: 5 }
    })
    expect(outcome.problems).toEqual([])
    expect(outcome.kills).toBe(2)
    expect(outcome.twice).toBeLessThanOrEqual(2)
  })
})
