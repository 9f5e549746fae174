// The decision flow in the engine: guards pick the branch from earlier results, a false guard is
// not_taken, an outcome ends the run, a resumed run keeps its decision, and every recorded decision
// evaluates again, from the values recorded with it, to the recorded result.
import fc from 'fast-check'
import { resumeRun, startRun } from '../../src/engine/driver.js'
import type { DecisionRecordedEvent, TraceRecord } from '../../src/engine/events.js'
import { conditionOf } from '../../src/engine/decisions.js'
import type { RunState } from '../../src/engine/model.js'
import { evaluateCondition } from '../../src/runbook/index.js'
import type { ConditionValues } from '../../src/runbook/index.js'
import {
  fakeDeps,
  historyOf,
  runbookFrom,
  ScriptedCli,
  START,
  SuppliedManual
} from '../helpers/engine-fakes.js'

const RUNBOOK = runbookFrom(`
apiVersion: runbook/v0
meta: {name: branch, vars: {limit: "90", secret: ""}}
steps:
  - id: usage
    type: cli
    with: {argv: [df]}
    capture: {pct: stdout}
  - id: full
    type: cli
    when: int(captures.pct) >= int(vars.limit)
    with: {argv: [clean]}
    outcomes:
      - {when: 'steps.full.exit_code == 0', state: mitigated, recommendation: watch it}
      - {state: escalated}
  - id: triage
    type: manual
    instructions: Pick one.
    required_evidence: [{kind: choice, name: response, options: [lockdown, rollback]}]
  - id: rollback
    type: cli
    when: evidence.triage.response == "rollback" && vars.secret != "x"
    with: {argv: [rollback]}
  - id: done
    type: cli
    with: {argv: [uname]}
    outcomes: [{state: resolved}]
`)

const decisions = (records: TraceRecord[]) =>
  records.filter((r): r is DecisionRecordedEvent & TraceRecord => r.type === 'decision_recorded')

function deps(pct: number, response?: string) {
  return fakeDeps(RUNBOOK, {
    cli: new ScriptedCli((argv) =>
      argv[0] === 'df' ? { stdout: `${pct}\n` } : { stdout: 'ok\n' }
    ),
    manual: new SuppliedManual(
      response === undefined
        ? { evidence: [], approvals: [] }
        : { evidence: [{ name: 'response', kind: 'choice', value: response }], approvals: [] }
    )
  })
}

const start = { ...START, steps_total: RUNBOOK.steps.length, vars: { limit: '90', secret: '' } }

describe('decision flow in the engine', () => {
  it('a capture picks the branch and the first outcome that holds ends the run', async () => {
    const d = deps(95)
    const state = await startRun(d, start)
    expect(state.status).toBe('passed')
    expect(state.outcome).toEqual({
      state: 'mitigated',
      recommendation: 'watch it',
      step_id: 'full',
      step_index: 1
    })
    expect(historyOf(d).map((r) => [r.step_id, r.status])).toEqual([
      ['usage', 'passed'],
      ['full', 'passed']
    ])
    const finished = d.store.records.at(-2)
    expect(finished).toMatchObject({
      type: 'run_finished',
      not_reached: 3,
      outcome: { state: 'mitigated' }
    })
    expect(decisions(d.store.records).map((e) => [e.kind, e.values, e.result])).toEqual([
      ['guard', { 'captures.pct': '95', 'vars.limit': '90' }, true],
      ['outcome', { 'steps.full.exit_code': 0 }, true]
    ])
  })

  it('a false guard is not_taken; the run pauses at the choice and resumes down the branch chosen', async () => {
    const d = deps(10)
    const paused = await startRun(d, start)
    expect(paused.status).toBe('paused')
    expect(paused.pending?.evidence).toEqual(['response'])
    expect(historyOf(d).map((r) => r.status)).toEqual(['passed', 'not_taken'])
    const manual = new SuppliedManual({
      evidence: [{ name: 'response', kind: 'choice', value: 'rollback' }],
      approvals: []
    })
    const cli = new ScriptedCli(() => ({ stdout: 'ok\n' }))
    const done = await resumeRun({ ...d, manual, cli }, paused)
    expect(done.status).toBe('passed')
    expect(cli.calls.map((c) => c[0])).toEqual(['rollback', 'uname'])
    expect(done.outcome?.state).toBe('resolved')
  })

  it('refuses a choice that is not among the options, and records nothing', async () => {
    const d = deps(10, 'reboot')
    const state = await startRun(d, start)
    expect(state.status).toBe('paused')
    expect(d.store.records.some((r) => r.type === 'evidence_recorded')).toBe(false)
  })

  it('a resumed run keeps the recorded decision even when the inputs would now decide otherwise', async () => {
    const d = deps(10, 'rollback')
    await startRun(d, { ...start, redacted_vars: ['secret'] })
    const guard = decisions(d.store.records).find((e) => e.step_id === 'rollback')
    expect(guard?.result).toBe(true)
    // Cut the trace right after the guard decision, as a crash would, then resume with a secret
    // var that would make the guard false: the recorded decision stands.
    const cut = d.store.records.findIndex((r) => r === guard)
    let folded: RunState | undefined
    const { reduce } = await import('../../src/engine/reduce.js')
    for (const r of d.store.records.slice(0, cut + 1)) folded = reduce(folded, r)
    if (folded === undefined) throw new Error('nothing folded')
    d.store.records = d.store.records.slice(0, cut + 1)
    const cli = new ScriptedCli(() => ({ stdout: 'ok\n' }))
    const again = await resumeRun({ ...d, cli, secretVars: { secret: 'x' } }, folded)
    expect(again.status).toBe('passed')
    expect(cli.calls[0]).toEqual(['rollback'])
  })

  it('property: every recorded decision re-evaluates, from its recorded values, to its result', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('lockdown', 'rollback'),
        fc.integer({ min: 0, max: 100 }),
        async (pct, response, limit) => {
          const d = deps(pct, response)
          const state = await startRun(d, { ...start, vars: { limit: String(limit), secret: '' } })
          expect(state.status).toBe('passed')
          const made = decisions(d.store.records)
          expect(made.length).toBeGreaterThan(0)
          for (const e of made) {
            const step = RUNBOOK.steps[e.step_index]
            const text =
              e.kind === 'guard' ? step?.when : step?.outcomes?.[e.outcome_index ?? 0]?.when
            const read = conditionOf(RUNBOOK, text ?? '')
            if (!read.ok) throw new Error(read.problem.message)
            expect(read.condition.expression).toBe(e.expression)
            const again = evaluateCondition(
              read.condition,
              JSON.parse(JSON.stringify(e.values)) as ConditionValues
            )
            expect(again).toEqual({ ok: true, value: e.result })
          }
          expect(state.outcome?.state).toBe(pct >= limit ? 'mitigated' : 'resolved')
        }
      ),
      { numRuns: 40 }
    )
  })
})
