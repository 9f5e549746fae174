import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Command } from 'commander'
import { createProgram } from '../../src/cli/program.js'
import { ExitCode } from '../../src/cli/exit-codes.js'
import { RULES } from '../../src/runbook/index.js'
import { ROOT } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'

// The README is the CLI's manual: it must document every command, flag, exit code and rule id.
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const io = {
  stdout: { write: () => true },
  stderr: { write: () => true },
  env: {},
  cwd: ROOT,
  interactive: false
}
const program = createProgram(io, () => undefined)

const commands = (root: Command): Command[] => root.commands.filter((c) => c.name() !== 'help')

describe('README.md', () => {
  it.each(commands(program).map((c) => [c.name(), c] as const))(
    'documents `runbook %s` and each of its flags',
    (name, command) => {
      expect(readme).toContain(`runbook ${name}`)
      for (const option of command.options) expect(readme).toContain(option.long ?? option.flags)
    }
  )

  it('documents every exit code', () => {
    for (const code of Object.values(ExitCode))
      expect(readme).toMatch(new RegExp(`^\\| ${code} \\| `, 'm'))
  })

  it('documents every validation rule', () => {
    for (const rule of RULES) expect(readme).toContain(`| \`${rule.id}\` | ${rule.severity} |`)
  })

  it('has a two-command quick start: one install-and-run line and the test command', () => {
    const quick =
      /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n') ?? []
    expect(quick).toHaveLength(2)
    expect(quick[0]).toMatch(/^npm ci && node dist\/cli\.js \S+ examples\//)
    expect(quick[1]).toBe('npm test')
  })

  it('quick start: the main job runs the bundled example for real and passes', async () => {
    const ws = workspace()
    try {
      const r = await ws.run(['exec', join(ROOT, 'examples', 'system-health.yaml')])
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('run passed: 6 passed, 0 failed')
    } finally {
      ws.cleanup()
    }
  })

  it('the log-triage example runs for real on its committed log, and no secret reaches the run', async () => {
    const ws = workspace()
    try {
      const log = join(ROOT, 'examples', 'data', 'app.log')
      const r = await ws.run([
        'exec',
        join(ROOT, 'examples', 'log-triage.yaml'),
        '--var',
        `log_file=${log}`
      ])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('run passed: 5 passed, 0 failed')
      const dir = ws.runDir(ws.onlyRun())
      const written = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
        .join('\n')
      expect(written).toContain('password=<redacted>')
      for (const secret of ['hunter2', 's3cret', 'eyJhbGciOiJIUzI1NiJ9'])
        expect(written + r.stdout).not.toContain(secret)
    } finally {
      ws.cleanup()
    }
  })
})
