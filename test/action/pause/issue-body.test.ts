import { parseComment } from '../../../src/action/answer/comment-grammar.js'
import {
  readPauseRecord,
  renderPauseIssue,
  type PauseView
} from '../../../src/action/pause/issue-body.js'

const view: PauseView = {
  record: {
    v: 1,
    run_id: 'r-20260105-abc',
    workflow_run_id: 1234000,
    workflow: '.github/workflows/runbook.yml',
    step_id: 'approve-failover',
    step_index: 2,
    kind: 'manual',
    artifact_name: 'runbook-r-20260105-abc',
    artifact_id: 77,
    trace_head: 'a'.repeat(64),
    runbook_digest: `sha256:${'b'.repeat(64)}`,
    expires_at: '2026-04-05T09:00:00Z'
  },
  runbookName: 'db-failover',
  stepTitle: 'Approve the failover',
  instructions: 'Check replica lag on db-2.\n/approve is what you type',
  missingEvidence: [
    { kind: 'text', name: 'ticket', description: 'The incident ticket.' },
    { kind: 'checklist', name: 'checks', items: ['replica healthy', 'traffic drained'] },
    {
      kind: 'choice',
      name: 'path',
      options: ['failover', { value: 'wait', label: 'Wait an hour' }]
    }
  ],
  approvalsNeeded: 2,
  roles: ['DRI'],
  approvers: ['@alice', '@octo-org/sre'],
  workflowRunUrl: 'https://github.com/octo-org/ops/actions/runs/1234000',
  artifactUrl: 'https://github.com/octo-org/ops/actions/runs/1234000/artifacts/77'
}

test('the issue says what is missing, how to answer, and carries the pause record', () => {
  const { title, body } = renderPauseIssue(view)
  expect(title).toBe(
    'Runbook db-failover: step approve-failover waits for an answer (run r-20260105-abc)'
  )
  expect(body).toContain('- evidence `ticket`: The incident ticket.: `/evidence ticket VALUE`')
  expect(body).toContain(
    'one `/check checks ITEM` for each of `replica healthy`, `traffic drained`'
  )
  expect(body).toContain(
    '- choice `path`: one of `/choose path failover`, `/choose path wait` (Wait an hour)'
  )
  expect(body).toContain('- 2 approval(s) by people holding DRI other than whoever started the run')
  expect(body).toContain('kept until 2026-04-05T09:00:00Z (the run cannot resume after that)')
  expect(body).toContain(`trace head: \`${'a'.repeat(64)}\``)
  expect(readPauseRecord(body)).toEqual(view.record)
  // The instructions are quoted, so a command inside them is never read as an answer.
  expect(parseComment(body).commands).toEqual([])
})

test('a body without a usable pause record says why', () => {
  expect(readPauseRecord('hello')).toBe(
    'the issue has no runbook pause record: it was not opened by this Action'
  )
  expect(readPauseRecord('<!-- runbook:pause {"v":2} -->')).toBe(
    'the pause record has version 2; this version of the Action reads version 1'
  )
  expect(readPauseRecord('<!-- runbook:pause {"v":1,"run_id":"x"} -->')).toMatch(
    /^the pause record lacks workflow_run_id, workflow,/
  )
  expect(readPauseRecord('<!-- runbook:pause {nope} -->')).toBe(
    'the pause record of the issue is not valid JSON'
  )
})
