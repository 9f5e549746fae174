import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cli } from '../helpers/cli.js'
import { fixture, ROOT } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'

const good = fixture('runbooks', 'seed-003-example.yaml')
const bad = fixture('runbooks', 'invalid', 'command-not-allowed.yaml')
const twoErrors = fixture('runbooks', 'invalid', 'duration-invalid.yaml')

describe('runbook validate', () => {
  it('prints FILE: valid and exits 0 for a valid runbook', async () => {
    const r = await cli(['validate', good])
    expect(r).toEqual({ code: 0, stdout: `${good}: valid\n`, stderr: '' })
  })

  it('prints every error with file:line:col, rule id and path, and exits 3', async () => {
    const r = await cli(['validate', good, twoErrors])
    expect(r.code).toBe(3)
    expect(r.stdout.split('\n')).toEqual([
      `${good}: valid`,
      `${twoErrors}: invalid (2 errors, 0 warnings)`,
      `${twoErrors}:4:45: error duration-invalid: invalid duration '5 minutes': expected a Go duration such as 30s, 5m or 1h30m (at meta.defaults.timeout)`,
      `${twoErrors}:9:14: error duration-invalid: invalid duration '1h30': expected a Go duration such as 30s, 5m or 1h30m (at steps[0].timeout)`,
      ''
    ])
  })

  it('prints the same diagnostics as JSON with --format json', async () => {
    const r = await cli(['validate', '--format', 'json', bad])
    expect(r.code).toBe(3)
    const out = JSON.parse(r.stdout) as {
      valid: boolean
      files: {
        file: string
        errors: number
        diagnostics: { rule: string; line: number; col: number; path: string }[]
      }[]
    }
    expect(out.valid).toBe(false)
    expect(out.files[0]?.errors).toBe(1)
    expect(out.files[0]?.diagnostics[0]).toMatchObject({
      rule: 'command-not-allowed',
      line: 13,
      col: 19,
      path: 'steps[1].with.argv[0]'
    })
  })

  it('passes warnings unless --strict', async () => {
    const warn = fixture('runbooks', 'invalid', 'allowlist-command-runner.yaml')
    const loose = await cli(['validate', warn])
    expect(loose.code).toBe(0)
    expect(loose.stdout).toContain(`${warn}: valid (0 errors, 2 warnings)`)
    const strict = await cli(['validate', '--strict', warn])
    expect(strict.code).toBe(3)
    expect(strict.stdout).toContain(`${warn}: invalid (0 errors, 2 warnings)`)
  })

  it('reports a missing file as a located error, exit 3', async () => {
    const r = await cli(['validate', 'missing.yaml'])
    expect(r).toEqual({
      code: 3,
      stdout:
        'missing.yaml: invalid (1 error, 0 warnings)\nmissing.yaml:1:1: error file-unreadable: no such file\n',
      stderr: ''
    })
  })

  it('refuses aliases that expand without bound as located invalid YAML, exit 3', async () => {
    const ws = workspace()
    try {
      const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
      for (const name of 'bcdefgh') {
        const prev = levels.length === 1 ? 'a' : String.fromCharCode(name.charCodeAt(0) - 1)
        levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`)
      }
      writeFileSync(join(ws.dir, 'bomb.yaml'), `apiVersion: runbook/v0\n${levels.join('\n')}\n`)
      const r = await ws.run(['exec', 'bomb.yaml'])
      expect(r.code).toBe(3)
      expect(r.stderr).toContain(
        'bomb.yaml:3:8: error yaml-syntax: invalid YAML: aliases expand to more than 100 nodes'
      )
    } finally {
      ws.cleanup()
    }
  })

  it.each([
    [['validate'], "error: missing required argument 'file'"],
    [
      ['validate', '--format', 'xml', 'x.yaml'],
      "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json."
    ],
    [['validate', '--bogus', 'x.yaml'], "error: unknown option '--bogus'"],
    [['frobnicate'], "error: unknown command 'frobnicate'"]
  ])('refuses bad usage %j with exit 3 and a message', async (args, message) => {
    const r = await cli(args)
    expect(r.code).toBe(3)
    expect(r.stderr).toContain(message)
  })

  it('prints the schema', async () => {
    const r = await cli(['schema'])
    expect(r.code).toBe(0)
    expect((JSON.parse(r.stdout) as { $id: string }).$id).toMatch(/runbook\.v0\.schema\.json$/)
  })

  it('as a real process: exit code 3 and no stack trace on a malformed file', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'src', 'cli', 'main.ts'),
        'validate',
        fixture('runbooks', 'invalid', 'yaml-syntax.yaml')
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '' }
      }
    )
    expect(r.status).toBe(3)
    expect(r.stdout).toContain(
      'yaml-syntax.yaml:4:9: error yaml-syntax: invalid YAML: Missing closing "quote'
    )
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })
})
