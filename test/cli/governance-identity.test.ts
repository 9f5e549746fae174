// An allowed name runs the binary that was allowed: not another one reached through the step's
// env, a relative or absolute path, a copy or link of a denied command, or a file made during the
// run. Real processes, real files; what a user sees (exit codes, messages, the trace).
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { TraceRecord } from '../../src/engine/events.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

let ws: Workspace
let shared: string
let bin: string
let canary: string
beforeAll(async () => {
  shared = mkdtempSync(join(tmpdir(), 'govern-bin-'))
  bin = join(shared, 'bin')
  mkdirSync(bin)
  canary = join(shared, 'pwned')
  // A stand-in for "another binary": it leaves a file behind when it runs.
  for (const name of ['uname', 'zap'])
    writeFileSync(join(bin, name), `#!/bin/sh\necho ran > '${canary}'\n`, { mode: 0o755 })
  // File times lag the clock by up to a tick, and the resolver counts a file changed within 20 ms
  // before a run as made during it: let these fixtures be older than that, once.
  await new Promise((r) => setTimeout(r, 30))
})
afterAll(() => rmSync(shared, { recursive: true, force: true }))
beforeEach(() => {
  ws = workspace()
  rmSync(canary, { force: true })
  for (const made of ['tidy', 'fresh', 'fresh2']) rmSync(join(bin, made), { force: true })
})
afterEach(() => ws.cleanup())

function runbook(governance: string, steps: string[]): string {
  const path = join(ws.dir, 'rb.yaml')
  writeFileSync(
    path,
    `apiVersion: runbook/v0\nmeta: {name: g, governance: {${governance}}}\nsteps:\n${steps.map((s, i) => `  - {id: s${i}, type: cli, ${s}}`).join('\n')}\n`
  )
  return path
}

const decisions = (): Extract<TraceRecord, { type: 'governance_decision' }>[] =>
  ws.trace(ws.onlyRun()).filter((r) => r.type === 'governance_decision')

