// Phase 2 of runbook validation: schema/runbook.v0.schema.json, with the runbook's own forms
// (durations, step ids, JSON paths, names, assertion shape) explained by name.
import runbookSchema from '../../schema/runbook.v0.schema.json' with { type: 'json' }
import { preview } from './diagnostic.js'
import { createSchemaChecker } from './schema-check.js'

export const RUNBOOK_SCHEMA: object = runbookSchema
export const RUNBOOK_SCHEMA_ID: string = runbookSchema.$id
const defs = runbookSchema.$defs

const IDENTIFIER = "expected letters, digits and '_', not starting with a digit"

/** Checks a parsed document against the runbook schema; returns every violation as a diagnostic. */
export const checkSchema = createSchemaChecker(runbookSchema, (err, path, source) => {
  // ajv reports schemaPath relative to an inlined $ref, so a failing subschema is recognised by
  // identity instead (ajv keeps references to the schema objects it was given).
  const at = err.parentSchema
  const value = preview(err.data)
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
  return undefined
})
