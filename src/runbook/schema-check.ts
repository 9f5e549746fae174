// JSON Schema checking (2020-12, every error reported), translated into diagnostics that say what
// was expected, located through the YAML source. Runbooks, evidence files and replay scenarios all
// go through it. The validators are ajv's standalone code, generated at build time from schema/
// by scripts/gen-validators.mjs (`npm run gen`): nothing compiles a schema at run time.
import type { ErrorObject } from 'ajv'
import type { Diagnostic, DocPath } from './diagnostic.js'
import { preview } from './diagnostic.js'
import type { YamlSource } from './yaml-source.js'

/** A generated validator: true when the value conforms, else its `errors` say why. */
export type Validator = ((value: unknown) => boolean) & { errors?: ErrorObject[] | null }

/** Gives a schema-specific diagnostic for an error it recognises; undefined for the generic one. */
export type ErrorExplainer = (
  err: ErrorObject,
  path: DocPath,
  source: YamlSource
) => Diagnostic | undefined

export type SchemaChecker = (source: YamlSource) => Diagnostic[]

/** A checker reporting every violation `validate` finds as a located diagnostic. */
export function createSchemaChecker(
  validate: Validator,
  explain: ErrorExplainer = () => undefined
): SchemaChecker {
  return (source) => check(validate, source, explain)
}

function check(validate: Validator, source: YamlSource, explain: ErrorExplainer): Diagnostic[] {
  if (validate(source.value)) return []
  const all = validate.errors ?? []
  const tooShort = new Set(all.filter((e) => e.keyword === 'minLength').map((e) => e.instancePath))
  // ajv reports propertyNames twice (once with the offending name), `if` beside its `then`, and a
  // blank string fails both minLength and a non-blank pattern: one message each is enough.
  const errors = all.filter(
    (e) =>
      e.keyword !== 'propertyNames' &&
      e.keyword !== 'if' &&
      !(e.keyword === 'pattern' && tooShort.has(e.instancePath))
  )
  const seen = new Set<string>()
  const out: Diagnostic[] = []
  for (const err of errors) {
    const path = pointerToPath(err.instancePath, source.value)
    const d = explain(err, path, source) ?? toDiagnostic(err, path, source)
    const key = `${d.line}:${d.col}:${d.rule}:${d.message}`
    if (!seen.has(key)) {
      seen.add(key)
      out.push(d)
    }
  }
  return out
}

function pointerToPath(pointer: string, value: unknown): (string | number)[] {
  if (pointer === '') return []
  let cursor: unknown = value
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~')
      const out = Array.isArray(cursor) && /^\d+$/.test(seg) ? Number(seg) : seg
      cursor =
        cursor !== null && typeof cursor === 'object'
          ? (cursor as Record<string, unknown>)[seg]
          : undefined
      return out
    })
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number'
  return `a ${typeof value}`
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  integer: 'an integer'
}

function expectedType(raw: unknown): string {
  const list = (Array.isArray(raw) ? raw : String(raw).split(',')).filter((t) => t !== 'null')
  return list.map((t) => TYPE_NAMES[String(t)] ?? `a ${String(t)}`).join(' or ')
}

function allowedKeys(schema: unknown): string[] {
  if (schema !== null && typeof schema === 'object' && 'properties' in schema) {
    return Object.keys((schema as { properties: object }).properties)
  }
  return []
}

function toDiagnostic(err: ErrorObject, path: DocPath, source: YamlSource): Diagnostic {
  const p = err.params as Record<string, unknown>
  const at = (rule: string, message: string, where: DocPath = path, key = false): Diagnostic =>
    source.diag(rule, 'error', message, where, { key })
  switch (err.keyword) {
    case 'additionalProperties': {
      const name = String(p.additionalProperty)
      const keys = allowedKeys(err.parentSchema)
      return at(
        'schema-unknown-field',
        `unknown field '${name}'; expected one of: ${keys.join(', ')}`,
        [...path, name],
        true
      )
    }
    case 'false schema':
      return at(
        'schema-unknown-field',
        `field '${String(path[path.length - 1])}' does not apply here`,
        path,
        true
      )
    case 'required':
      return at('schema-required', `missing required field '${String(p.missingProperty)}'`)
    case 'type': {
      // YAML reads unquoted 12, true or 1e400 as a number or a boolean; say how to keep it text.
      const data: unknown = err.data
      const scalar = typeof data === 'number' || typeof data === 'boolean'
      const shown =
        typeof data === 'number' && !Number.isFinite(data) ? 'out of range' : preview(data)
      const wantsText = p.type === 'string' || (Array.isArray(p.type) && p.type.includes('string'))
      const hint = scalar && wantsText ? `; quote it if it is meant as text ("...")` : ''
      return at(
        'schema-type',
        `expected ${expectedType(p.type)}, got ${typeName(data)} ${shown}${hint}`
      )
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[])
        .filter((v) => v !== null && v !== '')
        .map((v) => String(v))
      return at('schema-enum', `expected one of: ${allowed.join(', ')}; got ${preview(err.data)}`)
    }
    case 'const':
      return at('schema-const', `expected '${String(p.allowedValue)}', got ${preview(err.data)}`)
    case 'pattern':
      if (err.propertyName !== undefined) {
        const name = err.propertyName
        return at(
          'schema-name',
          `invalid name '${name}': expected it to match ${String(p.pattern)}`,
          [...path, name],
          true
        )
      }
      return at('schema-pattern', `${preview(err.data)} does not match ${String(p.pattern)}`)
    case 'minItems':
      return at(
        'schema-min-items',
        `expected at least ${String(p.limit)} item(s), got ${(err.data as unknown[]).length}`
      )
    case 'minLength':
      return at('schema-min-length', 'must not be empty')
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return at(
        'schema-range',
        `expected a value ${String(p.comparison)} ${String(p.limit)}, got ${preview(err.data)}`
      )
    default:
      return at(`schema-${err.keyword}`, err.message ?? 'does not match the schema')
  }
}
