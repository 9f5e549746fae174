// Issue 11's coverage over a compiled runbook with a choice (issue 13, item 3): each scenario picks
// an alternative through its evidence file (the compiled choice step reuses scenario evidence in a
// replay), and the coverage counts each guard seen taken and not taken.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'

const scenario = (name: string, argv: string, stdout: string): string =>
  `meta: {name: ${name}}\nsteps:\n  - match: {argv: ${argv}}\n    respond: {stdout: ${JSON.stringify(stdout)}}\n`
const picks = (value: string): string => `choose_faq:\n  case: {kind: choice, value: ${value}}\n`

describe('runbook test --coverage on a compiled FAQ', () => {
  const ws = workspace()
  afterAll(() => ws.cleanup())
  beforeAll(async () => {
    const tsg = readFileSync(join(FIXTURES, 'compiler', 'alternatives', 'faq.md'))
    writeFileSync(join(ws.dir, 'faq.md'), tsg)
    expect((await ws.run(['compile', 'faq.md', '-o', 'faq.yaml'])).code).toBe(0)
    const dir = join(ws.dir, 'faq.scenarios')
    mkdirSync(dir)
    writeFileSync(join(dir, 'root.yaml'), scenario('root', '[df, -h, /]', '/dev/sda1 100% /\n'))
    writeFileSync(join(dir, 'root.evidence.yaml'), picks('why-is-the-root-filesystem-full'))
    writeFileSync(
      join(dir, 'root.test.yaml'),
      'must_reach: [why_is_the_root_filesystem_full]\nexpected_step_status: {which_kernel_is_the_host_running: not_taken}\n'
    )
  })

  it('one scenario: one branch taken, the other seen only not taken', async () => {
    const r = await ws.run(['test', 'faq.yaml', '--coverage'])
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('✓ faq.yaml › root')
    expect(r.stdout).toContain(
      'faq.yaml   57.1%  steps 2/3, no assertions, guards taken 1/2, not taken 1/2; never reached: which_kernel_is_the_host_running'
    )
    expect(r.code).toBe(0)
  })

  it('a scenario per alternative: every guard seen both ways, lcov branches all hit', async () => {
    const dir = join(ws.dir, 'faq.scenarios')
    writeFileSync(join(dir, 'kernel.yaml'), scenario('kernel', '[uname, -r]', '6.1.0\n'))
    writeFileSync(join(dir, 'kernel.evidence.yaml'), picks('which-kernel-is-the-host-running'))
    const r = await ws.run(['test', 'faq.yaml', '--coverage', '--coverage-file', 'cov.info'])
    expect(r.stdout).toContain('2 passed, 0 failed')
    expect(r.stdout).toContain(
      'faq.yaml  100.0%  steps 3/3, no assertions, guards taken 2/2, not taken 2/2'
    )
    const lcov = readFileSync(join(ws.dir, 'cov.info'), 'utf8')
    expect(lcov).toContain('BRF:4\nBRH:4\n')
    expect(r.code).toBe(0)
  })
})
