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

it('prints them rendered and redacted: a var filled in, a secret var never in clear', async () => {
  const ws = workspace()
  try {
    writeFileSync(
      join(ws.dir, 'mount.yaml'),
      `apiVersion: runbook/v0
meta:
  name: mount
  vars:
    mount: /srv/data
    api_key: none
  governance:
    redact:
      - pattern: 'sk-[A-Z0-9]+'
        replace: '<key>'
steps:
  - id: look
    type: manual
    instructions: |
      Unmount {{ .mount }} by hand.
      Log in with {{ .api_key }} first.
    required_evidence:
      - name: ticket
        kind: text
`
    )
    const r = await ws.run(['exec', 'mount.yaml', '--var', 'api_key=sk-SECRET42'])
    expect(r.code).toBe(5)
    expect(r.stdout).toContain(
      'instructions:\n  Unmount /srv/data by hand.\n  Log in with <key> first.\nrun directory:'
    )
    expect(r.stdout + r.stderr).not.toContain('{{')
    expect(r.stdout + r.stderr).not.toContain('SECRET42')
    // resume without a terminal pauses again at the same step and prints them the same way
    const id = ws.onlyRun()
    const again = await ws.run(['resume', id, '--var', 'api_key=sk-SECRET42'])
    expect(again.code).toBe(5)
    // (a value given again with --var is redacted as a known secret: `<redacted>`)
    expect(again.stdout).toMatch(
      / {2}Unmount \/srv\/data by hand\.\n {2}Log in with <(key|redacted)> first\.\n/
    )
    expect(again.stdout + again.stderr).not.toContain('SECRET42')
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
