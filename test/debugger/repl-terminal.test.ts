// `runbook debug` at a real terminal (util-linux `script` gives it a pseudo-terminal): walking
// examples/disk-pressure.yaml end to end with evidence and approval typed in the REPL, then a run
// with a skip, a destructive step's confirmation and quit, resumed and verified.
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../helpers/cli.js'
import { cliBundle } from '../helpers/bundles.js'
import { ROOT } from '../helpers/fixtures.js'
import { converse, hasScript } from '../helpers/terminal.js'

/** The bundled CLI (dist/cli.js in CI), started as a user starts it. */
let CLI = ''
beforeAll(async () => {
  CLI = await cliBundle()
}, 120_000)

const maybe = hasScript ? describe : describe.skip

const debug = (args: string) => `node ${CLI} debug ${args}`
const prompt = (step: string) => new RegExp(`\\(debug ${step}\\) `)
const runIdOf = (dir: string) => readdirSync(join(dir, '.runbook', 'runs'))[0] as string

maybe('runbook debug at a terminal', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'runbook-debug-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('walks disk-pressure.yaml with evidence and approval typed in, and the run verifies', async () => {
    const cwd = join(dir, 'disk')
    spawnSync('mkdir', [cwd])
    copyFileSync(join(ROOT, 'examples', 'disk-pressure.yaml'), join(cwd, 'disk-pressure.yaml'))
    writeFileSync(join(cwd, 'df.txt'), 'Filesystem Size Used\n')
    const { code, out } = await converse(debug('disk-pressure.yaml --as alice'), cwd, [
      [prompt('host'), 'print vars'],
      [prompt('host'), 'nxt'],
      [prompt('host'), 'next'],
      [prompt('disk_usage'), 'brea\t'],
      [/break/, ' largest_logs'],
      [prompt('disk_usage'), 'continue'],
      [prompt('largest_logs'), 'print captures'],
      [prompt('largest_logs'), 'next'],
      [prompt('operator_review'), 'next'],
      [prompt('operator_review'), 'evidence set tickt INC-1234'],
      [prompt('operator_review'), 'evidence set ticket INC-1234'],
      [prompt('operator_review'), 'evidence check review "Largest directories identified"'],
      [prompt('operator_review'), 'evidence check review "No core dumps left behind"'],
      [prompt('operator_review'), 'evidence attach df_output df.txt'],
      [prompt('operator_review'), 'approve'],
      [prompt('operator_review'), 'approve --as alice --role DRI'],
      [prompt('operator_review'), 'snapshot'],
      [prompt('operator_review'), 'next']
    ])
    expect(out).toContain('mount = /')
    expect(out).toContain("unknown command 'nxt'; did you mean 'next'?")
    expect(out).toContain("breakpoint before step 'largest_logs'")
    expect(out).toMatch(/stopped before step 4\/5 'largest_logs' \(breakpoint\)/)
    expect(out).toMatch(/hostname = \S+/)
    expect(out).toMatch(/step 'operator_review' still needs evidence 'ticket'/)
    expect(out).toContain(
      "step 'operator_review' asks for no evidence 'tickt'; did you mean 'ticket'?"
    )
    expect(out).toMatch(/approver 'alice' must hold one of the roles DRI/)
    expect(out).toMatch(/snapshot written: snapshots\/step-\d+\.json/)
    expect(out).toContain('run passed: 5 passed, 0 failed')
    expect(code).toBe(0)
    const verified = await cli(['verify', runIdOf(cwd)], { cwd })
    expect(verified.stdout).toContain(': verified')
    expect(verified.code).toBe(0)
    const history = readFileSync(join(cwd, 'history'), 'utf8')
    expect(history).toContain('evidence set ticket <redacted>')
    expect(history).not.toContain('INC-1234')
    expect(history).toContain('break largest_logs')
  }, 120_000)

  it('skips with a reason, confirms a destructive step, quits; resume and verify follow', async () => {
    const cwd = join(dir, 'skip')
    spawnSync('mkdir', ['-p', join(cwd, 'junk')])
    writeFileSync(
      join(cwd, 'rb.yaml'),
      [
        'apiVersion: runbook/v0',
        'meta: {name: cleanup}',
        'steps:',
        '  - {id: os, type: cli, with: {argv: [uname, -s]}}',
        '  - {id: list, type: cli, with: {argv: [ls, junk]}}',
        `  - {id: wipe, type: cli, with: {argv: [rm, -r, ${join(cwd, 'junk')}]}}`,
        '  - id: note',
        '    type: manual',
        '    instructions: Say what was removed.',
        '    required_evidence: [{kind: text, name: summary}]'
      ].join('\n')
    )
    const { code, out } = await converse(debug('rb.yaml --as alice'), cwd, [
      [prompt('os'), 'skip not needed on this host'],
      [prompt('list'), 'next'],
      [prompt('wipe'), 'skip'],
      [prompt('wipe'), 'next'],
      [/Type the step id 'wipe'.*: /, 'wpie'],
      [prompt('wipe'), 'next'],
      [/Type the step id 'wipe'.*: /, 'wipe'],
      [prompt('note'), 'evidence set summary the junk directory'],
      [prompt('note'), 'quit']
    ])
    expect(out).toMatch(/- \[1\/4\] os skipped by alice: not needed on this host/)
    expect(out).toMatch(
      /step 'wipe' is destructive .* and needs confirmation; it cannot be skipped/
    )
    expect(out).toContain("'wpie' is not the step id; nothing was run.")
    expect(out).toContain("1 item(s) typed for step 'note' were not recorded")
    expect(out).toMatch(/paused: quit in the debugger by alice before step 'note'/)
    expect(code).toBe(5)
    const runId = runIdOf(cwd)
    const resumed = await cli(['resume', runId, '--evidence', 'summary=junk removed'], { cwd })
    expect(resumed.stdout).toContain('run passed: 3 passed, 0 failed, 1 skipped')
    expect(resumed.code).toBe(0)
    const strict = await cli(['verify', runId], { cwd })
    expect(strict.stdout).toMatch(
      /FAIL {2}steps {6}step 'os' \(1 of 4\) was skipped by alice \(record \d+\): not needed on this host/
    )
    expect(strict.stdout).toMatch(/deviation: step 'os' skipped by alice .* \[not allowed\]/)
    expect(strict.code).toBe(1)
    const allowed = await cli(['verify', runId, '--allow-skips'], { cwd })
    expect(allowed.stdout).toContain(': verified')
    expect(allowed.stdout).toContain('[allowed by --allow-skips]')
    expect(allowed.code).toBe(0)
  }, 120_000)
})
