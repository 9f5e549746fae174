// Stage C's validation of the runbook it just wrote, without reading the YAML back. The schema and
// the rules run on the value runbookYaml serialised (as plain data: what the text reads as); the
// text is parsed only when a finding needs a line and column, so a clean runbook costs no parse.
// A value whose YAML form could read differently (merge or prototype keys, numbers JSON cannot
// hold, anything but plain objects, arrays and scalars) is validated from the text, as any runbook
// file is.
import type { Diagnostic, ValidationResult, YamlSource } from '../../runbook/index.js'
import { parseYamlSource, validateRunbookSource, validateRunbookText } from '../../runbook/index.js'
import type { RunbookV0 } from '../../runbook/index.js'
import { ordered } from './yaml.js'

/** Validates `yaml`, the text runbookYaml wrote for `runbook`; `file` names it in diagnostics. */
export function validateEmitted(yaml: string, runbook: RunbookV0, file: string): ValidationResult {
  const value = plainCopy(ordered(runbook))
  if (value === NOT_PLAIN) return validateRunbookText(yaml, file)
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

const NOT_PLAIN = Symbol('not plain data')

/**
 * A copy of `value` without its undefined fields (the validators must not see them; the text does
 * not hold them) when its YAML text reads back as it without a doubt: strings are written so that
 * they do (test/compiler/emit-validate.test.ts); numbers JSON cannot hold, keys YAML reads
 * specially (merge keys, __proto__), undefined list items and objects other than plain ones are
 * left to the text. One walk: a JSON round trip and a check cost five times as much.
 */
function plainCopy(value: unknown): unknown {
  if (typeof value === 'number')
    return Number.isFinite(value) && !Object.is(value, -0) ? value : NOT_PLAIN
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value !== 'object') return NOT_PLAIN
  if (Array.isArray(value)) {
    const out: unknown[] = []
    for (const item of value) {
      const copy = item === undefined ? NOT_PLAIN : plainCopy(item)
      if (copy === NOT_PLAIN) return NOT_PLAIN
      out.push(copy)
    }
    return out
  }
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue
    const copy = k === '<<' || k === '__proto__' ? NOT_PLAIN : plainCopy(v)
    if (copy === NOT_PLAIN) return NOT_PLAIN
    out[k] = copy
  }
  return out
}
