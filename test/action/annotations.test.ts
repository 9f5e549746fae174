// Failures become annotations on the runbook's lines, within GitHub's 10-per-type limit.
import { Captures } from '../../src/engine/captures.js'
import { limitAnnotations, runAnnotations } from '../../src/action/annotations.js'
import type { Annotation } from '../../src/action/annotations.js'
import type { RunView, StepResult } from '../../src/engine/model.js'

function result(i: number, over: Partial<StepResult> = {}): StepResult {
  return {
    run_id: 'r',
    step_id: `s${i}`,
    step_index: i,
    type: 'cli',
    status: 'passed',
    actor: 'engine',
    started_at: '',
    ended_at: '',
    duration_ms: 5,
    attempt: 1,
    evidence: {},
    captures: {},
    error: null,
    ...over
  }
}

function state(history: StepResult[], over: Partial<RunView> = {}): RunView {
  return {
    run_id: 'r',
    runbook_path: 'rb.yaml',
    runbook_digest: 'sha256:0',
    runbook_name: 'rb',
    mode: 'real',
    status: 'failed',
    started_at: '',
    actor: 'me',
    steps_total: 3,
    current_step_index: history.length,
    vars: {},
    redacted_vars: [],
    captures: Captures.empty,
    history,
    collected: { evidence: {}, approvals: [] },
    attempt: 0,
    results: { passed: 0, failed: 0, skipped: 0, not_taken: 0 },
    seq: 1,
    ...over
  }
}

const locate = (i: number, a?: number) => ({
  file: 'rb.yaml',
  line: 10 * (i + 1) + (a ?? 0) + (a === undefined ? 0 : 2)
})

describe('run annotations', () => {
  it('puts the failed step on its line and each failed assertion on its own', () => {
    const failed = result(1, {
      status: 'failed',
      error: 'assertion 2 failed',
      assertions: [
        { index: 0, kind: 'contains', passed: true, expected: 'ok' },
        { index: 1, kind: 'equals', passed: false, expected: 'Linux', actual: 'Darwin' }
      ]
    })
    const got = runAnnotations(state([result(0), failed]), 'step s1 failed', locate)
    expect(got.map(({ title, file, line, message }) => ({ title, file, line, message }))).toEqual([
      { title: 'Step s1 failed', file: 'rb.yaml', line: 20, message: 'assertion 2 failed' },
      {
        title: 'Assertion equals failed (step s1)',
        file: 'rb.yaml',
        line: 23,
        message: 'expected Linux, got Darwin'
      }
    ])
  })

  it("annotates the run's error at the current step when no step failed (governance)", () => {
    const got = runAnnotations(state([result(0)]), "governance refused step 's1'", locate)
    expect(got).toEqual([
      expect.objectContaining({
        title: 'Run failed',
        line: 20,
        message: "governance refused step 's1'"
      })
    ])
  })

  it('has nothing to say about a passed run', () => {
    expect(runAnnotations(state([result(0)], { status: 'passed' }), null, locate)).toEqual([])
  })
})

describe('annotation limits', () => {
  const make = (n: number, level: Annotation['level'], rank: number): Annotation[] =>
    Array.from({ length: n }, (_, i) => ({
      level,
      title: `${level} ${rank}.${i}`,
      message: 'm',
      rank
    }))

  it('keeps all when within the limit', () => {
    const all = [...make(10, 'error', 1), ...make(3, 'warning', 1)]
    expect(limitAnnotations(all)).toEqual(all)
  })

  it('keeps the most useful 9 of each type, then one that counts the rest', () => {
    const all = [...make(8, 'error', 2), ...make(6, 'error', 0), ...make(25, 'warning', 1)]
    const got = limitAnnotations(all)
    const errors = got.filter((a) => a.level === 'error')
    const warnings = got.filter((a) => a.level === 'warning')
    expect(errors).toHaveLength(10)
    expect(errors.slice(0, 6).every((a) => a.rank === 0)).toBe(true)
    expect(errors[9]?.title).toBe('5 more errors')
    expect(warnings).toHaveLength(10)
    expect(warnings[9]?.message).toContain('16 more warnings are not shown as annotations')
  })
})
