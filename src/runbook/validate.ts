// Validation in three phases: YAML (with positions) -> JSON Schema -> named domain rules. Each phase
// runs only when the one before it found no error, and every phase reports all it finds.
import type { Diagnostic } from './diagnostic.js'
import { sortDiagnostics } from './diagnostic.js'
import { normalizeRunbook } from './normalize.js'
import { RULES } from './rules/index.js'
import type { RunbookV0 } from './runbook.generated.js'
import { checkSchema } from './schema.js'
import type { YamlSource } from './yaml-source.js'
import { parseYamlSource } from './yaml-source.js'

export interface ValidationResult {
  file: string
  /** The normalised runbook; present when there is no error (warnings allowed). */
  runbook?: RunbookV0
  /** The parsed source, for locating later findings; present when the YAML parsed. */
  source?: YamlSource
  diagnostics: Diagnostic[]
}

/** Validates runbook text; `file` is the name used in diagnostics. */
export function validateRunbookText(text: string, file: string): ValidationResult {
  const parsed = parseYamlSource(text.replace(/^\uFEFF/, ''), file)
  if (!parsed.ok) return { file, diagnostics: sortDiagnostics(parsed.diagnostics) }
  const source = parsed.source
  const schemaErrors = checkSchema(source)
  if (schemaErrors.length > 0) return { file, source, diagnostics: sortDiagnostics(schemaErrors) }
  const runbook = normalizeRunbook(source.value)
  const ctx = { runbook, source }
  const diagnostics = sortDiagnostics(RULES.flatMap((rule) => rule.check(ctx)))
  const failed = diagnostics.some((d) => d.severity === 'error')
  return failed ? { file, source, diagnostics } : { file, source, runbook, diagnostics }
}
