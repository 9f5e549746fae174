import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixture } from '../helpers/fixtures.js'
import { seed11ReviewFlags } from '../helpers/seed-11.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = workspace()
})
afterEach(() => ws.cleanup())

const seed11 = fixture('runbooks', 'exec', 'seed-11.yaml')

function write(name: string, text: string): string {
  const path = join(ws.dir, name)
  writeFileSync(path, text)
  return path
}

describe('runbook exec (seed 003 §11)', () => {
  it('runs 3 cli steps, pauses at the manual step without a terminal, and resumes to a verified run', async () => {
    const first = await ws.run(['exec', seed11, '--as', 'alice'])
    expect(first.code).toBe(5)
    const id = ws.onlyRun()
    expect(first.stdout).toContain(
      `paused: step 'review' waits for evidence 'ticket', evidence 'checks', evidence 'log', 1 approval(s)`
    )
    expect(first.stdout).toContain(`runbook resume ${id}`)
    const trace = ws.trace(id)
    expect(trace.map((r) => r.type)).toContain('run_paused')
    expect(readdirSync(join(ws.runDir(id), 'snapshots')).length).toBeGreaterThanOrEqual(1)
    // The template value came from the earlier capture; the secret in argv is redacted.
    const greet = trace.find((r) => r.type === 'step_result' && r.result.step_id === 'greet')
    expect(greet).toMatchObject({
      result: { status: 'passed', argv: ['echo', 'hello from Linux', 'token=<redacted>'] }
    })
    expect(readFileSync(join(ws.runDir(id), 'trace.jsonl'), 'utf8')).not.toContain('abc123')

    const missing = await ws.run(['verify', id])
    expect(missing.code).toBe(1)
    expect(missing.stdout).toMatch(/evidence.*review/)

    const log = write('run.log', 'all good\n')
    const done = await ws.run(['resume', id, ...seed11ReviewFlags('INC-7', log, 'alice')])
    expect(done.code).toBe(0)
    expect(done.stdout).toContain('run passed: 4 passed, 0 failed')
    const verified = await ws.run(['verify', id])
    expect(verified.code).toBe(0)
    expect(verified.stdout).toContain('verified')
    const attached = ws
      .trace(id)
      .find((r) => r.type === 'evidence_recorded' && r.evidence.name === 'log')
    expect(attached).toMatchObject({
      evidence: { kind: 'attachment', bytes: 9, original_name: 'run.log' }
    })
  })

  it('prints a resume command that gives again a var stored redacted', async () => {
    const rb = write(
      'rb.yaml',
      [
        'apiVersion: runbook/v0',
        'meta:',
        '  name: secret-var',
        '  vars: { pw: placeholder }',
        "  governance: { redact: [{ pattern: 'hunter2\\w*' }] }",
        'steps:',
        '  - { id: review, type: manual, instructions: check, required_evidence: [{ kind: text, name: ticket }] }',
        ''
      ].join('\n')
    )
    const first = await ws.run(['exec', rb, '--var', 'pw=hunter2abc'])
    expect(first.code).toBe(5)
    const id = ws.onlyRun()
    expect(first.stdout).toContain(
      `runbook resume ${id} \\\n    --var pw=VALUE \\\n    --evidence ticket=VALUE\n`
    )
    const done = await ws.run(['resume', id, '--var', 'pw=hunter2abc', '--evidence', 'ticket=T-1'])
    expect(done.code).toBe(0)
  })

  it('streams the trace as JSON lines with --json', async () => {
    const r = await ws.run(['exec', seed11, '--json'])
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { seq: number; type: string })
    expect(lines.map((l) => l.seq)).toEqual(lines.map((_, i) => i + 1))
    expect(lines[0]?.type).toBe('run_started')
  })

  it('fails at a failed assertion, exits 1, and verify names the assertion', async () => {
    const rb = write(
      'fail.yaml',
      'apiVersion: runbook/v0\nmeta: {name: f}\nsteps:\n  - {id: os, type: cli, with: {argv: [uname, -s]}, assertions: [{equals: Plan9}]}\n  - {id: never, type: cli, with: {argv: [uname, -r]}}\n'
    )
    const r = await ws.run(['exec', rb])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('✗ [1/2] os failed')
    expect(r.stdout).toContain('assertion 1 (equals) failed: expected Plan9, got Linux')
    const id = ws.onlyRun()
    expect(ws.trace(id).filter((t) => t.type === 'step_started')).toHaveLength(1)
    const v = await ws.run(['verify', id])
    expect(v.code).toBe(1)
    expect(v.stdout).toMatch(/assertion/)
  })

  it('verify names where it looked for a run that does not exist (exit 3)', async () => {
    const byId = await ws.run(['verify', 'nope'])
    expect(byId.code).toBe(3)
    expect(byId.stderr).toBe(
      `runbook: no run directory 'nope' (looked for ${join(ws.dir, 'nope')} and ${join(ws.dir, '.runbook', 'runs', 'nope')})\n`
    )
    const absolute = await ws.run(['verify', '/nonexistent-run'])
    expect(absolute.stderr).toBe(
      "runbook: no run directory '/nonexistent-run' (looked for /nonexistent-run)\n"
    )
  })

  it('refuses a disallowed command: validate exits 3, exec exits 2 before running anything', async () => {
    const canary = write('canary', 'still here')
    const rb = write(
      'denied.yaml',
      `apiVersion: runbook/v0\nmeta: {name: d, governance: {allowed_commands: [uname]}}\nsteps:\n  - {id: a, type: cli, with: {argv: [uname]}}\n  - {id: b, type: cli, with: {argv: [rm, ${canary}]}}\n`
    )
    expect((await ws.run(['validate', rb])).code).toBe(3)
    const r = await ws.run(['exec', rb])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      "command-not-allowed: command 'rm' is not in allowed_commands (uname)"
    )
    expect(existsSync(canary)).toBe(true)
  })

  it('denies a renamed symlink to a denied command at run time, before anything runs', async () => {
    const bin = join(ws.dir, 'bin')
    const canary = write('canary', 'still here')
    const { mkdirSync, symlinkSync } = await import('node:fs')
    mkdirSync(bin)
    symlinkSync('/bin/rm', join(bin, 'tidy'))
    const rb = write(
      'sneaky.yaml',
      `apiVersion: runbook/v0\nmeta: {name: s, governance: {denied_commands: [rm]}}\nsteps:\n  - {id: first, type: cli, with: {argv: [uname]}}\n  - {id: tidy, type: cli, with: {argv: [tidy, ${canary}]}}\n`
    )
    const r = await ws.run(['exec', rb], { PATH: `${bin}:${process.env.PATH ?? ''}` })
    expect(r.code).toBe(2)
    expect(existsSync(canary)).toBe(true)
    const denied = ws.trace(ws.onlyRun()).find((t) => t.type === 'governance_decision')
    expect(denied).toMatchObject({
      step_id: 'tidy',
      decision: 'denied',
      rule: 'denylist',
      resolved_path: join(bin, 'tidy')
    })
    expect(ws.trace(ws.onlyRun()).some((t) => t.type === 'step_started')).toBe(false)
  })

  it('keeps a template value one argument: no word splitting, no second command', async () => {
    const pwned = join(ws.dir, 'pwned')
    const rb = write(
      'tmpl.yaml',
      'apiVersion: runbook/v0\nmeta: {name: t, vars: {name: x}}\nsteps:\n  - {id: a, type: cli, with: {argv: [printf, "[%s]", "{{ .name }}"]}, assertions: [{exit_code: 0}]}\n'
    )
    const evil = `a b; touch ${pwned} $(touch ${pwned}) \`touch ${pwned}\``
    const r = await ws.run(['exec', rb, '--var', `name=${evil}`, '--json'])
    expect(r.code).toBe(0)
    const result = ws.trace(ws.onlyRun()).find((t) => t.type === 'step_result')
    expect(result).toMatchObject({
      result: { argv: ['printf', '[%s]', evil], stdout: { head: `[${evil}]` } }
    })
    expect(existsSync(pwned)).toBe(false)
  })

  it('redacts the value of a denied environment variable everywhere and keeps it out of templates', async () => {
    const rb = write(
      'env.yaml',
      'apiVersion: runbook/v0\nmeta: {name: e, vars: {SECRET_TOKEN: none}, governance: {deny_env_vars: ["SECRET_*"], evidence: {store_full_stdout: true}}}\nsteps:\n  - {id: leak, type: cli, with: {argv: [printenv, SECRET_TOKEN]}}\n  - {id: tmpl, type: cli, with: {argv: [echo, "{{ .SECRET_TOKEN }}"]}, assertions: [{equals: none}]}\n'
    )
    const r = await ws.run(['exec', rb], { SECRET_TOKEN: 'tok-5f1b9c2e' })
    expect(r.code).toBe(0)
    const dir = ws.runDir(ws.onlyRun())
    const files = [
      join(dir, 'trace.jsonl'),
      ...readdirSync(join(dir, 'outputs')).map((f) => join(dir, 'outputs', f)),
      ...readdirSync(join(dir, 'snapshots')).map((f) => join(dir, 'snapshots', f))
    ]
    for (const f of files) expect(readFileSync(f, 'utf8')).not.toContain('tok-5f1b9c2e')
    expect(readFileSync(join(dir, 'outputs', 'leak.1.stdout.txt'), 'utf8')).toBe('<redacted>\n')
  })

  it('redacts the name of an attachment, in its path and original_name', async () => {
    const rb = write(
      'att.yaml',
      [
        'apiVersion: runbook/v0',
        'meta:',
        '  name: att',
        "  governance: { deny_env_vars: ['*_TOKEN'] }",
        'steps:',
        '  - { id: review, type: manual, instructions: check, required_evidence: [{ kind: attachment, name: dump }] }',
        ''
      ].join('\n')
    )
    const env = { DB_TOKEN: 'tok-5f1b9c2e' }
    expect((await ws.run(['exec', rb], env)).code).toBe(5)
    const id = ws.onlyRun()
    const dump = write('dump-tok-5f1b9c2e.txt', 'rows\n')
    const done = await ws.run(['resume', id, '--attach', `dump=${dump}`], env)
    expect(done.code).toBe(0)
    const attached = ws.trace(id).find((r) => r.type === 'evidence_recorded')
    expect(attached).toMatchObject({
      evidence: {
        file: 'attachments/review/dump/dump-_redacted_.txt',
        original_name: 'dump-<redacted>.txt'
      }
    })
    const dir = ws.runDir(id)
    expect(readdirSync(join(dir, 'attachments', 'review', 'dump'))).toEqual(['dump-_redacted_.txt'])
    expect(readFileSync(join(dir, 'run.json'), 'utf8')).not.toContain('tok-5f1b9c2e')
    expect(readFileSync(join(dir, 'trace.jsonl'), 'utf8')).not.toContain('tok-5f1b9c2e')
    expect((await ws.run(['verify', id])).code).toBe(0)
  })

  it('fails a missing command with exit 127, and a timeout kills the step', async () => {
    const rb = write(
      't.yaml',
      'apiVersion: runbook/v0\nmeta: {name: t}\nsteps:\n  - {id: nope, type: cli, with: {argv: [no-such-tool-xyz]}}\n'
    )
    const r = await ws.run(['exec', rb, '--json'])
    expect(r.code).toBe(1)
    expect(ws.trace(ws.onlyRun()).find((t) => t.type === 'step_result')).toMatchObject({
      result: { exit_code: 127, error: 'command not found: no-such-tool-xyz' }
    })
    const slow = write(
      'slow.yaml',
      'apiVersion: runbook/v0\nmeta: {name: s}\nsteps:\n  - {id: nap, type: cli, with: {argv: [sleep, "30"]}, timeout: 300ms}\n'
    )
    const t0 = Date.now()
    const s = await ws.run(['exec', slow, '--runs-dir', 'slow-runs'])
    expect(s.code).toBe(1)
    expect(Date.now() - t0).toBeLessThan(10_000)
    expect(s.stdout).toContain('timed out after 300ms')
  })

  it('prints the plan with --mode dry-run and runs nothing', async () => {
    const r = await ws.run(['exec', seed11, '--mode', 'dry-run'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      "run:      echo 'hello from <capture os from kernel>' 'token=<redacted>'"
    )
    expect(r.stdout).toContain('evidence: checks (checklist: greeting seen; kernel is Linux)')
    expect(existsSync(ws.runsDir)).toBe(false)
  })

  it('asks for a two-step confirmation before a destructive step, then runs it once approved', async () => {
    const target = join(ws.dir, 'scratch')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(join(target, 'sub'), { recursive: true })
    const rb = write(
      'rm.yaml',
      `apiVersion: runbook/v0\nmeta: {name: cleanup}\nsteps:\n  - {id: wipe, type: cli, with: {argv: [rm, -r, ${target}]}}\n`
    )
    const paused = await ws.run(['exec', rb])
    expect(paused.code).toBe(5)
    expect(paused.stdout).toContain(
      "step 'wipe' needs a two-step confirmation: destructive command: rm.recursive"
    )
    expect(existsSync(target)).toBe(true)
    const id = ws.onlyRun()
    const done = await ws.run(['resume', id, '--approve', '--as', 'bob'])
    expect(done.code).toBe(0)
    expect(existsSync(target)).toBe(false)
    expect(ws.trace(id).find((t) => t.type === 'confirmation_recorded')).toMatchObject({
      by: 'bob',
      method: 'approval'
    })
  })

  it('reports a runs directory it cannot create with exit 3, and does not hang on /proc', async () => {
    const file = write('not-a-dir', 'x')
    const r = await ws.run(['exec', seed11, '--runs-dir', join(file, 'runs')])
    expect(r.code).toBe(3)
    expect(r.stderr).toContain(
      `cannot create a run directory under ${join(file, 'runs')}: a parent of it is not a directory\n`
    )
    const proc = await ws.run(['exec', seed11, '--runs-dir', '/proc/runbook-test-runs'])
    expect(proc.code).toBe(3)
    expect(proc.stderr).toContain('cannot create a run directory under /proc/runbook-test-runs')
  })

  it('refuses bad input with exit 3 and a located message', async () => {
    const bad = write(
      'bad.yaml',
      'apiVersion: runbook/v0\nmeta: {name: b}\nsteps:\n  - {id: a, type: cli, with: {argv: [uname]}, timeout: soon}\n'
    )
    const r = await ws.run(['exec', bad])
    expect(r.code).toBe(3)
    expect(r.stderr).toContain(`${'bad.yaml'}:4:`)
    expect(r.stderr).toContain('duration-invalid')
    expect((await ws.run(['exec', seed11, '--var', 'nope=1'])).stderr).toContain(
      "the runbook has no var 'nope'"
    )
    expect((await ws.run(['exec', seed11, '--mode', 'fast'])).code).toBe(3)
  })

  it('checks an evidence file against the runbook before anything runs (exit 3, located)', async () => {
    mkdirSync(join(ws.dir, 'adir'))
    const evidence = write(
      'ev.yaml',
      [
        'review:',
        '  tikcet: {kind: text, value: INC-1}',
        '  checks: {kind: checklist, items: [not an item]}',
        '  log: {kind: attachment, path: missing.txt}',
        '  eve: {kind: approval, role: intern}',
        'no_such_step:',
        '  x: {kind: text, value: y}',
        'kernel:',
        '  y: {kind: attachment, path: adir}',
        ''
      ].join('\n')
    )
    const r = await ws.run(['exec', seed11, '--evidence-file', evidence])
    expect(r.code).toBe(3)
    const lines = r.stderr.trim().split('\n')
    expect(lines.map((l) => l.replace(/: error (\S+):.*\(at (.*)\)$/, ' $1 $2'))).toEqual([
      `${evidence}:2:3 evidence-refused review.tikcet`,
      `${evidence}:3:3 evidence-refused review.checks`,
      `${evidence}:4:33 evidence-attachment-unreadable review.log.path`,
      `${evidence}:5:3 evidence-refused review.eve`,
      `${evidence}:6:1 evidence-step-unknown no_such_step`,
      `${evidence}:9:3 evidence-refused kernel.y`,
      `${evidence}:9:31 evidence-attachment-unreadable kernel.y.path`
    ])
    expect(r.stderr).toContain("this step asks for no evidence named 'tikcet'")
    expect(r.stderr).toContain('missing.txt')
    expect(r.stderr).toContain(
      "the runbook has no step 'no_such_step'; its manual steps are: review"
    )
    expect(existsSync(ws.runsDir)).toBe(false)
  })
})
