// `runbook debug --dap` driven by a DAP client over stdio (@vscode/debugadapter-testsupport's
// DebugClient spawns the real CLI): a breakpoint on a step's line, variables, the call stack,
// read-only watches, evidence and approval from the debug console, and a run that verifies.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DebugClient } from '@vscode/debugadapter-testsupport'
import { cli } from '../helpers/cli.js'
import { cliBundle } from '../helpers/bundles.js'
import { fixture, ROOT } from '../helpers/fixtures.js'

/** The bundled CLI (dist/cli.js in CI), started as a user starts it. */
let CLI = ''
beforeAll(async () => {
  CLI = await cliBundle()
}, 120_000)

const RUNBOOK = join(ROOT, 'examples', 'disk-pressure.yaml')
const SCENARIO = fixture('debugger', 'disk-pressure.scenario.yaml')

describe('runbook debug --dap', () => {
  let dir: string
  let dc: DebugClient
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'runbook-dap-'))
    writeFileSync(join(dir, 'df.txt'), 'Filesystem Size Used\n')
    const adapter = join(dir, 'adapter.sh')
    writeFileSync(adapter, `exec node ${CLI} debug --dap --runs-dir runs\n`)
    dc = new DebugClient('sh', adapter, 'runbook', {
      cwd: dir,
      env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1' }
    })
    dc.defaultTimeout = 30_000
    await dc.start()
  })
  afterAll(async () => {
    await dc.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('stops at a breakpoint on a step line and completes the manual step from the console', async () => {
    const lines = readFileSync(RUNBOOK, 'utf8').split('\n')
    const yamlLine = (id: string) => 1 + lines.findIndex((l) => l.includes(`- id: ${id}`))
    const line = yamlLine('largest_logs') + 2 // inside the step, on its title
    const launch = { program: RUNBOOK, mode: 'replay', scenario: SCENARIO, as: 'bob', role: 'DRI' }
    const [, , bp] = await Promise.all([
      dc.configurationSequence(),
      dc.launch(launch),
      dc
        .waitForEvent('initialized')
        .then(() =>
          dc.setBreakpointsRequest({ source: { path: RUNBOOK }, breakpoints: [{ line }] })
        ),
      dc.assertStoppedLocation('breakpoint', { path: RUNBOOK, line: yamlLine('largest_logs') })
    ])
    expect(bp.body.breakpoints[0]).toMatchObject({ verified: true, line: yamlLine('largest_logs') })
    const frames = await dc.stackTraceRequest({ threadId: 1 })
    expect(frames.body.stackFrames[0]?.name).toBe('largest_logs (cli, step 4/5)')
    const scopes = await dc.scopesRequest({ frameId: 0 })
    const names = scopes.body.scopes.map((s) => s.name)
    expect(names).toEqual(['vars', 'captures', 'evidence'])
    const vars = await dc.variablesRequest({ variablesReference: 1 })
    expect(vars.body.variables).toContainEqual({ name: 'mount', value: '/', variablesReference: 0 })
    const captures = await dc.variablesRequest({ variablesReference: 2 })
    expect(captures.body.variables).toContainEqual({
      name: 'hostname',
      value: 'web-7',
      variablesReference: 0
    })
    // A watch reads; it may not change the run.
    const watch = await dc.evaluateRequest({ expression: 'print vars', context: 'watch' })
    expect(watch.body.result).toContain('scan_dir = /var/log')
    await expect(dc.evaluateRequest({ expression: 'next', context: 'watch' })).rejects.toThrow(
      /only the debug console may do that/
    )
    await Promise.all([dc.nextRequest({ threadId: 1 }), dc.waitForEvent('stopped')])
    const top = await dc.stackTraceRequest({ threadId: 1 })
    expect(top.body.stackFrames[0]?.line).toBe(yamlLine('operator_review'))
    for (const expression of [
      'evidence set ticket INC-9',
      'evidence check review Largest directories identified',
      'evidence check review No core dumps left behind',
      'evidence attach df_output df.txt',
      'approve'
    ]) {
      const r = await dc.evaluateRequest({ expression, context: 'repl' })
      expect(r.body.result).toMatch(/taken for step 'operator_review'/)
    }
    const evidence = await dc.variablesRequest({ variablesReference: 3 })
    expect(evidence.body.variables).toContainEqual({
      name: 'approvals',
      value: 'bob of 1',
      variablesReference: 0
    })
    await Promise.all([dc.continueRequest({ threadId: 1 }), dc.waitForEvent('terminated')])
    const runId = readdirSync(join(dir, 'runs'))[0] as string
    const verified = await cli(['verify', runId, '--runs-dir', 'runs'], { cwd: dir })
    expect(verified.code).toBe(0)
  })
})
