import fc from 'fast-check'
import { parse } from 'yaml'
import { extractIr, finish, interpret, runbookYaml } from '../../src/compiler/index.js'
import type { RunbookV0 } from '../../src/runbook/index.js'
import { validateRunbookText } from '../../src/runbook/index.js'

// Stage C validates the value it serialised and parses the YAML only to place a finding: its
// findings must be the ones a user gets from validating the written file, and the file must read
// back as that value.
const source = '# Check the pods\n\n```sh\nkubectl get pods\nkubectl get nodes\n```\n'

function stageC(edit: (runbook: RunbookV0) => void): ReturnType<typeof finish> {
  const ir = extractIr(source, 't.md')
  const i = interpret(ir)
  edit(i.runbook)
  return finish(source, ir, i, { file: 't.md', outName: 'out.yaml' })
}

describe('Stage C validation of the emitted runbook', () => {
  it('reports a warning at the line and column of the written file', () => {
    const r = stageC((rb) => {
      rb.meta.governance?.allowed_commands?.push('xargs')
    })
    const warning = r.diagnostics.find((d) => d.rule === 'allowlist-command-runner')
    expect(warning).toMatchObject({
      severity: 'warning',
      file: 'out.yaml',
      path: 'meta.governance.allowed_commands[1]'
    })
    const line = r.yaml.split('\n')[(warning?.line ?? 0) - 1] ?? ''
    expect(line).toContain('allowed_commands: ["kubectl", "xargs"]')
    expect(line.slice((warning?.col ?? 0) - 1)).toMatch(/^"xargs"/)
    expect(r.diagnostics).toEqual(validateRunbookText(r.yaml, 'out.yaml').diagnostics)
  })

  it('reports schema and rule errors where the file holds them, and is not ok', () => {
    const r = stageC((rb) => {
      const step = rb.steps[1] as RunbookV0['steps'][number]
      step.timeout = 'soon'
    })
    expect(r.ok).toBe(false)
    const errors = r.diagnostics.filter((d) => d.severity === 'error')
    expect(errors.map((d) => d.path)).toEqual(['steps[1].timeout'])
    expect(r.yaml.split('\n')[(errors[0]?.line ?? 0) - 1]).toContain('timeout: soon')
    expect(r.diagnostics).toEqual(validateRunbookText(r.yaml, 'out.yaml').diagnostics)
  })

  it('validates from the text a value JSON would have changed (NaN, Infinity)', () => {
    // A JSON copy made NaN null, which an optional field drops: Stage C passed a file that fails.
    const r = stageC((rb) => {
      const step = rb.steps[1] as RunbookV0['steps'][number]
      step.timeout = NaN as unknown as string
      rb.meta.vars = { n: Infinity as unknown as string }
    })
    expect(r.ok).toBe(false)
    expect(r.diagnostics.map((d) => [d.path, d.message])).toEqual([
      ['meta.vars.n', expect.stringContaining('got a number out of range')],
      ['steps[1].timeout', expect.stringContaining('got a number out of range')]
    ])
    expect(r.yaml.split('\n')[(r.diagnostics[1]?.line ?? 0) - 1]).toContain('timeout: .nan')
    expect(r.diagnostics).toEqual(validateRunbookText(r.yaml, 'out.yaml').diagnostics)
  })

  it('writes YAML that reads back as the runbook, whatever the text of its fields', () => {
    const unit = fc.oneof(
      // YAML's indicators, spaces and line breaks, and characters YAML escapes or reads specially
      fc.constantFrom(...'ay1. \n\t\r\u00a0\u0000\u0085\u2028\ufeff"\'#:-|>{[]\\&*!%`é'),
      fc.integer({ min: 0, max: 0x3000 }).map((c) => String.fromCharCode(c))
    )
    const text = fc.string({ unit, maxLength: 16 })
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const runbook = {
          apiVersion: 'runbook/v0',
          meta: { name: a, description: b, vars: { v: c } },
          steps: [
            { id: 's1', type: 'cli', title: c, with: { argv: ['echo', a, b] } },
            { id: 's2', type: 'manual', title: a, instructions: `${b}\n${c}` }
          ]
        } as unknown as RunbookV0
        expect(parse(runbookYaml(runbook))).toEqual(runbook)
      }),
      { numRuns: 1000 }
    )
  })

  it('writes a text of blank lines quoted, since a literal block would lose their spaces', () => {
    const runbook = {
      apiVersion: 'runbook/v0',
      meta: { name: 'n' },
      steps: [{ id: 's1', type: 'manual', title: 't', instructions: ' \n  \n' }]
    } as unknown as RunbookV0
    const yaml = runbookYaml(runbook)
    expect(yaml).toContain('instructions: "\\ \\n \\ \\n"')
    expect(parse(yaml)).toEqual(runbook)
  })
})
