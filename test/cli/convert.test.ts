// `runbook convert`: gert's tree form printed as the flat runbook it stands for. The flat output
// validates, and runs exactly as the tree does (same step statuses, same outcome).
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TraceRecord } from '../../src/engine/events.js'
import { fixture } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'

describe('runbook convert', () => {
  const ws = workspace()
  afterAll(() => ws.cleanup())
  beforeAll(() => cpSync(fixture('runbooks', 'gert', 'tree.yaml'), join(ws.dir, 'tree.yaml')))

  it('prints the flat steps, each branch step guarded by its condition in CEL', async () => {
    const r = await ws.run(['convert', 'tree.yaml'])
    expect(r.code).toBe(0)
    // The validator's warning stays located in the tree.
    expect(r.stderr).toBe(
      'tree.yaml:28:19: warning outcome-missing: this runbook declares outcomes, but a run can reach its end without one; add an outcome without `when` to a last step (for example state: escalated) (at tree[0].branches[1].steps[0].step)\n'
    )
    expect(r.stdout).not.toContain('tree:')
    expect(r.stdout).not.toContain('branches:')
    const ids = [...r.stdout.matchAll(/^ {2}- id: (\S+)\n {4}type: cli\n(?: {4}when: (.*)\n)?/gm)]
    expect(ids.map((m) => [m[1], m[2]])).toEqual([
      ['probe', undefined],
      ['dumps', 'captures.cause == "HasDumps" && vars.server_name != ""'],
      ['io', 'captures.cause in ["IoError"]']
    ])
    // An outcome's gert condition is translated too; the inputs stay inputs.
    expect(r.stdout).toContain('      - when: captures.cause == "none"\n        state: no_action\n')
    expect(r.stdout).toContain('  inputs:\n    server_name:\n      from: prompt\n')
  })

  it('the flat runbook validates and runs as the tree does', async () => {
    const w = await ws.run(['convert', 'tree.yaml', '-o', 'flat.yaml'])
    expect(w).toMatchObject({ code: 0 })
    expect(w.stderr).toContain('flat runbook written to flat.yaml\n')
    expect((await ws.run(['validate', join(ws.dir, 'flat.yaml')])).code).toBe(0)
    const facts = async (file: string) => {
      const runs = join(ws.dir, `runs-${file}`)
      const r = await ws.run(['exec', file, '--var', 'server_name=srv-9', '--runs-dir', runs])
      const id = readdirSync(runs)[0] as string
      const trace = readFileSync(join(runs, id, 'trace.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as TraceRecord)
      return {
        code: r.code,
        steps: trace.flatMap((t: TraceRecord) =>
          t.type === 'step_result' ? [[t.result.step_id, t.result.status]] : []
        ),
        outcome: trace.flatMap((t: TraceRecord) =>
          t.type === 'run_finished' ? [t.outcome?.state] : []
        )
      }
    }
    const tree = await facts('tree.yaml')
    expect(tree).toEqual({
      code: 0,
      steps: [
        ['probe', 'passed'],
        ['dumps', 'passed']
      ],
      outcome: ['escalated']
    })
    expect(await facts('flat.yaml')).toEqual(tree)
  })

  it('an invalid condition: exit 3, located in the tree, nothing printed', async () => {
    const bad = readFileSync(join(ws.dir, 'tree.yaml'), 'utf8').replace(
      '\'cause in ["IoError"]\'',
      '\'cause ?? "x"\''
    )
    writeFileSync(join(ws.dir, 'bad.yaml'), bad)
    const r = await ws.run(['convert', 'bad.yaml'])
    expect(r.code).toBe(3)
    expect(r.stdout).toBe('')
    // Located at the branch's `condition:` in the tree, at the '??' (column 7 of the condition).
    expect(r.stderr).toContain(
      "bad.yaml:26:27: error condition-syntax: CEL syntax error: expr-lang's nil-coalescing '??' has no CEL equivalent here (column 7 of the condition) (at tree[0].branches[1].condition)\n"
    )
  })
})
