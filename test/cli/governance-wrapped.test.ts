// Commands that run other commands, with real processes: a wrapper cannot carry a denied command
// (or a copy of one) past the denylist, and where argv does not show what runs the step waits for
// a confirmation. validate warns when a wrapper is on the allowlist.
import { existsSync, linkSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateRunbookText } from '../../src/runbook/index.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

let ws: Workspace
beforeAll(async () => {
  ws = workspace()
  mkdirSync(join(ws.dir, 'bin'))
  const zap = join(ws.dir, 'bin', 'zap')
  writeFileSync(zap, `#!/bin/sh\necho ran > '${join(ws.dir, 'pwned')}'\n`, { mode: 0o755 })
  linkSync(zap, join(ws.dir, 'bin', 'tidy'))
  // Older than the resolver's 20 ms margin for file clocks (see command-resolver.ts).
  await new Promise((r) => setTimeout(r, 30))
})
afterAll(() => ws.cleanup())

function runbook(name: string, argv: string[]): string {
  const path = join(ws.dir, `${name}.yaml`)
  writeFileSync(
    path,
    `apiVersion: runbook/v0\nmeta: {name: ${name}, governance: {denied_commands: [zap]}}\nsteps:\n  - {id: a, type: cli, with: {argv: ${JSON.stringify(argv)}}}\n`
  )
  return path
}
const env = () => ({ PATH: `${join(ws.dir, 'bin')}:${process.env.PATH ?? ''}` })

describe('wrapped commands at run time', () => {
  it.each([
    ['timeout', ['timeout', '5', 'zap'], "'timeout' runs 'zap'"],
    ['env -S', ['env', '-S', 'zap now'], "'env' runs 'zap'"],
    ['a hard link under a wrapper', ['nice', '-n', '1', 'tidy'], 'same file as denied command'],
    ['find -exec', ['find', '.', '-maxdepth', '0', '-exec', 'tidy', '{}', ';'], "'find' runs"]
  ])('%s: refused before anything runs (exit 2)', async (name, argv, words) => {
    const r = await ws.run(['exec', runbook(name.replace(/\W+/g, '-'), argv)], env())
    expect(r.code).toBe(2)
    expect(r.stdout).toContain(words)
    expect(existsSync(join(ws.dir, 'pwned'))).toBe(false)
  })

  it('a shell line that hides what runs waits for a confirmation (exit 5), nothing runs', async () => {
    const r = await ws.run(['exec', runbook('hidden', ['sh', '-c', 'true; zap'])], env())
    expect(r.code).toBe(5)
    expect(r.stdout).toContain('cannot be read from its argv')
    expect(existsSync(join(ws.dir, 'pwned'))).toBe(false)
  })
})

describe('validate: a wrapper on the allowlist restricts nothing', () => {
  it.each(['flock', 'taskset', 'nsenter', 'systemd-run', 'make', 'less', 'ld-linux-x86-64.so.2'])(
    '%s is reported at its allowlist entry',
    (entry) => {
      const text = `apiVersion: runbook/v0\nmeta:\n  name: w\n  governance:\n    allowed_commands: [df, ${entry}]\nsteps:\n  - {id: a, type: cli, with: {argv: [df]}}\n`
      const r = validateRunbookText(text, 'w.yaml')
      const d = r.diagnostics.find((x) => x.rule === 'allowlist-command-runner')
      expect(d).toMatchObject({ severity: 'warning', line: 5 })
      expect(d?.path).toBe('meta.governance.allowed_commands[1]')
      expect(d?.message).toContain(`allowing '${entry}' lets every command through`)
    }
  )
})
