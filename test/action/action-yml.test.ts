// action.yml declares exactly the inputs and outputs the code names (constants.ts), and every
// example workflow uses only declared inputs, with minimal permissions.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { Inputs, Outputs } from '../../src/action/constants.js'
import { ROOT } from '../helpers/fixtures.js'

interface ActionYml {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}
interface Workflow {
  permissions?: Record<string, string>
  jobs: Record<
    string,
    {
      permissions?: Record<string, string>
      steps: { uses?: string; with?: Record<string, unknown> }[]
    }
  >
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml
const dir = join(ROOT, 'examples/workflows')
const workflows = readdirSync(dir).filter((f) => f.endsWith('.yml'))

describe('action.yml', () => {
  it('declares exactly the inputs and outputs the code reads and writes', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort())
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort())
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}')
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it.each(workflows)(
    'examples/workflows/%s uses only declared inputs, with minimal permissions',
    (file) => {
      const wf = parse(readFileSync(join(dir, file), 'utf8')) as Workflow
      const perms = { ...wf.permissions, ...Object.values(wf.jobs)[0]?.permissions }
      expect(Object.keys(perms).length).toBeGreaterThan(0)
      const ours = Object.values(wf.jobs).flatMap((j) =>
        j.steps.filter((s) => s.uses?.startsWith('governed-runbook/governed-runbook@') === true)
      )
      // Write access only where a command needs it: a pause through an issue and a resume write
      // issues; answer writes issues and dispatches the resume (actions).
      const needed = new Set<string>()
      for (const step of ours) {
        const command = step.with?.command ?? 'validate'
        if (command === 'answer') needed.add('issues').add('actions')
        else if (command === 'resume' || (command !== 'validate' && step.with?.pause === 'issue'))
          needed.add('issues')
      }
      const writes = Object.entries(perms).filter(([, v]) => v !== 'read')
      expect(writes.map(([k]) => k).sort()).toEqual([...needed].sort())
      expect(ours.length).toBeGreaterThan(0)
      for (const step of ours)
        expect(Object.keys(step.with ?? {}).filter((k) => !(k in action.inputs))).toEqual([])
    }
  )
})
