// Validation in three phases: YAML (with positions) -> JSON Schema -> named domain rules. Each phase
// runs only when the one before it found no error, and every phase reports all it finds.
import type { Diagnostic } from './diagnostic.js'
import { sortDiagnostics } from './diagnostic.js'
import { normalizeRunbook } from './normalize.js'
import { RULES } from './rules/index.js'
import type { RunbookDocument, RunbookV0 } from './runbook.generated.js'
import { flatDocument, flattenTree, treeSource } from './gert/tree.js'
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

/** gert's inputs are vars with a description: each becomes a var (its default, else empty). */
function withInputs(runbook: RunbookV0): RunbookV0 {
  const inputs = runbook.meta.inputs
  if (inputs === undefined) return runbook
  const vars = { ...runbook.meta.vars }
  for (const [name, input] of Object.entries(inputs)) vars[name] ??= input?.default ?? ''
  return { ...runbook, meta: { ...runbook.meta, vars } }
}

/** Exactly one of `steps` and gert's `tree`. */
function stepsOrTree(doc: RunbookDocument, source: YamlSource): Diagnostic | undefined {
  if ((doc.steps === undefined) !== (doc.tree === undefined)) return undefined
  return doc.steps === undefined
    ? source.diag(
        'schema-required',
        'error',
        "missing required field 'steps' (or gert's 'tree')",
        []
      )
    : source.diag(
        'schema-unknown-field',
        'error',
        "a runbook has either 'steps' or gert's 'tree', not both",
        ['tree'],
        { key: true }
      )
}

/** Validates runbook text; `file` is the name used in diagnostics. */
export function validateRunbookText(text: string, file: string): ValidationResult {
  const parsed = parseYamlSource(text.replace(/^\uFEFF/, ''), file)
  if (!parsed.ok) return { file, diagnostics: sortDiagnostics(parsed.diagnostics) }
  return validateRunbookSource(parsed.source)
}

/**
 * The schema and rule phases over a parsed source (its `value` must be what the YAML reads as):
 * for a writer that holds the value it just serialised and can locate lazily.
 */
export function validateRunbookSource(source: YamlSource): ValidationResult {
  const file = source.file
  const schemaErrors = checkSchema(source)
  if (schemaErrors.length > 0) return { file, source, diagnostics: sortDiagnostics(schemaErrors) }
  const doc = normalizeRunbook(source.value)
  const shape = stepsOrTree(doc, source)
  if (shape !== undefined) return { file, source, diagnostics: [shape] }
  let runbook = doc as RunbookV0
  let located = source
  if (doc.tree !== undefined) {
    const flat = flattenTree(doc.tree)
    runbook = flatDocument(doc, flat) as RunbookV0
    located = treeSource(source, flat)
  }
  runbook = withInputs(runbook)
  const ctx = { runbook, source: located }
  const diagnostics = sortDiagnostics(RULES.flatMap((rule) => rule.check(ctx)))
  const failed = diagnostics.some((d) => d.severity === 'error')
  return failed ? { file, source, diagnostics } : { file, source, runbook, diagnostics }
}
