import fc from 'fast-check'
import { Document, isScalar, isSeq, parse, Scalar, visit } from 'yaml'
import { ordered } from '../../src/compiler/emit/yaml.js'
import { runbookYaml } from '../../src/compiler/index.js'
import type { RunbookV0 } from '../../src/runbook/index.js'
import { RUNBOOK_SCHEMA_ID } from '../../src/runbook/index.js'

// runbookYaml builds yaml's node tree itself, styles set as it goes. The oracle is what it did
// before: yaml's own `new Document(value)`, then a visit setting the same styles (flow lists of
// double-quoted items under argv and the command lists, literal blocks for multi-line text,
// YAML 1.1 booleans quoted).
const FLOW = new Set(['argv', 'allowed_commands', 'denied_commands', 'deny_env_vars'])
function oracle(runbook: RunbookV0): string {
  const doc = new Document(ordered(runbook))
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && FLOW.has(String(pair.key.value)) && isSeq(pair.value)) {
        pair.value.flow = true
        for (const item of pair.value.items) if (isScalar(item)) item.type = Scalar.QUOTE_DOUBLE
      }
    },
    Scalar(_, node) {
      if (typeof node.value !== 'string') return
      if (node.value.includes('\n'))
        node.type = /^(?=[\t\n]* )[ \t\n]*$/.test(node.value)
          ? Scalar.QUOTE_DOUBLE
          : Scalar.BLOCK_LITERAL
      else if (/^(?:y|n|yes|no|on|off)$/i.test(node.value)) node.type = Scalar.QUOTE_DOUBLE
    }
  })
  const body = doc.toString({
    lineWidth: 0,
    minContentWidth: 0,
    indentSeq: true,
    flowCollectionPadding: false
  })
  return `# yaml-language-server: $schema=${RUNBOOK_SCHEMA_ID}\n${body}`
}

const step = (id: string, rest: object): RunbookV0['steps'][number] => ({
  id,
  type: 'cli',
  title: id,
  ...rest
})

describe('runbookYaml', () => {
  it('writes what yaml writes for the runbook with the same styles, for any data', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('yes', 'Off', 'n', ' \n', 'a\nb', 'a\n', '- x', '#', '"', 'null', '1.5')
    )
    const key = fc.oneof(fc.constantFrom(...FLOW, 'with', 'vars', 'x'), fc.string({ maxLength: 4 }))
    const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null))
    const { data } = fc.letrec((tie) => ({
      data: fc.oneof(
        { maxDepth: 3 },
        scalar,
        fc.array(tie('data'), { maxLength: 4 }),
        fc.dictionary(key, fc.oneof(tie('data'), fc.constant(undefined)), { maxKeys: 4 })
      )
    }))
    fc.assert(
      fc.property(data, data, data, text, (meta, withValue, description, title) => {
        const runbook = {
          apiVersion: 'runbook/v0',
          meta,
          steps: [step('s1', { title, with: withValue, description })]
        } as unknown as RunbookV0
        expect(runbookYaml(runbook)).toBe(oracle(runbook))
      }),
      { numRuns: 500 }
    )
  })

  it('writes an object the runbook holds twice as an anchor and an alias, as yaml does', () => {
    const shared = { argv: ['kubectl', 'get', 'pods'] }
    const runbook = {
      apiVersion: 'runbook/v0',
      meta: { name: 'n' },
      steps: [step('a', { with: shared }), step('b', { with: shared })]
    } as unknown as RunbookV0
    const yaml = runbookYaml(runbook)
    expect(yaml).toBe(oracle(runbook))
    expect(yaml).toContain('with: &a1\n')
    expect(yaml).toContain('with: *a1\n')
    expect(parse(yaml)).toEqual(JSON.parse(JSON.stringify(runbook)))
  })
})
