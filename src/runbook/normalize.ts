// The Go peer gert writes optional fields explicitly empty (`approvals: null`, `instructions: ""`,
// `required_evidence: []`, `capture: {}`). The schema marks such fields nullable; this removes every
// nullable field whose value is null, "", [] or {}, so the rest of the code sees them as absent.
import { RUNBOOK_SCHEMA } from './schema.js'
import type { RunbookDocument } from './runbook.generated.js'

type SchemaNode = Record<string, unknown>

const root = RUNBOOK_SCHEMA as SchemaNode
const defs = (root.$defs ?? {}) as Record<string, SchemaNode>

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  if (node === undefined) return undefined
  const ref = node.$ref
  if (typeof ref === 'string' && ref.startsWith('#/$defs/'))
    return resolve(defs[ref.slice('#/$defs/'.length)])
  return node
}

function isNullable(node: SchemaNode | undefined): boolean {
  if (node === undefined) return false
  const type = node.type
  const en = node.enum
  // Only "X or null" marks an optional field; a value that may legitimately be null (json_path.equals)
  // lists several types and is kept as written.
  return (
    (Array.isArray(type) && type.length === 2 && type.includes('null')) ||
    (Array.isArray(en) && en.includes(null))
  )
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object') return Object.keys(value).length === 0
  return false
}

function normalizeNode(value: unknown, schema: SchemaNode | undefined): unknown {
  const node = resolve(schema)
  if (node === undefined) return value
  if (Array.isArray(value))
    return value.map((item) => normalizeNode(item, node.items as SchemaNode | undefined))
  if (value === null || typeof value !== 'object') return value
  const props = (node.properties ?? {}) as Record<string, SchemaNode>
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const childSchema = resolve(props[key])
    const normalized = normalizeNode(
      child,
      childSchema ?? (node.additionalProperties as SchemaNode | undefined)
    )
    // Checked after normalising the child: `defaults: {timeout: ""}` is as absent as `defaults: {}`.
    if (childSchema !== undefined && isNullable(childSchema) && isEmpty(normalized)) continue
    out[key] = normalized
  }
  return out
}

/** Returns the runbook with every explicitly empty optional field removed. Input must be schema-valid. */
export function normalizeRunbook(value: unknown): RunbookDocument {
  return normalizeNode(value, root) as RunbookDocument
}
