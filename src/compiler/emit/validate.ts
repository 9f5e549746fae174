// Stage C's validation of the runbook it just wrote, without reading the YAML back. The schema and
// the rules run on the value runbookYaml serialised (as plain data: what the text reads as); the
// text is parsed only when a finding needs a line and column, so a clean runbook costs no parse.
// A value whose YAML form could read differently (merge or prototype keys, numbers JSON cannot
// hold) is validated from the text, as any runbook file is.
import type { Diagnostic, ValidationResult, YamlSource } from '../../runbook/index.js'
import { parseYamlSource, validateRunbookSource, validateRunbookText } from '../../runbook/index.js'
import type { RunbookV0 } from '../../runbook/index.js'
import { ordered } from './yaml.js'

/** Validates `yaml`, the text runbookYaml wrote for `runbook`; `file` names it in diagnostics. */
export function validateEmitted(yaml: string, runbook: RunbookV0, file: string): ValidationResult {
  const value: unknown = JSON.parse(JSON.stringify(ordered(runbook)))
  if (!plainData(value)) return validateRunbookText(yaml, file)
  let parsed: ReturnType<typeof parseYamlSource> | undefined
  const text = (): YamlSource | undefined => {
    parsed ??= parseYamlSource(yaml, file)
    return parsed.ok ? parsed.source : undefined
  }
  // Only reached when the text does not parse; the result is then replaced by the text's own.
  const nowhere = (
    rule: string,
    severity: Diagnostic['severity'],
    message: string
  ): Diagnostic => ({ rule, severity, message, file, line: 1, col: 1, path: '' })
  const source: YamlSource = {
    file,
    value,
    locate: (path, opts) => text()?.locate(path, opts) ?? { line: 1, col: 1 },
    diag: (rule, severity, message, path, opts) =>
      text()?.diag(rule, severity, message, path, opts) ?? nowhere(rule, severity, message),
    diagInside: (rule, severity, message, path, offset) =>
      text()?.diagInside(rule, severity, message, path, offset) ?? nowhere(rule, severity, message)
  }
  const result = validateRunbookSource(source)
  // The text did not parse when a finding asked for its place: report what the file holds.
  return parsed !== undefined && !parsed.ok ? validateRunbookText(yaml, file) : result
}

/**
 * True when the YAML text of `value` reads back as `value` without a doubt: strings are written
 * so that they do (test/compiler/emit-validate.test.ts); numbers JSON cannot hold and keys YAML
 * reads specially (merge keys, __proto__) are left to the text.
 */
function plainData(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0)
  if (value === null || typeof value !== 'object') return true
  if (Array.isArray(value)) return value.every(plainData)
  return Object.entries(value).every(([k, v]) => k !== '<<' && k !== '__proto__' && plainData(v))
}
