// What a pause prints without a terminal: the step's instructions, and a resume command that runs
// as printed (the program named as the user started it).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { invokedAs } from '../../src/cli/invocation.js'
import { workspace } from '../helpers/workspace.js'

it('a pause without a terminal prints the manual step instructions', async () => {
  const ws = workspace()
  try {
    const rb = join(ws.dir, 'man.yaml')
    writeFileSync(
      rb,
      `apiVersion: runbook/v0
meta:
  name: man
steps:
  - id: look
    type: manual
    instructions: |
      Read the output above.
      Note the ticket number.
    required_evidence:
      - name: ticket
        kind: text
`
    )
    const r = await ws.run(['exec', rb])
    expect(r.code).toBe(5)
    expect(r.stdout).toContain(
      "paused: step 'look' waits for evidence 'ticket'\ninstructions:\n  Read the output above.\n  Note the ticket number.\nrun directory:"
    )
  } finally {
    ws.cleanup()
  }
})

describe('the program a printed command names', () => {
  it.each([
    ['/repo/dist/cli.js', {}, '/repo', 'node dist/cli.js'],
    ['/repo/dist/cli.js', {}, '/elsewhere', 'node /repo/dist/cli.js'],
    ['/repo/node_modules/.bin/runbook', { npm_command: 'exec' }, '/repo', 'npx runbook'],
    ['/usr/local/bin/runbook', {}, '/home/u', 'runbook'],
    ['/my dir/cli.js', {}, '/', "node 'my dir/cli.js'"]
  ])('%s (env %j, cwd %s) -> %s', (script, env, cwd, expected) => {
    expect(invokedAs(script, env, cwd)).toBe(expected)
  })
})
