// The debugger's hook in the driver: before each step it may run, pause, snapshot or skip; the
// engine records a skip itself and refuses one that would bypass an approval or a confirmation.
import { startRun } from '../../src/engine/driver.js'
import { foldTrace } from '../../src/engine/reduce.js'
import type { StepDirective, StepStop } from '../../src/engine/step-control.js'
import { skipRefusal } from '../../src/engine/step-control.js'
import { fakeDeps, historyOf, runbookFrom, ScriptedCli, START } from '../helpers/engine-fakes.js'

const RB = runbookFrom(`apiVersion: runbook/v0
meta: {name: t}
steps:
  - {id: a, type: cli, with: {argv: [uname]}}
  - {id: b, type: cli, with: {argv: [df]}}
  - {id: c, type: cli, with: {argv: [kubectl, delete, pod, x]}}
  - {id: d, type: manual, instructions: sign, approvals: {min: 1}}
  - {id: e, type: cli, with: {argv: [uname, -r]}, capture: {k: stdout}}`)

/** A hook that answers each stop from a list and remembers where it stopped. */
function scripted(directives: StepDirective[]) {
  const stops: string[] = []
  return {
    stops,
    beforeStep(stop: StepStop): Promise<StepDirective> {
      stops.push(stop.step.id)
      return Promise.resolve(directives.shift() ?? { action: 'pause', reason: 'end of script' })
    }
  }
}

describe('beforeStep', () => {
  it('snapshots, skips with who and why, and pauses; the trace folds to the same state', async () => {
    const cli = new ScriptedCli(() => ({ stdout: 'x\n' }))
    const hook = scripted([
      { action: 'snapshot' },
      { action: 'run' },
      { action: 'skip', by: 'alice', reason: 'df hangs on this host' },
      { action: 'pause', reason: 'quit in the debugger' }
    ])
    const deps = fakeDeps(RB, { cli, beforeStep: (s) => hook.beforeStep(s) })
    const state = await startRun(deps, { ...START, steps_total: 5, vars: {} })
    expect(hook.stops).toEqual(['a', 'a', 'b', 'c'])
    expect(cli.calls).toEqual([['uname']])
    expect(state.status).toBe('paused')
    expect(state.current_step_index).toBe(2)
    expect(historyOf(deps).map((r) => [r.step_id, r.status, r.skip])).toEqual([
      ['a', 'passed', undefined],
      ['b', 'skipped', { by: 'alice', reason: 'df hangs on this host' }]
    ])
    const types = deps.store.records.map((r) => r.type)
    expect(types.slice(0, 2)).toEqual(['run_started', 'snapshot_written'])
    expect(types.at(-2)).toBe('run_paused')
    expect(foldTrace(deps.store.records)).toEqual(state)
  })

  it('names why a step may not be skipped', () => {
    const deps = fakeDeps(RB)
    const state = foldTrace(
      [
        {
          type: 'run_started',
          ...START,
          steps_total: 5,
          vars: {},
          seq: 1,
          ts: '2026-11-22T00:00:00.000Z',
          prev_hash: '',
          hash: ''
        }
      ],
      undefined
    )
    if (state === undefined) throw new Error('no state')
    const why = (i: number) => skipRefusal(deps, state, RB.steps[i] as (typeof RB.steps)[number])
    expect(why(1)).toBeUndefined()
    expect(why(2)).toMatch(/is destructive \(kubectl delete\)/)
    expect(why(3)).toMatch(/needs an approval/)
    expect(why(4)).toMatch(/captures k/)
    const started = { ...state, current_step_index: 1, attempt: 1 }
    expect(skipRefusal(deps, started, RB.steps[1] as (typeof RB.steps)[number])).toMatch(
      /already started/
    )
  })

  it('refuses a skip the hook should not have asked for, recording nothing for the step', async () => {
    const hook = scripted([{ action: 'skip', by: 'mallory', reason: 'x' }])
    const rb = runbookFrom(`apiVersion: runbook/v0
meta: {name: t}
steps:
  - {id: d, type: manual, instructions: sign, approvals: {min: 1}}`)
    const deps = fakeDeps(rb, { beforeStep: (s) => hook.beforeStep(s) })
    await expect(startRun(deps, { ...START, steps_total: 1, vars: {} })).rejects.toThrow(
      /needs an approval/
    )
    expect(deps.store.records.some((r) => r.type === 'step_result')).toBe(false)
  })
})