describe('an allowed name runs the binary that was allowed', () => {
  it("finds argv[0] on the run's own PATH, never the PATH a step opted in to set", async () => {
    const rb = runbook('allowed_commands: [uname]', [
      `with: {argv: [uname], env: {PATH: '${bin}'}, allow_env_hooks: [PATH]}`
    ])
    const r = await ws.run(['exec', rb])
    expect(r.code).toBe(0)
    expect(existsSync(canary)).toBe(false)
    expect(decisions()[0]?.resolved_path).toMatch(/^\/(usr\/)?bin\/uname$/)
    expect(decisions()[0]?.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it.each([
    ['a relative path', 'REL/uname', 'is a path relative to the working directory'],
    [
      'another directory holding the name',
      'BIN/uname',
      "is not the 'uname' found on the run's PATH"
    ]
  ])('refuses %s against a by-name allowlist entry (exit 2)', async (_c, argv0, words) => {
    const rb = runbook('allowed_commands: [uname]', [
      `with: {argv: ['${argv0.replace('BIN', bin).replace('REL', relative(ws.dir, bin))}']}`
    ])
    const r = await ws.run(['exec', rb])
    expect(r.code).toBe(2)
    expect(r.stdout).toContain(words)
    expect(existsSync(canary)).toBe(false)
    expect(decisions()[0]).toMatchObject({ decision: 'denied', rule: 'allowlist-path' })
  })

  it('allows the same file by another spelling, and a path entry allows exactly that path', async () => {
    const viaDots = runbook('allowed_commands: [uname]', [`with: {argv: [/usr/bin/../bin/uname]}`])
    expect((await ws.run(['exec', viaDots])).code).toBe(0)
    const exact = runbook(`allowed_commands: ['${bin}/zap']`, [`with: {argv: ['${bin}/zap']}`])
    expect((await ws.run(['exec', exact])).code).toBe(0)
    expect(existsSync(canary)).toBe(true)
  })

  it.each([
    ['a hard link', (from: string, to: string) => linkSync(from, to)],
    ['a copy', (from: string, to: string) => copyFileSync(from, to)]
  ])('refuses %s of a denied command under another name', async (_c, make) => {
    make(join(bin, 'zap'), join(bin, 'tidy'))
    chmodSync(join(bin, 'tidy'), 0o755)
    const rb = runbook('denied_commands: [zap]', ['with: {argv: [tidy]}'])
    const r = await ws.run(['exec', rb], { PATH: `${bin}:${process.env.PATH ?? ''}` })
    expect(r.code).toBe(2)
    expect(r.stdout).toContain(`is the same file as denied command 'zap'`)
    expect(existsSync(canary)).toBe(false)
    expect(decisions()[0]).toMatchObject({ rule: 'denied-file', step_id: 's0' })
  })

  it('refuses an executable made during the run unless a path entry allows it', async () => {
    const steps = [`with: {argv: [cp, '${bin}/zap', '${bin}/fresh']}`, 'with: {argv: [fresh]}']
    const env = { PATH: `${bin}:${process.env.PATH ?? ''}` }
    const r = await ws.run(['exec', runbook('denied_commands: [rm]', steps)], env)
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('was created or changed after this run')
    expect(existsSync(canary)).toBe(false)
    const byPath = runbook(`allowed_commands: [cp, '${bin}/fresh']`, [
      `with: {argv: [cp, '${bin}/zap', '${bin}/fresh2']}`,
      `with: {argv: ['${bin}/fresh2']}`
    ])
    // A path entry names its file exactly: fresh2 is not fresh, so it is still refused...
    expect((await ws.run(['exec', byPath], env)).code).toBe(2)
    writeFileSync(byPath, readFileSync(byPath, 'utf8').replaceAll('fresh2', 'fresh'))
    // ...and the entry naming it lets the new file run.
    expect((await ws.run(['exec', byPath], env)).code).toBe(0)
    expect(existsSync(canary)).toBe(true)
  })

  it('refuses a step env hook at run time as well as in validate (fail closed)', async () => {
    const rb = runbook('', [`with: {argv: [uname], env: {LD_PRELOAD: /tmp/x.so}}`])
    const v = await ws.run(['validate', rb])
    expect(v.code).toBe(3)
    expect(v.stdout).toMatch(/rb\.yaml:4:\d+: error env-hook/)
    expect(v.stdout).toContain('steps[0].with.env.LD_PRELOAD')
  })
})

describe('with.cwd', () => {
  it.each([
    ['missing', 'nope', 'does not exist'],
    ['not a directory', 'rb.yaml', 'is not a directory']
  ])('a %s working directory fails the step naming the path', async (_c, dir, words) => {
    const rb = runbook('', [`with: {argv: [uname], cwd: ${dir}}`])
    const r = await ws.run(['exec', rb])
    expect(r.code).toBe(1)
    const message = `working directory '${join(ws.dir, dir)}' ${words}`
    expect(r.stdout).toContain(message)
    expect(r.stdout).not.toContain('command not found')
    const result = ws.trace(ws.onlyRun()).find((t) => t.type === 'step_result')
    expect(result).toMatchObject({ result: { status: 'failed', error: message } })
    const plan = await ws.run(['exec', rb, '--mode', 'dry-run'])
    expect(plan.stdout).toContain(message)
  })

  it('a redacted value in cwd never shows in the decision, --json or the dry-run plan', async () => {
    mkdirSync(join(ws.dir, 'sekrit-42'))
    copyFileSync(join(bin, 'zap'), join(ws.dir, 'sekrit-42', 'tool'))
    // A tool that was there before the run: the resolver counts a file changed within 20 ms
    // before the run's process started as made during the run (see beforeAll).
    await new Promise((r) => setTimeout(r, 30))
    const path = join(ws.dir, 'rb.yaml')
    writeFileSync(
      path,
      `apiVersion: runbook/v0\nmeta: {name: r, vars: {dir: x}, governance: {redact: [{pattern: 'sekrit-[0-9]+'}]}}\nsteps:\n  - {id: a, type: cli, with: {argv: [./tool], cwd: '{{ .dir }}'}}\n`
    )
    const r = await ws.run(['exec', path, '--var', 'dir=sekrit-42', '--json'])
    expect(r.code).toBe(0)
    expect(existsSync(canary)).toBe(true)
    expect(r.stdout).toContain('governance_decision')
    expect(r.stdout + r.stderr).not.toContain('sekrit-42')
    expect(JSON.stringify(decisions())).not.toContain('sekrit-42')
    expect(decisions()[0]?.resolved_path).toMatch(/<redacted>\/tool$/)
    for (const json of [[], ['--json']]) {
      const plan = await ws.run([
        'exec',
        path,
        '--var',
        'dir=sekrit-42',
        '--mode',
        'dry-run',
        ...json
      ])
      if (json.length > 0) expect(plan.stdout).toContain('<redacted>/tool')
      expect(plan.stdout + plan.stderr).not.toContain('sekrit-42')
    }
  })
})
