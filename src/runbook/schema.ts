// Phase 2 of validation: the JSON Schema (schema/runbook.v0.schema.json), with ajv reporting every
// error, translated into diagnostics that say what was expected.
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { ErrorObject } from 'ajv'
import runbookSchema from '../../schema/runbook.v0.schema.json' with { type: 'json' }
import type { Diagnostic, DocPath } from './diagnostic.js'
import { preview } from './diagnostic.js'
import type { YamlSource } from './yaml-source.js'

export const RUNBOOK_SCHEMA: object = runbookSchema
const defs = runbookSchema.$defs
export const RUNBOOK_SCHEMA_ID: string = runbookSchema.$id

type Validator = ((value: unknown) => boolean) & { errors?: ErrorObject[] | null }
let compiled: Validator | undefined

function validator(): Validator {
  compiled ??= new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    verbose: true
  }).compile(runbookSchema)
  return compiled
}

/** Checks a parsed document against the runbook schema; returns every violation as a diagnostic. */
export function checkSchema(source: YamlSource): Diagnostic[] {
  const validate = validator()
  if (validate(source.value)) return []
  const all = validate.errors ?? []
  const tooShort = new Set(all.filter((e) => e.keyword === 'minLength').map((e) => e.instancePath))
  // propertyNames is reported twice by ajv (once with the offending name); a blank string fails
  // both minLength and the non-blank pattern, and one message is enough.
  const errors = all.filter(
    (e) =>
      e.keyword !== 'propertyNames' && !(e.keyword === 'pattern' && tooShort.has(e.instancePath))
  )
  const seen = new Set<string>()
  const out: Diagnostic[] = []
  for (const err of errors) {
    const d = toDiagnostic(err, source)
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

function expectedType(raw: unknown): string {
  const list = (Array.isArray(raw) ? raw : String(raw).split(',')).filter((t) => t !== 'null')
  const names = list.map((t) =>
    t === 'object'
      ? 'a mapping'
      : t === 'array'
        ? 'a list'
        : t === 'integer'
          ? 'an integer'
          : `a ${String(t)}`
  )
  return names.join(' or ')
}

function allowedKeys(schema: unknown): string[] {
  if (schema !== null && typeof schema === 'object' && 'properties' in schema) {
    return Object.keys((schema as { properties: object }).properties)
  }
  return []
}

function toDiagnostic(err: ErrorObject, source: YamlSource): Diagnostic {
  const path: DocPath = pointerToPath(err.instancePath, source.value)
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
    case 'required':
      return at('schema-required', `missing required field '${String(p.missingProperty)}'`)
    case 'type':
      return at(
        'schema-type',
        `expected ${expectedType(p.type)}, got ${typeName(err.data)} ${preview(err.data)}`
      )
    case 'enum': {
      const allowed = (p.allowedValues as unknown[])
        .filter((v) => v !== null && v !== '')
        .map((v) => String(v))
      return at('schema-enum', `expected one of: ${allowed.join(', ')}; got ${preview(err.data)}`)
    }
    case 'const':
      return at('schema-const', `expected '${String(p.allowedValue)}', got ${preview(err.data)}`)
    case 'pattern':
      return patternDiagnostic(err, path, source)
    case 'minItems':
      return at('schema-min-items', `expected at least ${String(p.limit)} item(s), got none`)
    case 'minLength':
      return at('schema-min-length', `must not be empty`)
    case 'minProperties':
    case 'maxProperties':
      return at(
        'assertion-shape',
        `an assertion holds exactly one check (contains, not_contains, matches, exit_code, equals, not_equals or json_path), found ${Object.keys(err.data as object).length}`
      )
    case 'minimum':
    case 'maximum':
      return at(
        'schema-range',
        `expected a value ${err.keyword === 'minimum' ? '>=' : '<='} ${String(p.limit)}, got ${preview(err.data)}`
      )
    default:
      return at(`schema-${err.keyword}`, err.message ?? 'does not match the schema')
  }
}

function patternDiagnostic(err: ErrorObject, path: DocPath, source: YamlSource): Diagnostic {
  const p = err.params as Record<string, unknown>
  if (err.propertyName !== undefined) {
    const name = err.propertyName
    return source.diag(
      'schema-name',
      'error',
      `invalid name '${name}': expected letters, digits and '_', not starting with a digit`,
      [...path, name],
      { key: true }
    )
  }
  const value = preview(err.data)
  // ajv reports schemaPath relative to an inlined $ref, so the failing subschema is recognised by
  // identity instead (ajv keeps references to the schema objects it was given).
  const at = err.parentSchema
  if (at === defs.duration) {
    return source.diag(
      'duration-invalid',
      'error',
      `invalid duration ${value}: expected a Go duration such as 30s, 5m or 1h30m`,
      path
    )
  }
  if (at === defs.stepId) {
    return source.diag(
      'step-id-format',
      'error',
      `invalid step id ${value}: expected lowercase letters, digits, '_' and '-', starting with a letter or digit`,
      path
    )
  }
  if (at === defs.assertion.properties.json_path.properties.path) {
    return source.diag(
      'json-path-invalid',
      'error',
      `invalid JSON path ${value}: expected $ followed by .field, [index] or ['key'] segments`,
      path
    )
  }
  if (at === defs.meta.properties.name)
    return source.diag('schema-min-length', 'error', 'must not be blank', path)
  return source.diag(
    'schema-pattern',
    'error',
    `${value} does not match ${String(p.pattern)}`,
    path
  )
}
