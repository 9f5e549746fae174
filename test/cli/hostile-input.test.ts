// Inputs a careless or hostile author writes: each is one located error (exit 3) or one failed
// step with a clear message, never exit 70, a stack trace, a hang or a secret in clear.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeInternalError } from '../../src/app/index.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

let ws: Workspace
beforeAll(() => {
  ws = workspace()
})
afterAll(() => ws.cleanup())

function write(name: string, text: string): string {
  const path = join(ws.dir, name)
  writeFileSync(path, text)
  return path
}

const head = 'apiVersion: runbook/v0\nmeta:\n  name: hostile\n'

describe('YAML that parses but cannot become a value', () => {
  it('a self-referencing alias: located error, exit 3', async () => {
    const f = write(
      'self.yaml',
      `apiVersion: runbook/v0\nmeta: &m\n  name: self\n  vars:\n    x: *m\nsteps: []\n`
    )
    const r = await ws.run(['validate', f])
    expect(r.code).toBe(3)
    expect(r.stdout + r.stderr).toContain(
      'self.yaml:5:8: error yaml-structure: invalid YAML: the alias *m refers to a node that contains it'
    )
  })

  it.each([
    ['flow', `${head}  vars:\n    x: ${'['.repeat(100)}${']'.repeat(100)}\nsteps: []\n`, '5:69'],
    [
      'flow, past the parser stack',
      `${head}  vars:\n    x: ${'['.repeat(20000)}${']'.repeat(20000)}\n`,
      '5:'
    ],
    [
      'block',
      `${head}steps:\n${Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}- a:`).join('\n')}\n`,
      '36:65'
    ]
  ])('nesting too deep (%s): located error, exit 3', async (_, text, at) => {
    const r = await ws.run(['validate', write('deep.yaml', text)])
    expect(r.code).toBe(3)
    expect(r.stdout).toMatch(
      /deep\.yaml:\d+:\d+: error yaml-structure: invalid YAML: nested more than 64 levels deep/
    )
    expect(r.stdout).toContain(`deep.yaml:${at}`)
  })
})

describe('NUL bytes', () => {
  it.each([
    ['argv', '    with:\n      argv: [echo, "a\\0b"]\n', 'steps[0].with.argv[1]', '8:20'],
    [
      'env',
      '    with:\n      argv: [echo]\n      env:\n        FOO: "x\\0y"\n',
      'steps[0].with.env.FOO',
      '10:14'
    ]
  ])('in %s: located validate error, exit 3, nothing runs', async (_, withBlock, path, at) => {
    const f = write('nul.yaml', `${head}steps:\n  - id: a\n    type: cli\n${withBlock}`)
    for (const cmd of ['validate', 'exec']) {
      const r = await ws.run([cmd, f])
      expect(r.code).toBe(3)
      expect(r.stdout + r.stderr).toContain(
        `nul.yaml:${at}: error nul-byte: a NUL byte (\\0) at character 2`
      )
      expect(r.stdout + r.stderr).toContain(`(at ${path})`)
    }
  })

  it('in a capture used in argv: the step fails naming argv[1], the secret stays redacted, exit 1', async () => {
    const f = write(
      'nulcap.yaml',
      `${head}  governance:\n    redact:\n      - pattern: 'tok3n[A-Z]+'\nsteps:\n` +
        `  - id: a\n    type: cli\n    with:\n      argv: [printf, 'tok3nSECRET\\0b']\n    capture:\n      out: stdout\n` +
        `  - id: b\n    type: cli\n    with:\n      argv: [echo, "{{ .out }}"]\n`
    )
    const r = await ws.run(['exec', f, '--runs-dir', 'nulcap-runs'])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('argv[1] holds a NUL byte (\\0), which a process argument')
    expect(r.stdout + r.stderr).not.toContain('tok3nSECRET')
    expect(r.stderr).not.toContain('internal error')
  })
})

describe('durations', () => {
  it('over the limit of timers: located validate error with the limit', async () => {
    const f = write(
      'dur.yaml',
      `${head}steps:\n  - id: a\n    type: cli\n    timeout: 25d\n    with:\n      argv: [sleep, '0']\n`.replace(
        '25d',
        '600h'
      )
    )
    const r = await ws.run(['validate', f])
    expect(r.code).toBe(3)
    expect(r.stdout).toContain(
      "dur.yaml:7:14: error duration-invalid: duration '600h' is too long: the maximum is 2147483647 ms (about 24.8 days"
    )
  })
})

describe('an internal error', () => {
  it("names the error's class and place in this program, never its message", () => {
    const message = "The argument 'args[0]' must be a string without null bytes. Received 'hunter2'"
    const err = Object.assign(new TypeError(message), { code: 'ERR_INVALID_ARG_VALUE' })
    err.stack = [
      `TypeError [ERR_INVALID_ARG_VALUE]: ${message}`,
      '    at normalizeSpawnArguments (node:child_process:540:3)',
      '    at fn (file:///home/u/app/node_modules/lib/src/a.js:1:2)',
      '    at start (/home/u/app/src/providers/cli/node-process-runner.ts:141:17)'
    ].join('\n')
    expect(describeInternalError(err)).toBe(
      'TypeError ERR_INVALID_ARG_VALUE at src/providers/cli/node-process-runner.ts:141:17'
    )
    expect(describeInternalError('hunter2')).toBe('a thrown string')
  })
})
