// Where a command writes, checked before anything runs, and who approves on resume.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = workspace()
})
afterEach(() => ws.cleanup())

const RUNBOOK = `apiVersion: runbook/v0
meta:
  name: targets
steps:
  - id: hello
    type: cli
    with:
      argv: [echo, hello]
  - id: review
    type: manual
    instructions: Read the greeting above and note the ticket.
    required_evidence:
      - name: ticket
        kind: text
    approvals:
      min: 1
`

function write(name: string, text: string): string {
  const path = join(ws.dir, name)
  writeFileSync(path, text)
  return path
}

describe('--record', () => {
  it.each([['rb.yaml'], ['./rb.yaml'], ['rb.evidence.yaml']])(
    'onto the runbook (%s, or its evidence file): exit 3 before anything runs, the runbook intact',
    async (target) => {
      const rb = write(target === 'rb.evidence.yaml' ? 'rb.evidence.yaml' : 'rb.yaml', RUNBOOK)
      const record = target === 'rb.evidence.yaml' ? 'rb.yaml' : target
      const r = await ws.run(['exec', rb, '--record', record])
      expect(r.code).toBe(3)
      expect(r.stderr).toMatch(
        /^runbook: --record \S+ would overwrite the runbook .*: record to another file\n$/
      )
      expect(readFileSync(rb, 'utf8')).toBe(RUNBOOK)
      expect(existsSync(ws.runsDir)).toBe(false)
    }
  )

  it('onto a directory: exit 3 before anything runs', async () => {
    const rb = write('rb.yaml', RUNBOOK)
    mkdirSync(join(ws.dir, 'rec'))
    const r = await ws.run(['exec', rb, '--record', 'rec'])
    expect(r.code).toBe(3)
    expect(r.stderr).toBe(
      'runbook: --record rec is a directory: name the scenario file to write, e.g. rec/scenario.yaml\n'
    )
    expect(existsSync(ws.runsDir)).toBe(false)
  })
})

it('resume --runs-dir FILE: exit 3 in words', async () => {
  write('runs', 'not a directory')
  const r = await ws.run(['resume', '20260101T000000-abcd', '--runs-dir', 'runs'])
  expect(r.code).toBe(3)
  expect(r.stderr).toBe(
    'runbook: the runs directory runs is a file, not a directory of runs (give --runs-dir the directory that holds the run directories)\n'
  )
})

it('resume --approve without --as approves as RUNBOOK_ACTOR, as exec names its actor', async () => {
  const rb = write('rb.yaml', RUNBOOK)
  expect((await ws.run(['exec', rb])).code).toBe(5)
  const id = ws.onlyRun()
  const args = ['resume', id, '--evidence', 'ticket=INC-1', '--approve']
  const none = await ws.run(args, { RUNBOOK_ACTOR: '', GITHUB_ACTOR: '', USER: '', USERNAME: '' })
  expect(none.code).toBe(3)
  expect(none.stderr).toContain('--approve needs an approver: give --as NAME, or set RUNBOOK_ACTOR')
  const r = await ws.run(args, { RUNBOOK_ACTOR: 'carol' })
  expect(r.code).toBe(0)
  const approval = ws.trace(id).find((rec) => rec.type === 'approval_recorded')
  expect(approval).toMatchObject({ approval: { approver: 'carol' } })
})

it('dry-run checks --evidence-file as a real run does', async () => {
  const rb = write('rb.yaml', RUNBOOK)
  write(
    'ev.yaml',
    'review:\n  evidence:\n    ticket: { kind: text, value: INC-1 }\n    nosuch: { kind: text, value: x }\n'
  )
  const dry = await ws.run(['exec', rb, '--mode', 'dry-run', '--evidence-file', 'ev.yaml'])
  const real = await ws.run(['exec', rb, '--evidence-file', 'ev.yaml'])
  expect(dry.code).toBe(3)
  expect(real.code).toBe(3)
  expect(dry.stderr).toMatch(/ev\.yaml:4:\d+: error /)
  expect(dry.stderr).toBe(real.stderr)
})

it('--report-file into a missing directory creates it', async () => {
  cpSync(join(ROOT, 'examples', 'replay'), join(ws.dir, 'replay'), { recursive: true })
  const r = await ws.run([
    'exec',
    'replay/pod-crashloop.yaml',
    '--mode',
    'replay',
    '--scenario',
    'replay/pod-crashloop.scenario.yaml',
    '--report',
    'junit',
    '--report-file',
    'reports/replay/junit.xml'
  ])
  expect(r.stderr).toContain('replay report (junit) written to reports/replay/junit.xml')
  expect(readFileSync(join(ws.dir, 'reports', 'replay', 'junit.xml'), 'utf8')).toContain(
    '<testsuite'
  )
  expect(r.code).toBe(0)
})
