// A passed step's redacted output under its progress line: its last lines at a terminal by default
// (a real pseudo-terminal), nothing with --quiet, everything kept with --verbose (also in a log).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cliBundle } from '../helpers/bundles.js'
import { converse, hasScript } from '../helpers/terminal.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

let CLI: string
let ws: Workspace
beforeAll(async () => {
  CLI = await cliBundle()
  ws = workspace()
  writeFileSync(
    join(ws.dir, 'out.yaml'),
    `apiVersion: runbook/v0
meta:
  name: out
  governance:
    allowed_commands: [seq, echo]
    redact:
      - pattern: 'token=\\S+'
        replace: 'token=<redacted>'
steps:
  - id: count
    type: cli
    with: { argv: [seq, "1", "12"] }
  - id: login
    type: cli
    with: { argv: [echo, token=hunter2] }
`
  )
})
afterAll(() => ws.cleanup())

const LAST_FIVE = [8, 9, 10, 11, 12].map((n) => `        ${n}`).join('\n')
const ALL = Array.from({ length: 12 }, (_, i) => `        ${i + 1}`).join('\n')

/** The lines printed between the `count` step's line and the `login` step's line. */
function underCount(out: string): string {
  const from = out.indexOf('count passed')
  const to = out.indexOf('login passed')
  return out.slice(out.indexOf('\n', from) + 1, out.lastIndexOf('\n', to))
}

const ptyIt = hasScript ? it : it.skip

describe('at a terminal', () => {
  ptyIt('shows the last lines of each passed step by default, redacted', async () => {
    const r = await converse(`${process.execPath} ${CLI} exec out.yaml`, ws.dir, [])
    expect(r.code).toBe(0)
    expect(underCount(r.out)).toBe(
      `      stdout, last 5 lines (--verbose shows more):\n${LAST_FIVE}`
    )
    expect(r.out).toContain('      stdout:\n        token=<redacted>\n')
    expect(r.out).not.toContain('hunter2')
  })

  ptyIt('--quiet shows none', async () => {
    const r = await converse(`${process.execPath} ${CLI} exec out.yaml --quiet`, ws.dir, [])
    expect(r.code).toBe(0)
    expect(underCount(r.out)).toBe('')
    expect(r.out).not.toContain('token=')
  })

  ptyIt('--verbose shows the whole output', async () => {
    const r = await converse(`${process.execPath} ${CLI} exec out.yaml --verbose`, ws.dir, [])
    expect(r.code).toBe(0)
    expect(underCount(r.out)).toBe(`      stdout (27 bytes, redacted):\n${ALL}`)
    expect(r.out).not.toContain('hunter2')
  })
})

describe('without a terminal', () => {
  it('shows no output of passed steps unless --verbose; --quiet with --verbose is refused', async () => {
    const plain = await ws.run(['exec', 'out.yaml'])
    expect(plain.code).toBe(0)
    expect(underCount(plain.stdout)).toBe('')
    const verbose = await ws.run(['exec', 'out.yaml', '--verbose'])
    expect(verbose.code).toBe(0)
    expect(underCount(verbose.stdout)).toBe(`      stdout (27 bytes, redacted):\n${ALL}`)
    expect(verbose.stdout).toContain('        token=<redacted>\n')
    expect(verbose.stdout).not.toContain('hunter2')
    const both = await ws.run(['exec', 'out.yaml', '--verbose', '--quiet'])
    expect(both.code).toBe(3)
    expect(both.stderr).toContain("option '--quiet' cannot be used with option '--verbose'")
  })
})
