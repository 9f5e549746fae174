// Reads a parsed YAML value the way Go's yaml.v3 decodes it into cli-replay's structs, so that a
// scenario means here what it means there: a scalar in a string field is its source text
// (`argv: [sleep, 5]` is "5", `1.0` stays "1.0"), null is the zero value ('' for strings, 0 for
// integers, absent for anything else). The result then goes through the JSON Schema.
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml'
import type { Document } from 'yaml'

/** What a Go struct field is: a string, an integer, a struct, a list or a string-keyed map. */
export type Shape =
  | 'string'
  | 'int'
  | 'any'
  | { fields: Readonly<Record<string, Shape>> }
  | { list: Shape }
  | { dict: Shape }
  | { choose: (value: Record<string, unknown>) => Shape }

const ABSENT = Symbol('absent')

/**
 * Re-reads `text` (already known to parse) into plain values shaped like yaml.v3 would. `parsed`,
 * the document parseYamlSource read from the same text, is walked instead of parsing again when
 * the text has no merge key (the one thing its options read differently).
 */
export function decodeLikeGo(text: string, shape: Shape, parsed?: Document): unknown {
  const doc =
    parsed !== undefined && !text.includes('<<')
      ? parsed
      : parseDocument(text, { uniqueKeys: true })
  const out = decode(doc, doc.contents, doc.toJS({ maxAliasCount: 100 }) as unknown, shape)
  return out === ABSENT ? null : out
}

function decode(doc: Document, node: unknown, value: unknown, shape: Shape): unknown {
  const n = isAlias(node) ? node.resolve(doc) : node
  if (value === null || value === undefined)
    return shape === 'string' ? '' : shape === 'int' ? 0 : ABSENT
  if (shape === 'any' || shape === 'int') return value
  if (shape === 'string') {
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
      return isScalar(n) && typeof n.source === 'string' ? n.source : String(value)
    return value
  }
  if ('choose' in shape)
    return isPlainObject(value) ? decode(doc, n, value, shape.choose(value)) : value
  if ('list' in shape) {
    if (!Array.isArray(value) || !isSeq(n)) return value
    return value.map((v, i) => {
      const d = decode(doc, n.items[i], v, shape.list)
      return d === ABSENT ? null : d
    })
  }
  if (!isPlainObject(value) || !isMap(n)) return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    const sub = 'fields' in shape ? shape.fields[key] : shape.dict
    const pair = n.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key)
    const d = sub === undefined ? v : decode(doc, pair?.value, v, sub)
    if (d !== ABSENT) out[key] = d
  }
  return out
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
