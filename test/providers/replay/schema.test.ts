// The two scenario schemas are contracts for editors too: every field documented with an example,
// every object closed, JSON Schema 2020-12.
import {
  CLI_REPLAY_SCENARIO_SCHEMA,
  GERT_SCENARIO_SCHEMA
} from '../../../src/providers/replay/scenario-schema.js'

type Node = Record<string, unknown>

/** Every subschema reachable through properties, items, additionalProperties and $defs. */
function subschemas(node: Node, at: string): [string, Node][] {
  const children: [string, unknown][] = [
    ...Object.entries((node.properties ?? {}) as Node).map(([k, v]): [string, unknown] => [
      `.${k}`,
      v
    ]),
    ...Object.entries((node.$defs ?? {}) as Node).map(([k, v]): [string, unknown] => [`#${k}`, v]),
    ['[]', node.items],
    ['{}', node.additionalProperties]
  ]
  return children.flatMap(([key, child]) =>
    child !== null && typeof child === 'object'
      ? [
          [`${at}${key}`, child as Node] as [string, Node],
          ...subschemas(child as Node, `${at}${key}`)
        ]
      : []
  )
}

describe.each([
  ['cli-replay-scenario', CLI_REPLAY_SCENARIO_SCHEMA as Node],
  ['gert-scenario', GERT_SCENARIO_SCHEMA as Node]
])('schema/%s.schema.json', (name, schema) => {
  const all = subschemas(schema, '$')

  it('is JSON Schema 2020-12 with an $id naming the file', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(String(schema.$id)).toMatch(new RegExp(`/schema/${name}\\.schema\\.json$`))
  })

  it('describes every field and gives an example', () => {
    const bare = all
      .filter(([, n]) => typeof n.description !== 'string' || !Array.isArray(n.examples))
      .filter(([, n]) => !(n.$ref !== undefined && Object.keys(n).length === 1))
      .map(([p]) => p)
    expect(bare).toEqual([])
  })

  it('closes every object that lists its properties', () => {
    const open = all
      .filter(([, n]) => n.properties !== undefined && n.additionalProperties !== false)
      .map(([p]) => p)
    expect(open).toEqual([])
  })
})
