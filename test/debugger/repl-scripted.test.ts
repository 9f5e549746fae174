// `runbook debug` scripted: commands read line by line from a stdin that is not a terminal, in
// replay mode, walking disk-pressure.yaml against a scenario to a run that verifies.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { cli } from '../helpers/cli.js'
import { fixture, ROOT } from '../helpers/fixtures.js'

const RUNBOOK = join(ROOT, 'examples', 'disk-pressure.yaml')
const SCENARIO = fixture('debugger', 'disk-pressure.scenario.yaml')

describe('runbook debug with scripted stdin', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'runbook-debug-script-'))
    writeFileSync(join(dir, 'df.txt'), 'Filesystem Size Used\n')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('runs the same flow in replay mode, echoing each command, and the run verifies', async () => {
    const commands = [
      'print step',
      'next',
      'continue',
      'print captures',
      'evidence set ticket INC-77',
      'evidence check review Largest directories identified',
      'evidence check review No core dumps left behind',
      'evidence attach df_output df.txt',
      'approve --role DRI',
      'print step',
      'history',
      'next',
      'print vars'
    ]
    const run = await cli(
      [
        'debug',
        RUNBOOK,
        '--mode',
        'replay',
        '--scenario',
        SCENARIO,
        '--as',
        'bob',
        '--runs-dir',
        'runs'
      ],
      {
        cwd: dir,
        env: { NO_COLOR: '1', RUNBOOK_HISTORY: join(dir, 'history') },
        stdin: Readable.from([`${commands.join('\n')}\n`])
      }
    )
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('(debug host) print step')
    expect(run.stdout).toMatch(/argv: uname -n\n {2}governance: allowed/)
    expect(run.stdout).toMatch(/stopped before step 5\/5 'operator_review' \(manual step\)/)
    expect(run.stdout).toContain('hostname = web-7')
    expect(run.stdout).toContain('  | Host web-7 reported disk pressure.')
    expect(run.stdout).toContain("step 'operator_review' has all it needs: next runs it")
    expect(run.stdout).toContain('approvals: 1 needed holding DRI; given by bob (DRI)')
    expect(run.stdout).toMatch(/\[4\/5\] largest_logs passed/)
    expect(run.stdout).toContain('run passed: 5 passed, 0 failed')
    // The run ended at `next`: the last command was never read.
    expect(run.stdout).not.toContain('print vars')
    expect(run.code).toBe(0)
    const runId = /run (\d{8}T\d{6}-[0-9a-f]+)/.exec(run.stdout)?.[1] ?? ''
    const verified = await cli(['verify', runId, '--runs-dir', 'runs'], { cwd: dir })
    expect(verified.code).toBe(0)
  })

  it('pauses the run at the end of input, recording nothing it was not told', async () => {
    const run = await cli(
      ['debug', RUNBOOK, '--mode', 'replay', '--scenario', SCENARIO, '--runs-dir', 'runs2'],
      { cwd: dir, env: { NO_COLOR: '1' }, stdin: Readable.from(['next\nevidence set ticket X\n']) }
    )
    expect(run.stdout).toContain('cli step: it takes no evidence')
    expect(run.stdout).toMatch(/paused: quit in the debugger by \S+ before step 'disk_usage'/)
    expect(run.stdout).toMatch(/continue with:\n {2}runbook resume \S+ --runs-dir runs2/)
    expect(run.code).toBe(5)
  })
})
