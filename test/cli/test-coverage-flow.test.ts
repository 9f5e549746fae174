// Decision-flow coverage of `runbook test` on examples/disk-branch.yaml, through the CLI: each
// guard counts twice (seen taken, seen not taken), each outcome once (some scenario ended with it).
// The figures below were worked out by hand from the runbook and its scenarios before running.
import { cpSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'

describe('runbook test: guards and outcomes in coverage', () => {
  const ws = workspace()
  afterAll(() => ws.cleanup())
  beforeAll(() => {
    for (const f of [
      'disk-branch.yaml',
      'disk-branch.scenario.yaml',
      'disk-branch.scenario.test.yaml',
      'disk-branch.scenarios'
    ])
      cpSync(join(ROOT, 'examples', f), join(ws.dir, f), { recursive: true })
  })

  it('both scenarios: every step, both ways of the first guard, one of the second, both outcomes (8/9)', async () => {
    // Items: 3 steps + 2 guards x 2 + 2 outcomes = 9. Over the limit: usage, biggest run (its guard
    // true), the run ends mitigated, so healthy's guard is never evaluated. Under the limit: biggest
    // not taken (guard false), healthy runs (guard true), the run ends no_action. Uncovered: only
    // healthy's guard seen false.
    const r = await ws.run(['test', 'disk-branch.yaml', '--coverage', '--coverage-file', 'c.lcov'])
    expect(r.stderr).toBe('coverage (lcov) written to c.lcov\n')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      'coverage:\n  disk-branch.yaml   88.8%  steps 3/3, no assertions, guards taken 2/2, not taken 1/2, outcomes 2/2\n2 passed, 0 failed\n'
    )
    // lcov: a guard is a pair of branches on its `when` line (taken, not taken); a step's outcomes
    // are one block with a branch per outcome, on the outcome's line.
    const lcov = readFileSync(join(ws.dir, 'c.lcov'), 'utf8').split('\n')
    expect(lcov.filter((l) => /^BR/.test(l))).toEqual([
      'BRDA:26,0,0,1',
      'BRDA:26,0,1,1',
      'BRDA:35,1,0,1',
      'BRDA:35,1,1,0',
      'BRDA:30,2,0,1',
      'BRDA:39,3,0,1',
      'BRF:6',
      'BRH:5'
    ])
    const json = await ws.run(['test', 'disk-branch.yaml', '--report', 'json'])
    const cov = (
      JSON.parse(json.stdout) as {
        runbooks: { coverage: Record<string, unknown> }[]
      }
    ).runbooks[0]?.coverage
    expect(cov).toMatchObject({
      guards: 2,
      guardsTakenSeen: 2,
      guardsNotTakenSeen: 1,
      guardsBothWays: 1,
      outcomes: 2,
      outcomesReached: 2,
      items: 9,
      itemsCovered: 8,
      percent: 88.8,
      guards_detail: [
        { step: 'biggest', line: 26, taken: 1, notTaken: 1 },
        { step: 'healthy', line: 35, taken: 1, notTaken: 0 }
      ],
      outcomes_detail: [
        { step: 'biggest', index: 0, line: 30, state: 'mitigated', reached: 1 },
        { step: 'healthy', index: 0, line: 39, state: 'no_action', reached: 1 }
      ]
    })
  })

  it('the over-the-limit scenario alone: 4/9, and it says what was never reached', async () => {
    // usage and biggest reached (2), biggest's guard seen true (1), mitigated reached (1).
    rmSync(join(ws.dir, 'disk-branch.scenarios'), { recursive: true })
    const r = await ws.run(['test', 'disk-branch.yaml', '--min-coverage', '50'])
    expect(r.stdout).toContain(
      'coverage:\n  disk-branch.yaml   44.4%  steps 2/3, no assertions, guards taken 1/2, not taken 0/2, outcomes 1/2; never reached: healthy; outcomes never reached: healthy→no_action\n'
    )
    expect(r.stderr).toBe(
      'runbook test: disk-branch.yaml: coverage 44.4% is below --min-coverage 50%\n'
    )
    expect(r.code).toBe(1)
  })
})
