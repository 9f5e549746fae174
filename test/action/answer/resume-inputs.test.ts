// What the comments gave reaches the trace through the application layer's resume: who
// gave each answer, the approval's comment (redacted) and the comment's link.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CommenterFacts } from '../../../src/action/answer/authorise.js'
import { stepInputsOf, tally, type CommentView } from '../../../src/action/answer/tally.js'
import { resumeRunbook } from '../../../src/app/index.js'
import { manualRequirements } from '../../../src/engine/manual.js'
import { loadRunbookFile } from '../../../src/runbook/index.js'
import { fixture } from '../../helpers/fixtures.js'
import { workspace, type Workspace } from '../../helpers/workspace.js'

let ws: Workspace
beforeEach(() => (ws = workspace()))
afterEach(() => ws.cleanup())

const comment = (id: number, login: string, body: string): CommentView => {
  const at = `2026-01-01T00:00:0${id}Z`
  return {
    id,
    login,
    body,
    createdAt: at,
    updatedAt: at,
    url: `https://github.com/o/r/issues/1#issuecomment-${id}`
  }
}
const facts = (login: string): CommenterFacts => ({
  login,
  permission: 'write',
  roleName: 'write',
  teams: {}
})

test('a resume records each answer with its author, comment and link, and finishes the run', async () => {
  writeFileSync(
    join(ws.dir, 'rb.yaml'),
    readFileSync(fixture('runbooks', 'github', 'approve.yaml'))
  )
  expect((await ws.run(['exec', 'rb.yaml'])).code).toBe(5)
  const runId = ws.onlyRun()
  const loaded = await loadRunbookFile(join(ws.dir, 'rb.yaml'))
  const step = loaded.runbook!.steps[1]!
  const t = tally(
    [
      comment(1, 'alice', '/evidence ticket INC-7\n/approve checked the replica'),
      comment(2, 'carol', '/approve')
    ],
    {
      botLogin: 'github-actions[bot]',
      roles: {
        DRI: [
          { kind: 'login', login: 'alice' },
          { kind: 'login', login: 'carol' }
        ]
      },
      starters: ['starter'],
      step: {
        stepId: 'approve',
        kind: 'manual',
        requirements: manualRequirements(step, undefined)
      },
      facts: new Map([
        ['alice', facts('alice')],
        ['carol', facts('carol')]
      ])
    }
  )
  expect(t.complete).toBe(true)
  const out = await resumeRunbook(
    {
      runId,
      runsDir: '.runbook/runs',
      actor: 'github-actions[bot]',
      vars: [],
      delay: false,
      supplied: () => ({ inputs: stepInputsOf(t) })
    },
    {
      env: process.env,
      cwd: ws.dir,
      interactive: false,
      warn: () => undefined,
      note: () => undefined,
      watch: () => ({
        signal: new AbortController().signal,
        onRecord: () => undefined,
        close: () => undefined
      })
    }
  )
  expect(out.state.status).toBe('passed')
  const trace = ws.trace(runId)
  const evidence = trace.find((r) => r.type === 'evidence_recorded')
  expect(evidence).toMatchObject({
    evidence: {
      name: 'ticket',
      value: 'INC-7',
      actor: 'alice',
      via: 'https://github.com/o/r/issues/1#issuecomment-1'
    }
  })
  expect(
    trace
      .filter((r) => r.type === 'approval_recorded')
      .map((r) => (r as { approval: object }).approval)
  ).toEqual([
    expect.objectContaining({
      approver: 'alice',
      role: 'DRI',
      comment: 'checked the replica',
      via: 'https://github.com/o/r/issues/1#issuecomment-1'
    }),
    expect.objectContaining({
      approver: 'carol',
      role: 'DRI',
      via: 'https://github.com/o/r/issues/1#issuecomment-2'
    })
  ])
  expect((await ws.run(['verify', join('.runbook', 'runs', runId)])).code).toBe(0)
})
