// A branching runbook end to end, as a user runs it: exec down the branch a capture picks, pause at a
// choice, resume --choose, the outcome in the progress, and verify re-checking every decision from
// the trace (a forged decision fails; one that read a redacted var is not re-checkable).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RunEvent } from '../../src/engine/events.js'
import { recordLine, sealRecord } from '../../src/trace/index.js'
import type { TraceHead } from '../../src/trace/index.js'
import { fixture } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

const RUNBOOK = `apiVersion: runbook/v0
meta:
  name: branch
  vars: {limit: "50", token: "hunter2"}
  governance: {redact: [{pattern: 'hunter2'}]}
steps:
  - id: usage
    type: cli
    with: {argv: [echo, "93"]}
    capture: {pct: stdout}
  - id: full
    type: cli
    when: int(captures.pct) >= int(vars.limit)
    with: {argv: [echo, cleaning]}
  - id: triage
    type: manual
    instructions: Pick the response.
    required_evidence: [{kind: choice, name: response, options: [lockdown, rollback]}]
  - id: rollback
    type: cli
    when: evidence.triage.response == "rollback"
    with: {argv: [echo, rolling back]}
    outcomes: [{state: resolved, recommendation: Close the incident.}]
  - id: lockdown
    type: cli
    when: evidence.triage.response == "lockdown" && vars.token != ""
    with: {argv: [echo, locking down]}
    outcomes: [{state: escalated}]
`

let ws: Workspace
beforeAll(() => {
  ws = workspace()
  writeFileSync(join(ws.dir, 'branch.yaml'), RUNBOOK)
})
afterAll(() => ws.cleanup())

async function pausedRun(): Promise<string> {
  const before = new Set(safeRuns())
  const r = await ws.run(['exec', 'branch.yaml'])
  expect(r.code).toBe(5)
  expect(r.stdout).toContain('--choose response=lockdown|rollback')
  const id = safeRuns().find((x) => !before.has(x))
  if (id === undefined) throw new Error('no run')
  return id
}

function safeRuns(): string[] {
  try {
    return readdirSync(ws.runsDir)
  } catch {
    return []
  }
}

describe('a branching runbook, end to end', () => {
  it('pauses at the choice, resumes down the branch chosen, ends with its outcome, and verifies', async () => {
    const id = await pausedRun()
    const refused = await ws.run([
      'resume',
      id,
      '--choose',
      'response=reboot',
      '--var',
      'token=hunter2'
    ])
    expect(refused.code).toBe(3)
    expect(refused.stderr).toContain(
      "'reboot' is not an option of the choice 'response'; its options are: lockdown, rollback"
    )
    const r = await ws.run([
      'resume',
      id,
      '--choose',
      'response=rollback',
      '--var',
      'token=hunter2'
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('run passed: 4 passed, 0 failed, 1 not reached')
    expect(r.stdout).not.toContain('lockdown')
    expect(r.stdout).toContain("outcome: resolved (step 'rollback'): Close the incident.")
    const v = await ws.run(['verify', id])
    expect(v.stdout).toMatch(/outcome resolved at step 'rollback'.*: verified/)
    expect(v.stdout).toMatch(/ok {4}decisions {2}2 decision\(s\) re-evaluated/)
    expect(v.code).toBe(0)
  })

  it('verify refuses a trace whose decision values were forged, even with the hash chain recomputed', async () => {
    const id = await pausedRun()
    expect(
      (await ws.run(['resume', id, '--choose', 'response=rollback', '--var', 'token=hunter2'])).code
    ).toBe(0)
    const file = join(ws.runDir(id), 'trace.jsonl')
    const records = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    let head: TraceHead | undefined
    const lines = records.map(({ seq: _s, ts, prev_hash: _p, hash: _h, ...e }) => {
      const event = e as unknown as RunEvent
      if (event.type === 'decision_recorded' && event.step_id === 'full')
        event.values = { ...event.values, 'captures.pct': '10' }
      const sealed = sealRecord(event, head, ts as string)
      head = sealed
      return `${recordLine(sealed)}\n`
    })
    writeFileSync(file, lines.join(''))
    const v = await ws.run(['verify', id, '--format', 'json'])
    expect(v.code).toBe(1)
    // The durable head anchor (trace.head.json) and run.json still name the original head, so the
    // rewrite is caught before any semantic check runs; those are then reported as skipped.
    const report = JSON.parse(v.stdout) as {
      checks: { id: string; status: string; problems: { message: string }[] }[]
    }
    const trace = report.checks.find((c) => c.id === 'trace')
    expect(trace?.status).toBe('failed')
    expect(trace?.problems[0]?.message).toMatch(
      /^trace\.head\.json names record \d+ with another hash than trace\.jsonl's: the trace was rewritten$/
    )
    expect(report.checks.find((c) => c.id === 'decisions')?.status).toBe('skipped')
  })

  it('a decision that read a var stored redacted is reported as not re-checkable, never verified', async () => {
    const id = await pausedRun()
    const r = await ws.run([
      'resume',
      id,
      '--choose',
      'response=lockdown',
      '--var',
      'token=hunter2'
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('outcome: escalated')
    const v = await ws.run(['verify', id])
    expect(v.code).toBe(1)
    expect(v.stdout).toContain('NOT verified')
    expect(v.stdout).toMatch(
      /skip {2}decisions {2}1 of 3 decision\(s\) cannot be re-checked: .*read vars\.token, stored redacted: not re-checkable/
    )
  })

  it("runs gert's tree form as it is: branch conditions in expr-lang, inputs, outcomes", async () => {
    const tree = fixture('runbooks', 'gert', 'tree.yaml')
    const v = await ws.run(['validate', tree])
    expect(v.code).toBe(0)
    // The io branch ends without an outcome when its step is not taken: a located warning in the tree.
    expect(v.stdout).toMatch(
      /tree\.yaml:28:19: warning outcome-missing: .*\(at tree\[0\]\.branches\[1\]\.steps\[0\]\.step\)/
    )
    const r = await ws.run(['exec', tree])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      '? [2/3] dumps when captures.cause == "HasDumps" && vars.server_name != "" -> true'
    )
    expect(r.stdout).toContain("outcome: escalated (step 'dumps'): Send dumps")
    const missing = await ws.run(['exec', tree, '--var', 'server_name='])
    expect(missing.code).toBe(0)
    expect(missing.stdout).toContain('- [2/3] dumps not taken')
  })
})
