import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { decodeLikeGo } from '../../../src/providers/replay/go-yaml.js'
import type { Shape } from '../../../src/providers/replay/go-yaml.js'
import { parseYamlSource } from '../../../src/runbook/index.js'
import { ROOT } from '../../helpers/fixtures.js'

// decodeLikeGo walks the document parseYamlSource already read instead of parsing the text again:
// the values must be the ones a second parse gives, for every scenario in the repository and for a
// text with merge keys (which the two parses read differently).
const ANY: Shape = { dict: 'any' }
const LEAF: Shape = { fields: { match: { fields: { argv: { list: 'string' } } }, respond: 'any' } }
const SHAPE: Shape = { fields: { meta: 'any', steps: { list: LEAF }, commands: 'any' } }

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return yamlFiles(path)
    return /\.ya?ml$/.test(name) ? [path] : []
  })
}

describe('decodeLikeGo with the parsed document', () => {
  const files = [...yamlFiles(join(ROOT, 'test/fixtures')), ...yamlFiles(join(ROOT, 'examples'))]

  it('gives what a second parse gives, for every YAML file of the fixtures and examples', () => {
    let compared = 0
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
      const parsed = parseYamlSource(text, file)
      if (!parsed.ok) continue
      expect([file, decodeLikeGo(text, SHAPE, parsed.source.document)]).toEqual([
        file,
        decodeLikeGo(text, SHAPE)
      ])
      compared++
    }
    expect(compared).toBeGreaterThan(40)
  })

  it('parses again a text with merge keys, which it would otherwise read merged', () => {
    const text = [
      'base: &b {exit: 1, stdout: "x"}',
      'steps:',
      '  - match: {argv: [kubectl, get]}',
      '    respond: {<<: *b, stderr: e}',
      ''
    ].join('\n')
    const parsed = parseYamlSource(text, 'merge.yaml')
    if (!parsed.ok) throw new Error('does not parse')
    const again = decodeLikeGo(text, SHAPE)
    expect(decodeLikeGo(text, SHAPE, parsed.source.document)).toEqual(again)
    expect(decodeLikeGo(text, ANY, parsed.source.document)).toEqual(decodeLikeGo(text, ANY))
  })
})
