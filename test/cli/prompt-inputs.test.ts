// At a real terminal (a pseudo-terminal from util-linux `script`), gert's `from: prompt` inputs are
// asked before the run (Enter takes the default), and a choice is picked from a numbered list; the
// answers reach the commands, the trace and the guard. Without a terminal, a prompt input without
// a default is a --var the run requires: exit 3, one line.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TraceRecord } from '../../src/engine/events.js'
import { cliBundle } from '../helpers/bundles.js'
import { converse } from '../helpers/terminal.js'
import { workspace } from '../helpers/workspace.js'

/** The bundled CLI (dist/cli.js in CI), started as a user starts it. */
let CLI = ''
beforeAll(async () => {
  CLI = await cliBundle()
}, 120_000)

const RUNBOOK = `apiVersion: runbook/v0
meta:
  name: prompt-demo
  inputs:
    server: {from: prompt, description: Server name}
    region: {from: prompt, default: eu-1}
  governance: {allowed_commands: [echo]}
steps:
  - id: hello
    type: cli
    with: {argv: [echo, "{{ .server }}", "{{ .region }}"]}
  - id: pick
    type: manual
    instructions: Pick an action.
    required_evidence:
      - kind: choice
        name: action
        options: [restart, {value: drain, label: Drain the node}]
  - id: drain
    type: cli
    when: evidence.pick.action == "drain"
    with: {argv: [echo, draining]}
`

const exec = (args: string) => `node ${CLI} exec ${args}`

describe('prompt inputs and choices at a terminal', () => {
  const ws = workspace()
  afterAll(() => ws.cleanup())
  beforeAll(() => writeFileSync(join(ws.dir, 'rb.yaml'), RUNBOOK))

  it('asks each input (Enter keeps the default), then the choice as a numbered list', async () => {
    const { code, out } = await converse(exec('rb.yaml'), ws.dir, [
      [/input server \(Server name\): /, 'web-7'],
      [/input region \[eu-1\]: /, ''],
      [/Pick 1-2, [^\n]*: /, '2']
    ])
    expect(out).toContain('  1) restart\n  2) Drain the node [drain]')
    expect(code).toBe(0)
    const id = readdirSync(ws.runsDir)[0] as string
    const trace = readFileSync(join(ws.runsDir, id, 'trace.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as TraceRecord)
    const results = trace.flatMap((t) => (t.type === 'step_result' ? [t.result] : []))
    expect(results.map((r) => [r.step_id, r.status])).toEqual([
      ['hello', 'passed'],
      ['pick', 'passed'],
      ['drain', 'passed']
    ])
    expect(results[0]?.argv).toEqual(['echo', 'web-7', 'eu-1'])
    expect(results[1]?.evidence.action).toMatchObject({ kind: 'choice', value: 'drain' })
  }, 90_000)

  it('without a terminal, a prompt input without a default must be given: exit 3, one line', async () => {
    const r = await ws.run(['exec', 'rb.yaml', '--runs-dir', 'other-runs'])
    expect(r.code).toBe(3)
    expect(r.stderr).toBe(
      "runbook: input 'server' (Server name) has no default and was not given: pass --var server=VALUE (its source is 'prompt')\n"
    )
  })
})
