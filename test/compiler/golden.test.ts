import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileTsg } from '../../src/compiler/index.js'
import { validateRunbookText } from '../../src/runbook/index.js'
import { GOLDEN, GOLDENS, INPUTS } from './goldens.js'

// Goldens are compared whole. After a deliberate change: UPDATE_GOLDEN=1 npm test -- golden, then
// read every changed file before committing it.
const update = process.env.UPDATE_GOLDEN === '1'

describe.each(GOLDENS)('golden %s', (name, input) => {
  const source = readFileSync(join(INPUTS, input), 'utf8')
  const result = compileTsg(source, { file: input, outName: 'runbook.yaml' })
  const dir = join(GOLDEN, name)
  if (update) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'runbook.yaml'), result.yaml)
    writeFileSync(join(dir, 'mapping.md'), result.mapping)
  }

  it('writes the committed runbook.yaml and mapping.md, byte for byte', () => {
    expect(result.yaml).toBe(readFileSync(join(dir, 'runbook.yaml'), 'utf8'))
    expect(result.mapping).toBe(readFileSync(join(dir, 'mapping.md'), 'utf8'))
  })

  it('passes every fidelity check', () => {
    expect(result.checks.filter((c) => !c.ok)).toEqual([])
    expect(result.checks.map((c) => c.check)).toEqual([
      'schema-valid',
      'every shell command accounted for',
      'no destructive or ambiguous command automated',
      'no program or argument absent from the source',
      'every placeholder became a var',
      'allowed_commands is exactly the automated programs'
    ])
  })

  it('validates with zero errors and zero warnings', () => {
    expect(validateRunbookText(result.yaml, 'runbook.yaml').diagnostics).toEqual([])
  })

  it('is deterministic', () => {
    const again = compileTsg(source, { file: input, outName: 'runbook.yaml' })
    expect(again.yaml).toBe(result.yaml)
    expect(again.mapping).toBe(result.mapping)
  })
})
