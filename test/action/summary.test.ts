// The job summary: step table, Mermaid flowchart coloured by status (sections past 100 steps),
// evidence and approvals, trace head, artifact; under GitHub's 1 MiB for 1,000 steps.
import { Captures } from '../../src/engine/captures.js'
import { MERMAID_STEP_LIMIT, renderSummary } from '../../src/action/summary.js'
import type { RunView, StepResult } from '../../src/engine/model.js'
import type { RunbookV0 } from '../../src/runbook/index.js'

function runbook(n: number, idLength = 8): RunbookV0 {
  return {
    apiVersion: 'runbook/v0',
    meta: { name: 'big' },
    steps: Array.from({ length: n }, (_, i) => ({
      id: `step-${String(i).padStart(idLength, '0')}`,
      type: 'cli' as const,
      with: { argv: ['echo', String(i)] }
    }))
  } as RunbookV0
}

function passed(i: number, id: string): StepResult {
  return {
    run_id: 'r1',
    step_id: id,
    step_index: i,
    type: 'cli',
    status: 'passed',
    actor: 'engine',
    started_at: '',
    ended_at: '',
    duration_ms: 1234,
    attempt: 1,
    evidence: {},
    captures: {},
    error: null
  }
}

function state(rb: RunbookV0, done: number, over: Partial<RunView> = {}): RunView {
  return {
    run_id: 'r1',
    runbook_path: 'rb.yaml',
    runbook_digest: 'sha256:0',
    runbook_name: rb.meta.name,
    mode: 'real',
    status: 'passed',
    started_at: '2026-12-06T05:00:00.000Z',
    actor: 'octocat',
    steps_total: rb.steps.length,
    current_step_index: done,
    vars: {},
    redacted_vars: [],
    captures: Captures.empty,
    history: rb.steps.slice(0, done).map((s, i) => passed(i, s.id)),
    collected: { evidence: {}, approvals: [] },
    attempt: 0,
    results: { passed: 0, failed: 0, skipped: 0, not_taken: 0 },
    seq: 1,
    ...over
  }
}

const HEAD = 'a'.repeat(64)

describe('job summary', () => {
  it('shows every step with status, duration and actor, a flowchart, the trace head and the artifact link', () => {
    const rb = runbook(3)
    const s = state(rb, 1, { status: 'failed' })
    s.history.push({ ...passed(1, 'step-00000001'), status: 'failed', error: 'exit 1' })
    const md = renderSummary({
      runbook: rb,
      source: 'rb.yaml',
      state: s,
      runError: "step 'step-00000001' failed: exit 1",
      traceHead: HEAD,
      artifact: {
        name: 'runbook-42',
        id: 7,
        url: 'https://github.com/o/r/actions/runs/42/artifacts/7'
      }
    })
    expect(md).toContain('| 1 | `step-00000000` | ✅ passed | 1.2 s | engine |')
    expect(md).toContain('| 2 | `step-00000001` | ❌ failed | 1.2 s | engine |')
    expect(md).toContain('| 3 | `step-00000002` | ◻️ not run |  |  |')
    expect(md).toContain('```mermaid\nflowchart TD\n  s0["1. step-00000000"]:::passed')
    expect(md).toContain('s1["2. step-00000001"]:::failed')
    expect(md).toContain(`**Trace head:** \`${HEAD}\``)
    expect(md).toContain('[`runbook-42`](https://github.com/o/r/actions/runs/42/artifacts/7)')
    expect(md).toContain("> step 'step-00000001' failed: exit 1")
  })

  it('lists evidence and approvals, and what a paused run waits for', () => {
    const rb = runbook(2)
    const s = state(rb, 1, {
      status: 'paused',
      pending: {
        step_id: 'step-00000001',
        step_index: 1,
        kind: 'manual',
        evidence: ['ticket'],
        approvals_needed: 1,
        roles: ['DRI']
      }
    })
    const first = s.history[0] as StepResult
    first.evidence = {
      log: { kind: 'text', name: 'log', value: 'saw <b>|it|</b>', actor: 'alice', recorded_at: 't' }
    }
    first.approvals = [{ approver: 'bob', role: 'DRI', recorded_at: 't2' }]
    const md = renderSummary({
      runbook: rb,
      source: 'tsg.md',
      state: s,
      runError: null,
      artifact: { skipped: '.runbook/runs/r1' }
    })
    expect(md).toContain('## Runbook big: ⏸️ paused')
    expect(md).toContain('  - evidence log (text, by alice): saw &lt;b&gt;\\|it\\|&lt;/b&gt;')
    expect(md).toContain('  - approved by bob as DRI at t2')
    expect(md).toContain('human (approved by bob)')
    expect(md).toContain('- waiting at `step-00000001` for: evidence ticket, 1 approval (DRI)')
    expect(md).toContain('| 2 | `step-00000001` | ⏸️ paused |')
    expect(md).toContain('not uploaded (not in a runner); the run directory is `.runbook/runs/r1`')
  })

  it(`draws each step up to ${MERMAID_STEP_LIMIT} steps, then sections coloured by their worst status`, () => {
    const small = renderSummary({
      runbook: runbook(MERMAID_STEP_LIMIT),
      source: 'a',
      state: state(runbook(MERMAID_STEP_LIMIT), 100),
      runError: null
    })
    expect(small.match(/^ {2}s\d+\["/gm)).toHaveLength(MERMAID_STEP_LIMIT)
    const rb = runbook(MERMAID_STEP_LIMIT + 1)
    const s = state(rb, 60, { status: 'failed' })
    s.history.push({ ...passed(60, 'x'), status: 'failed' })
    const big = renderSummary({ runbook: rb, source: 'a', state: s, runError: 'x' })
    const nodes = big.match(/^ {2}s\d+\[.*$/gm) ?? []
    expect(nodes.length).toBeLessThanOrEqual(51)
    expect(nodes[0]).toBe('  s0["steps 1-3: 3 passed"]:::passed')
    expect(nodes.find((n) => n.includes('steps 61-63'))).toBe(
      '  s20["steps 61-63: 1 failed, 2 not run"]:::failed'
    )
  })

  it('stays under 1 MiB for a 1,000-step run with long step ids', () => {
    const rb = runbook(1000, 60)
    const md = renderSummary({
      runbook: rb,
      source: 'rb.yaml',
      state: state(rb, 1000),
      runError: null,
      traceHead: HEAD
    })
    expect(md.match(/^\| \d+ \|/gm)).toHaveLength(1000)
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024)
  })
})
