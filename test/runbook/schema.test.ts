import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../helpers/fixtures.js'

type Node = Record<string, unknown>

const schema = JSON.parse(
  readFileSync(join(ROOT, 'schema', 'runbook.v0.schema.json'), 'utf8')
) as Node

/** Visits every subschema that describes a field (properties, additionalProperties, items). */
function fields(node: Node, path: string, out: [string, Node][] = []): [string, Node][] {
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
    out.push([`${path}.${key}`, child])
    fields(child, `${path}.${key}`, out)
  }
  for (const key of ['additionalProperties', 'items'] as const) {
    const child = node[key]
    if (child !== null && typeof child === 'object') {
      out.push([`${path}[${key}]`, child as Node])
      fields(child as Node, `${path}[${key}]`, out)
    }
  }
  return out
}

describe('schema/runbook.v0.schema.json', () => {
  const defs = schema.$defs as Record<string, Node>
  const all = [
    ...fields(schema, '$'),
    ...Object.entries(defs).flatMap(([n, d]) => [
      [`#${n}`, d] as [string, Node],
      ...fields(d, `#${n}`)
    ])
  ]

  it('is JSON Schema 2020-12 with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$id).toMatch(/^https:\/\/.+\/runbook\.v0\.schema\.json$/)
  })

  it('closes every object: additionalProperties is false wherever properties are listed', () => {
    const open = all
      .filter(([, n]) => n.properties !== undefined && n.additionalProperties !== false)
      .map(([p]) => p)
    expect(open).toEqual([])
    expect(schema.additionalProperties).toBe(false)
  })

  it('documents every field with a description and an example, for editors', () => {
    const bare = all
      .filter(
        ([, n]) =>
          n.$ref === undefined && (typeof n.description !== 'string' || !Array.isArray(n.examples))
      )
      .map(([p]) => p)
    expect(bare).toEqual([])
  })

  it('agrees with the generated TypeScript types (npm run gen --check)', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/gen-types.mjs', '--check'], {
        cwd: ROOT,
        stdio: 'pipe'
      })
    ).not.toThrow()
  })
})
