// Replay through a branch: the scenario of examples/disk-branch under the limit replays the branch
// its capture leads to (biggest not taken, healthy run, outcome no_action); a scenario that still
// holds the call of the branch not taken fails, as leftover calls do on a straight line, also when
// the run ended early with an outcome.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TraceRecord } from '../../src/engine/events.js'
import { ROOT } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'

describe('exec --mode replay through a branch', () => {
  const ws = workspace()
  afterAll(() => ws.cleanup())
  beforeAll(() => {
    cpSync(join(ROOT, 'examples/disk-branch.yaml'), join(ws.dir, 'disk-branch.yaml'))
    const under = readFileSync(
      join(ROOT, 'examples/disk-branch.scenarios/under-limit.yaml'),
      'utf8'
    )
    writeFileSync(join(ws.dir, 'under.yaml'), under)
    // The branch not taken's call (du) left at the end of the scenario.
    writeFileSync(
      join(ws.dir, 'leftover.yaml'),
      `${under}  - match:\n      argv: [du, -x, -s, -h, /etc]\n    respond:\n      stdout: "12M"\n`
    )
  })

  const run = async (scenario: string) => {
    const runs = join(ws.dir, `runs-${scenario}`)
    const r = await ws.run([
      'exec',
      'disk-branch.yaml',
      '--mode',
      'replay',
      '--scenario',
      scenario,
      '--runs-dir',
      runs
    ])
    const id = readdirSync(runs)[0] as string
    const trace = readFileSync(join(runs, id, 'trace.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as TraceRecord)
    return { r, trace }
  }

  it('replays the branch the captured usage leads to and ends with its outcome', async () => {
    const { r, trace } = await run('under.yaml')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('  - [2/3] biggest not taken')
    expect(r.stdout).toContain(
      "outcome: no_action (step 'healthy'): The filesystem is under the limit; nothing to do."
    )
    expect(
      trace.flatMap((t) => (t.type === 'step_result' ? [[t.result.step_id, t.result.status]] : []))
    ).toEqual([
      ['usage', 'passed'],
      ['biggest', 'not_taken'],
      ['healthy', 'passed']
    ])
  })

  it('a call of the branch not taken left in the scenario fails the run (exit 1), outcome or not', async () => {
    const { r, trace } = await run('leftover.yaml')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      "run failed: 2 passed, 0 failed, 1 not taken (unconsumed expectation: scenario step 3 'du -x -s -h /etc' (leftover.yaml:18) was called 0 time(s), expected at least 1)"
    )
    expect(trace.at(-2)).toMatchObject({
      type: 'run_finished',
      status: 'failed',
      failure: 'replay'
    })
  })
})
