// JSON Schema checks of the two scenario formats, with messages that name cli-replay's own rules
// where the schema states one of them (exclusive outputs, nested groups, capture names, ...).
import cliReplaySchema from '../../../schema/cli-replay-scenario.schema.json' with { type: 'json' }
import gertSchema from '../../../schema/gert-scenario.schema.json' with { type: 'json' }
import type { ErrorExplainer } from '../../runbook/index.js'
import { createSchemaChecker } from '../../runbook/index.js'
import { validate as validateCliReplay } from './cli-replay-validator.generated.js'
import { parseGoDuration } from './go-duration.js'
import { validate as validateGert } from './gert-validator.generated.js'

export const CLI_REPLAY_SCENARIO_SCHEMA: object = cliReplaySchema
export const GERT_SCENARIO_SCHEMA: object = gertSchema

const explain: ErrorExplainer = (err, path, source) => {
  const last = path[path.length - 1]
  const at = (rule: string, message: string, key = false) =>
    source.diag(rule, 'error', message, path, { key })
  if (err.keyword === 'false schema' && (last === 'stdout_file' || last === 'stderr_file'))
    return at(
      'scenario-output-exclusive',
      `${last.replace('_file', '')} and ${last} are mutually exclusive`,
      true
    )
  if (err.keyword === 'false schema' && typeof last === 'number')
    return at(
      'scenario-group-nested',
      "nested groups are not allowed: a group's steps are leaf steps"
    )
  if (err.keyword === 'pattern' && err.propertyName !== undefined && last === 'capture')
    return source.diag(
      'scenario-capture-id',
      'error',
      `capture identifier "${err.propertyName}" must match [a-zA-Z_][a-zA-Z0-9_]*`,
      [...path, err.propertyName],
      { key: true }
    )
  if (err.keyword === 'pattern' && (last === 'delay' || last === 'ttl')) {
    const parsed = parseGoDuration(String(err.data))
    return at('scenario-duration-invalid', parsed.ok ? 'invalid duration' : parsed.error)
  }
  if ((err.keyword === 'minLength' || err.keyword === 'pattern') && path.join('.') === 'meta.name')
    return at('scenario-name-empty', 'meta.name must be non-empty (a non-blank scenario name)')
  if (err.keyword === 'additionalProperties' && last === 'respond') {
    const field = String((err.params as { additionalProperty?: unknown }).additionalProperty)
    if (field === 'calls' || field === 'when')
      return source.diag(
        'schema-unknown-field',
        'error',
        `unknown field '${field}' in respond: '${field}' belongs to the step, beside match and respond (cli-replay refuses it here too)`,
        [...path, field],
        { key: true }
      )
  }
  return undefined
}

/** Checks a decoded cli-replay scenario document against schema/cli-replay-scenario.schema.json. */
export const checkCliReplaySchema = createSchemaChecker(validateCliReplay, explain)

/** Checks a decoded gert scenario document against schema/gert-scenario.schema.json. */
export const checkGertSchema = createSchemaChecker(validateGert)
