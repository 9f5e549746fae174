import { execFile } from 'node:child_process'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixture, ROOT } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'

// `runbook test` through the CLI, in a copy of small real fixtures: the svc runbook (three scenarios
// in the suffix layouts, with known coverage) and the dns-check runbook in gert's layout.
const ms = (text: string): string => text.replace(/\(\d+ ms\)/g, '(N ms)')

describe('runbook test', () => {
  const ws = workspace()
  afterAll(() => ws.cleanup())
  beforeAll(() => {
    cpSync(fixture('testing'), ws.dir, { recursive: true })
  })

  it('finds the scenarios by convention, runs each in replay, one line each, then the count', async () => {
    const r = await ws.run(['test', 'svc', 'gert'])
    expect(r.stderr).toBe('')
    expect(ms(r.stdout).split('\n')).toEqual([
      '✓ gert/dns-check.runbook.yaml › healthy (N ms)',
      '✓ gert/dns-check.runbook.yaml › nxdomain (N ms)',
      '✓ svc/svc.yaml › svc.scenario (N ms)',
      '✓ svc/svc.yaml › down (N ms)',
      '✓ svc/svc.yaml › panic (N ms)',
      '5 passed, 0 failed',
      ''
    ])
    expect(r.code).toBe(0)
  })

  it('counts coverage exactly: steps reached, assertions seen passing and failing', async () => {
    const r = await ws.run(['test', 'svc/svc.yaml', '--coverage', '--coverage-file', 'svc.lcov'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      'coverage:\n  svc/svc.yaml   88.8%  steps 3/3, assertions passing 3/3, failing 2/3\n3 passed, 0 failed\n'
    )
    // lcov: a step is a function and a line (hit by how many scenarios), an assertion two branches.
    expect(readFileSync(join(ws.dir, 'svc.lcov'), 'utf8')).toBe(
      [
        'TN:',
        'SF:svc/svc.yaml',
        'FN:10,status',
        'FN:18,logs',
        'FN:27,confirm',
        'FNDA:3,status',
        'FNDA:2,logs',
        'FNDA:1,confirm',
        'FNF:3',
        'FNH:3',
        'BRDA:17,0,0,2',
        'BRDA:17,0,1,1',
        'BRDA:25,1,0,1',
        'BRDA:25,1,1,1',
        'BRDA:26,2,0,2',
        'BRDA:26,2,1,0',
        'BRF:6',
        'BRH:5',
        'DA:10,3',
        'DA:18,2',
        'DA:27,1',
        'LF:3',
        'LH:3',
        'end_of_record',
        ''
      ].join('\n')
    )
    const below = await ws.run(['test', 'svc/svc.yaml', '--min-coverage', '90'])
    expect(below.code).toBe(1)
    expect(below.stderr).toBe(
      'runbook test: svc/svc.yaml: coverage 88.8% is below --min-coverage 90%\n'
    )
    expect((await ws.run(['test', 'svc/svc.yaml', '--min-coverage', '88.8'])).code).toBe(0)
  })

  it('a changed runbook whose replay diverges fails with the argv diff, and exit 1', async () => {
    const file = join(ws.dir, 'svc', 'svc.yaml')
    const original = readFileSync(file, 'utf8')
    writeFileSync(
      file,
      original.replace(
        '[journalctl, -u, "{{ .svc }}", -n, "5"]',
        '[journalctl, -u, "{{ .svc }}", -n, "50"]'
      )
    )
    try {
      const r = await ws.run(['test', 'svc'])
      expect(r.code).toBe(1)
      const out = ms(r.stdout)
      expect(out).toContain('✗ svc/svc.yaml › svc.scenario (N ms)\n')
      expect(out).toContain("    the run failed, expected it to pass (step 'logs' failed)\n")
      expect(out).toContain(
        '      replay: no scenario step matches this call, so nothing ran (replay is fail-closed)\n'
      )
      expect(out).toMatch(
        /expected +journalctl +-u +web +-n +5\n +actual +journalctl +-u +web +-n +50\n/
      )
      expect(out).toContain("argv[4]: expected '5', got '50'")
      // panic expects logs to fail, without a message pattern: a mismatch there still counts.
      expect(out.trimEnd().split('\n').at(-1)).toBe('2 passed, 1 failed')
    } finally {
      writeFileSync(file, original)
    }
  })

  it('an expectation the run never consumed fails at its line in the scenario', async () => {
    const scenario = join(ws.dir, 'svc', 'svc.scenario.yaml')
    const original = readFileSync(scenario, 'utf8')
    writeFileSync(scenario, `${original}  - match:\n      argv: [systemctl, restart, web]\n`)
    try {
      const r = await ws.run(['test', 'svc/svc.yaml'])
      expect(r.code).toBe(1)
      expect(r.stdout).toContain(
        "    scenario step 3 'systemctl restart web' was called 0 time(s), expected at least 1 (unconsumed expectation) (svc/svc.scenario.yaml:12)\n"
      )
    } finally {
      writeFileSync(scenario, original)
    }
  })

  it('bad expectations are invalid input (exit 3), located, and the other scenarios still run', async () => {
    const test = join(ws.dir, 'svc', 'svc.scenarios', 'panic.test.yaml')
    const original = readFileSync(test, 'utf8')
    writeFileSync(test, 'must_reach: [status, no_such_step]\nexpected_capture: {}\n')
    try {
      const r = await ws.run(['test', 'svc/svc.yaml'])
      expect(r.code).toBe(3)
      const out = ms(r.stdout)
      expect(out).toContain('! svc/svc.yaml › panic: invalid input (N ms)\n')
      expect(out).toContain(
        "svc/svc.scenarios/panic.test.yaml:2:1: error schema-unknown-field: unknown field 'expected_capture'"
      )
      expect(out).toContain('2 passed, 0 failed (1 invalid scenario)\n')
      writeFileSync(test, 'must_reach: [status, no_such_step]\n')
      const unknown = await ws.run(['test', 'svc/svc.yaml'])
      expect(unknown.stdout).toContain(
        "svc/svc.scenarios/panic.test.yaml:1:22: error test-unknown-step: no step 'no_such_step' in the runbook; its steps are: status, logs, confirm (at must_reach[1])"
      )
    } finally {
      writeFileSync(test, original)
    }
  })

  it('a runbook without scenarios is untested: a warning, or exit 1 with --require-scenarios', async () => {
    writeFileSync(
      join(ws.dir, 'lonely.yaml'),
      'apiVersion: runbook/v0\nmeta:\n  name: lonely\nsteps:\n  - id: look\n    type: manual\n    instructions: look\n'
    )
    const r = await ws.run(['test', 'lonely.yaml'])
    expect(r).toMatchObject({
      code: 0,
      stdout: '- lonely.yaml: no scenario (untested)\n0 passed, 0 failed (1 untested runbook)\n'
    })
    expect(r.stderr).toBe(
      'runbook test: warning: lonely.yaml has no scenario (untested); add lonely.scenario.yaml\n'
    )
    const strict = await ws.run(['test', 'lonely.yaml', '--require-scenarios'])
    expect(strict.code).toBe(1)
    expect(strict.stderr).toContain('runbook test: error: lonely.yaml has no scenario')
  })

  it('JUnit: one testsuite per runbook, one testcase per scenario, relative paths only', async () => {
    const r = await ws.run([
      'test',
      'gert',
      'svc',
      '--report',
      'junit',
      '--report-file',
      'junit.xml'
    ])
    expect(r.code).toBe(0)
    const xml = readFileSync(join(ws.dir, 'junit.xml'), 'utf8')
    expect(xml).not.toContain(ws.dir)
    expect(xml.match(/<testsuite /g)).toHaveLength(2)
    expect(xml.match(/<testcase /g)).toHaveLength(5)
    expect(xml).toContain(
      '<testsuite name="gert/dns-check.runbook.yaml" tests="2" failures="0" errors="0" skipped="0"'
    )
    expect(xml).toMatch(
      /<testcase name="down" classname="svc-check" file="svc\/svc.scenarios\/down.yaml" time="\d+\.\d{3}"\/>/
    )
  })

  it('JSON: the same results, and a bad flag is exit 3 with what was expected', async () => {
    const r = await ws.run(['test', 'svc', '--report', 'json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as {
      passed: boolean
      summary: { passed: number }
      runbooks: { runbook: string; scenarios: { name: string; reached: string[] }[] }[]
    }
    expect(report.passed).toBe(true)
    expect(report.summary.passed).toBe(3)
    expect(report.runbooks[0]?.scenarios.map((s) => [s.name, s.reached])).toEqual([
      ['svc.scenario', ['status', 'logs', 'confirm']],
      ['down', ['status']],
      ['panic', ['status', 'logs']]
    ])
    // A test's run directory (written without fsync) holds the same trace, anchor and run.json:
    // verify checks its storage like any run's (a scenario whose run failed exits 1 for that).
    const runs = report.runbooks[0]?.scenarios as unknown as { runDir: string }[]
    for (const { runDir } of runs) {
      const verified = await ws.run(['verify', runDir])
      expect(verified.stderr).toBe('')
      for (const check of ['trace', 'manifest', 'files', 'snapshots'])
        expect(verified.stdout).toMatch(new RegExp(`^ +ok +${check} `, 'm'))
    }
    const bad = await ws.run(['test', 'svc', '--min-coverage', 'lots'])
    expect(bad).toEqual({
      code: 3,
      stdout: '',
      stderr: "runbook: --min-coverage takes a percentage from 0 to 100, got 'lots'\n"
    })
    const missing = await ws.run(['test', 'nowhere'])
    expect(missing.code).toBe(3)
    expect(missing.stdout).toContain('! nowhere: no such file or directory\n')
  })

  it('with --jobs 2 the CLI spreads scenarios over worker processes and reports the same', async () => {
    const inProcess = await ws.run(['test', 'svc', 'gert', '--runs-dir', 'runs-a'])
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs')
    const main = join(ROOT, 'src', 'cli', 'main.ts')
    const args = [
      '--import',
      tsx,
      main,
      'test',
      'svc',
      'gert',
      '--jobs',
      '2',
      '--runs-dir',
      'runs-b'
    ]
    const workers = await new Promise<{ code: number; stdout: string }>((done) => {
      execFile(
        process.execPath,
        args,
        { cwd: ws.dir, env: { ...process.env, NO_COLOR: '1' } },
        (err, stdout) => done({ code: err === null ? 0 : Number(err.code), stdout })
      )
    })
    expect(workers.code).toBe(0)
    expect(ms(workers.stdout)).toBe(ms(inProcess.stdout))
    expect(ms(workers.stdout)).toContain('5 passed, 0 failed')
  }, 120_000)
})
