import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
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

async function pausedRun(): Promise<{ id: string; runbook: string }> {
  const runbook = join(ws.dir, 'seed-11.yaml')
  writeFileSync(runbook, readFileSync(fixture('runbooks', 'exec', 'seed-11.yaml')))
  expect((await ws.run(['exec', 'seed-11.yaml'])).code).toBe(5)
  return { id: ws.onlyRun(), runbook }
}

describe('runbook resume', () => {
  it('refuses malformed evidence atomically: exit 3, nothing recorded, still paused', async () => {
    const { id } = await pausedRun()
    const before = readFileSync(join(ws.runDir(id), 'trace.jsonl'))
    const r = await ws.run([
      'resume',
      id,
      '--evidence',
      'ticket=INC-1',
      '--evidence',
      'tikcet=x',
      '--check',
      'checks=not an item',
      '--attach',
      'log=missing.txt',
      '--approve',
      '--as',
      'eve',
      '--role',
      'intern'
    ])
    expect(r.code).toBe(3)
    expect(r.stderr).toContain("nothing was recorded; the run stays paused at step 'review'")
    expect(r.stderr).toContain(
      "evidence tikcet: this step asks for no evidence named 'tikcet'; it asks for: ticket (text), checks (checklist), log (attachment)"
    )
    expect(r.stderr).toContain("checklist 'checks' has no item 'not an item'")
    expect(r.stderr).toMatch(/evidence log: .*missing\.txt: no such file/)
    expect(r.stderr).toContain("approver 'eve' must hold one of the roles DRI")
    expect(readFileSync(join(ws.runDir(id), 'trace.jsonl'))).toEqual(before)
  })

  it('keeps what is given and pauses again naming what is still missing (exit 5)', async () => {
    const { id } = await pausedRun()
    const r = await ws.run([
      'resume',
      id,
      '--evidence',
      'ticket=INC-1',
      '--check',
      'checks=greeting seen'
    ])
    expect(r.code).toBe(5)
    expect(r.stdout).toContain(
      "paused: step 'review' waits for evidence 'checks', evidence 'log', 1 approval(s)"
    )
    expect(r.stdout).toContain("--check 'checks=kernel is Linux'")
    expect(r.stdout).not.toContain("--check 'checks=greeting seen'")
  })

  it('resumes a run directory moved to another place, as the Action does in a later job', async () => {
    const { id } = await pausedRun()
    writeFileSync(join(ws.dir, 'log.txt'), 'evidence\n')
    const moved = workspace()
    try {
      cpSync(ws.dir, moved.dir, { recursive: true })
      ws.cleanup()
      const r = await moved.run(['resume', id, ...seed11ReviewFlags('INC-1', 'log.txt', 'alice')])
      expect(r.code).toBe(0)
      expect((await moved.run(['verify', id])).code).toBe(0)
      const files = readdirSync(moved.runDir(id), { recursive: true, encoding: 'utf8' })
      for (const f of files) {
        const path = join(moved.runDir(id), f)
        if (!statSync(path).isFile()) continue
        const text = readFileSync(path, 'utf8')
        expect({ f, old: text.includes(ws.dir), now: text.includes(moved.dir) }).toEqual({
          f,
          old: false,
          now: false
        })
      }
    } finally {
      moved.cleanup()
    }
  })

  it('counts the same approver once', async () => {
    const rb = join(ws.dir, 'two.yaml')
    writeFileSync(
      rb,
      'apiVersion: runbook/v0\nmeta: {name: two}\nsteps:\n  - {id: signoff, type: manual, instructions: Sign off., approvals: {min: 2}}\n'
    )
    await ws.run(['exec', 'two.yaml'])
    const id = ws.onlyRun()
    expect((await ws.run(['resume', id, '--approve', '--as', 'alice'])).code).toBe(5)
    const again = await ws.run(['resume', id, '--approve', '--as', 'alice'])
    expect(again.code).toBe(5)
    expect(again.stdout).toContain('waits for 1 approval(s)')
    expect((await ws.run(['resume', id, '--approve', '--as', 'bob'])).code).toBe(0)
  })

  it('counts one approver once however the name is spaced or cased', async () => {
    const rb = join(ws.dir, 'two.yaml')
    writeFileSync(
      rb,
      'apiVersion: runbook/v0\nmeta: {name: two}\nsteps:\n  - {id: signoff, type: manual, instructions: Sign off., approvals: {min: 2}}\n'
    )
    await ws.run(['exec', 'two.yaml'])
    const id = ws.onlyRun()
    expect((await ws.run(['resume', id, '--approve', '--as', 'alice'])).code).toBe(5)
    const again = await ws.run(['resume', id, '--approve', '--as', ' Alice '])
    expect(again.code).toBe(5)
    expect(again.stdout).toContain('waits for 1 approval(s)')
  })

  it('refuses a trace cut short below its durable head (exit 4), naming both counts', async () => {
    const { id } = await pausedRun()
    const trace = join(ws.runDir(id), 'trace.jsonl')
    const lines = readFileSync(trace, 'utf8').split('\n')
    writeFileSync(trace, lines.slice(0, -3).join('\n') + '\n')
    const r = await ws.run(['resume', id, '--evidence', 'ticket=INC-1'])
    expect(r.code).toBe(4)
    expect(r.stderr).toMatch(
      /trace\.jsonl holds (\d+) intact records, but trace\.head\.json proves (\d+) were written durably/
    )
    const verify = await ws.run(['verify', id])
    expect(verify.code).toBe(1)
    expect(verify.stdout).toContain('but trace.head.json proves')
  })

  it('completes a run killed between run_finished and run.json: resume commits it, verify accepts it', async () => {
    const rb = join(ws.dir, 'one.yaml')
    writeFileSync(
      rb,
      'apiVersion: runbook/v0\nmeta: {name: one, governance: {allowed_commands: [echo]}}\nsteps:\n  - {id: hi, type: cli, with: {argv: [echo, hi]}}\n'
    )
    expect((await ws.run(['exec', 'one.yaml'])).code).toBe(0)
    const id = ws.onlyRun()
    rmSync(join(ws.runDir(id), 'run.json'))
    expect((await ws.run(['verify', id])).code).toBe(1)
    const r = await ws.run(['resume', id])
    expect(r.stderr).toContain('was not committed')
    expect(r.code).toBe(0)
    const verify = await ws.run(['verify', id])
    expect(verify.stdout).toContain('verified')
    expect(verify.code).toBe(0)
  })

  it('refuses to resume when the runbook changed since the run started (exit 4)', async () => {
    const { id, runbook } = await pausedRun()
    writeFileSync(runbook, `${readFileSync(runbook, 'utf8')}\n# edited\n`)
    const r = await ws.run(['resume', id, '--evidence', 'ticket=INC-1'])
    expect(r.code).toBe(4)
    expect(r.stderr).toMatch(
      /seed-11\.yaml changed since the run started \(was sha256:[0-9a-f]{64}, now sha256:[0-9a-f]{64}\)/
    )
  })

  it('refuses a run directory whose runbook.yaml was deleted (exit 4, not an internal error)', async () => {
    const { id } = await pausedRun()
    rmSync(join(ws.runDir(id), 'runbook.yaml'))
    const r = await ws.run(['resume', id, '--evidence', 'ticket=INC-1'])
    expect(r.code).toBe(4)
    expect(r.stderr).toContain(
      `cannot resume ${id}: the run directory's runbook.yaml cannot be read (no such file or directory)`
    )
  })

  it('refuses an unknown run, a finished run and a tampered trace (exit 4)', async () => {
    const { id } = await pausedRun()
    const unknown = await ws.run(['resume', '20991231T000000-beef'])
    expect(unknown.code).toBe(4)
    expect(unknown.stderr).toContain('cannot resume 20991231T000000-beef')
    const trace = join(ws.runDir(id), 'trace.jsonl')
    const text = readFileSync(trace, 'utf8')
    writeFileSync(trace, text.replace('"hello from Linux"', '"hello from Linux!"'))
    const tampered = await ws.run(['resume', id])
    expect(tampered.code).toBe(4)
    expect(tampered.stderr).toMatch(/cannot resume .*record \d+/)
    writeFileSync(trace, text)
    const log = join(ws.dir, 'log.txt')
    writeFileSync(log, 'x')
    const args = ['resume', id, ...seed11ReviewFlags('T', log, 'a')]
    expect((await ws.run(args)).code).toBe(0)
    const finished = await ws.run(['resume', id])
    expect(finished.code).toBe(4)
    expect(finished.stderr).toContain('the run already finished with status passed')
  })

  it('reads evidence and approvals from an evidence file', async () => {
    const { id } = await pausedRun()
    writeFileSync(join(ws.dir, 'log.txt'), 'log\n')
    writeFileSync(
      join(ws.dir, 'review.evidence.yaml'),
      'review:\n  ticket: {kind: text, value: INC-9}\n  checks: {kind: checklist, items: [greeting seen, kernel is Linux]}\n  log: {kind: attachment, path: log.txt}\n  carol: {kind: approval, role: DRI}\n'
    )
    const r = await ws.run(['resume', id, '--evidence-file', 'review.evidence.yaml'])
    expect(r.code).toBe(0)
    expect(ws.trace(id).find((t) => t.type === 'approval_recorded')).toMatchObject({
      approval: { approver: 'carol', role: 'DRI' }
    })
  })
})
