// The durable head anchor through the CLI a user runs: a paused run's trace.head.json holds two
// slots; a crash's torn slot does not stop a resume; an anchor with no valid slot is refused by
// resume (exit 4, nothing recorded) and failed by verify (exit 1), both saying why.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readAnchor, SLOT_SIZE } from '../../src/trace/head-anchor.js'
import { fixture } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = workspace()
})
afterEach(() => ws.cleanup())

async function pausedRun(): Promise<string> {
  writeFileSync(
    join(ws.dir, 'seed-11.yaml'),
    readFileSync(fixture('runbooks', 'exec', 'seed-11.yaml'))
  )
  expect((await ws.run(['exec', 'seed-11.yaml'])).code).toBe(5)
  return ws.onlyRun()
}

/** Overwrites the start of slot `slot` (0 or 1) of the run's anchor with `bytes`. */
function damage(id: string, slot: number, bytes: string): void {
  const path = join(ws.runDir(id), 'trace.head.json')
  const file = readFileSync(path)
  file.write(bytes, slot * SLOT_SIZE, 'latin1')
  writeFileSync(path, file)
}

describe('trace.head.json through the CLI', () => {
  it('a torn slot (a crash mid-commit) does not stop a resume; the resume rewrites it', async () => {
    const id = await pausedRun()
    const anchor = join(ws.runDir(id), 'trace.head.json')
    const before = readAnchor(readFileSync(anchor))
    expect(before.heads).toHaveLength(2)
    damage(id, before.newest ?? 0, '{"check":"torn')
    expect(readAnchor(readFileSync(anchor)).heads).toEqual(before.heads.slice(1))
    const r = await ws.run(['resume', id, '--evidence', 'ticket=INC-1'])
    expect(r.code).toBe(5) // still waits for what the step asks; the anchor was accepted
    expect(readAnchor(readFileSync(anchor)).heads).toHaveLength(2)
  })

  it('an anchor with no valid slot: resume refuses (exit 4, nothing recorded), verify fails (exit 1)', async () => {
    const id = await pausedRun()
    damage(id, 0, 'x')
    damage(id, 1, '{"check":"z')
    const trace = join(ws.runDir(id), 'trace.jsonl')
    const recorded = readFileSync(trace)
    const why =
      'trace.head.json makes no claim: neither slot holds a valid claim (slot 1 is not a JSON line (a torn or damaged write); slot 2 fails its check (a torn or edited write)); a crash tears at most one, so the file was damaged or edited'
    const r = await ws.run(['resume', id, '--evidence', 'ticket=INC-1'])
    expect(r.code).toBe(4)
    expect(r.stderr).toContain(why)
    expect(r.stderr).not.toMatch(/\n\s+at /) // no stack trace
    expect(readFileSync(trace)).toEqual(recorded)
    const verify = await ws.run(['verify', id])
    expect(verify.code).toBe(1)
    expect(verify.stdout).toContain(`FAIL  trace      ${why}`)
  })
})
