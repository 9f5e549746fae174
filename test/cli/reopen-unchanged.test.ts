// Opening a run changes nothing when nothing is recorded: a resume that refuses (here: a var
// stored redacted is not given again) leaves every file of the run as run.json records it, so
// the run still verifies, and a later resume goes on from where it paused.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = workspace()
})
afterEach(() => ws.cleanup())

it('a refused resume leaves the run directory as it was: verify still passes its files check', async () => {
  writeFileSync(
    join(ws.dir, 'rb.yaml'),
    [
      'apiVersion: runbook/v0',
      'meta:',
      '  name: reopen',
      '  vars: { pw: placeholder }',
      "  governance: { allowed_commands: [echo], redact: [{ pattern: 'hunter2\\w*' }] }",
      'steps:',
      '  - { id: first, type: cli, with: { argv: [echo, one] } }',
      '  - { id: review, type: manual, instructions: check, required_evidence: [{ kind: text, name: ticket }] }',
      ''
    ].join('\n')
  )
  expect((await ws.run(['exec', 'rb.yaml', '--var', 'pw=hunter2abc'])).code).toBe(5)
  const id = ws.onlyRun()
  const anchor = () => readFileSync(join(ws.runDir(id), 'trace.head.json'))
  const before = anchor()

  const refused = await ws.run(['resume', id, '--evidence', 'ticket=T-1'])
  expect(refused.stderr).toContain("var 'pw' is stored redacted")
  expect(refused.code).not.toBe(0)
  expect(anchor().equals(before)).toBe(true)
  const verify = await ws.run(['verify', id])
  expect(verify.stdout).toMatch(/ok {4}files/)

  const done = await ws.run(['resume', id, '--var', 'pw=hunter2abc', '--evidence', 'ticket=T-1'])
  expect(done.code).toBe(0)
  expect((await ws.run(['verify', id])).code).toBe(0)
})
