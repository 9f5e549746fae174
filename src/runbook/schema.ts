// Phase 2 of runbook validation: schema/runbook.v0.schema.json, with the runbook's own forms
// (durations, step ids, JSON paths, names, assertion shape) explained by name.
import runbookSchema from '../../schema/runbook.v0.schema.json' with { type: 'json' }
import { preview } from './diagnostic.js'
import { validate } from './runbook-validator.generated.js'
import { createSchemaChecker } from './schema-check.js'

export const RUNBOOK_SCHEMA: object = runbookSchema
export const RUNBOOK_SCHEMA_ID: string = runbookSchema.$id
const defs = runbookSchema.$defs

const IDENTIFIER = "expected letters, digits and '_', not starting with a digit"

interface Explained {
  /** Where it fails, from the root of the definition that holds it (see below). */
  schemaPath: string
  /** The definition's own pattern: with schemaPath, names one subschema of the schema. */
  pattern: string
  rule: string
  message: (value: string) => string
}

// The generated validator compiles every $ref'd definition as a function of its own, whose errors
// carry a schemaPath from that definition's root ($defs/duration fails at #/pattern). A failure is
// recognised by its keyword, that schemaPath and the pattern it failed, never by object identity.
const EXPLAINED: Explained[] = [
  {
    schemaPath: '#/pattern',
    pattern: defs.duration.pattern,
    rule: 'duration-invalid',
    message: (v) => `invalid duration ${v}: expected a Go duration such as 30s, 5m or 1h30m`
  },
  {
    schemaPath: '#/pattern',
    pattern: defs.stepId.pattern,
    rule: 'step-id-format',
    message: (v) =>
      `invalid step id ${v}: expected lowercase letters, digits, '_' and '-', starting with a letter or digit`
  },
  {
    schemaPath: '#/properties/json_path/properties/path/pattern',
    pattern: defs.assertion.properties.json_path.properties.path.pattern,
    rule: 'json-path-invalid',
    message: (v) =>
      `invalid JSON path ${v}: expected $ followed by .field, [index] or ['key'] segments`
  },
  {
    schemaPath: '#/properties/name/pattern',
    pattern: defs.meta.properties.name.pattern,
    rule: 'schema-min-length',
    message: () => 'must not be blank'
  }
]

/** Checks a parsed document against the runbook schema; returns every violation as a diagnostic. */
export const checkSchema = createSchemaChecker(validate, (err, path, source) => {
  if (err.keyword === 'minProperties' || err.keyword === 'maxProperties') {
    const found = Object.keys(err.data as object).length
    return source.diag(
      'assertion-shape',
      'error',
      `an assertion holds exactly one check (contains, not_contains, matches, exit_code, equals, not_equals or json_path), found ${found}`,
      path
    )
  }
  if (err.keyword !== 'pattern') return undefined
  if (err.propertyName !== undefined) {
    return source.diag(
      'schema-name',
      'error',
      `invalid name '${err.propertyName}': ${IDENTIFIER}`,
      [...path, err.propertyName],
      { key: true }
    )
  }
  const known = EXPLAINED.find((e) => e.schemaPath === err.schemaPath && e.pattern === err.schema)
  if (known === undefined) return undefined
  return source.diag(known.rule, 'error', known.message(preview(err.data)), path)
})
