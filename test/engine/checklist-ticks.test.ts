// A checklist ticked item by item in one submission (one `/check` comment line per item, several
// evidence-file entries) accumulates like ticks given across resumes: the step completes.
import { startRun } from '../../src/engine/driver.js'
import { fakeDeps, runbookFrom, START, SuppliedManual } from '../helpers/engine-fakes.js'

const RUNBOOK = runbookFrom(`
apiVersion: runbook/v0
meta: {name: ticks}
steps:
  - id: checks-only
    type: manual
    instructions: Tick every item.
    required_evidence:
      - {kind: checklist, name: checks, items: [graphs flat, no alerts, pager quiet]}
`)

it('ticks of one checklist given separately in one submission all count', async () => {
  const deps = fakeDeps(RUNBOOK, {
    manual: new SuppliedManual({
      evidence: [
        { name: 'checks', kind: 'checklist', items: ['no alerts'], actor: 'bob' },
        { name: 'checks', kind: 'checklist', items: ['graphs flat'], actor: 'carol' },
        { name: 'checks', kind: 'checklist', items: ['pager quiet'], actor: 'bob' }
      ],
      approvals: []
    })
  })
  const state = await startRun(deps, { ...START, steps_total: 1, vars: {} })
  expect(state.status).toBe('passed')
  const recorded = deps.store.records.filter((r) => r.type === 'evidence_recorded')
  expect(recorded.map((r) => r.type === 'evidence_recorded' && r.evidence.items)).toEqual([
    ['no alerts'],
    ['graphs flat', 'no alerts'],
    ['graphs flat', 'no alerts', 'pager quiet']
  ])
})
