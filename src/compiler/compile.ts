// The pure compiler: Markdown text in, runbook YAML and mapping.md out, with Stage C (validation
// and fidelity checks) deciding whether the result may be written at all.
import type { Diagnostic, RunbookV0 } from '../runbook/index.js'
import { validateRunbookText } from '../runbook/index.js'
import { mappingMarkdown } from './emit/mapping.js'
import { runbookYaml } from './emit/yaml.js'
import { extractIr } from './extract/index.js'
import type { FidelityCheck } from './fidelity.js'
import { fidelityChecks } from './fidelity.js'
import type { Interpretation } from './interpret/index.js'
import { interpret } from './interpret/index.js'
import type { TsgIr } from './ir.js'

export interface CompileOptions {
  /** Name of the source in reports (use a basename: output must not depend on paths). */
  file: string
  /** Name of the runbook file, as mapping.md refers to it. */
  outName?: string
  /** meta.name override. */
  name?: string
}

export interface CompileResult {
  /** False when Stage C failed: nothing may be written. */
  ok: boolean
  ir: TsgIr
  interpretation: Interpretation
  runbook: RunbookV0
  yaml: string
  mapping: string
  checks: FidelityCheck[]
  /** Stage C diagnostics of the emitted YAML (errors make `ok` false; warnings are reported). */
  diagnostics: Diagnostic[]
  todos: number
}

/** Compiles a Markdown TSG (pure and deterministic). */
export function compileTsg(source: string, opts: CompileOptions): CompileResult {
  const ir = extractIr(source, opts.file)
  const interpretation = interpret(ir, opts.name === undefined ? {} : { name: opts.name })
  return finish(source, ir, interpretation, opts)
}

/** Stage C over an interpretation: emit, validate, check fidelity, write the mapping. */
export function finish(
  source: string,
  ir: TsgIr,
  interpretation: Interpretation,
  opts: CompileOptions
): CompileResult {
  const runbook = interpretation.runbook
  const yaml = runbookYaml(runbook)
  const validation = validateRunbookText(yaml, opts.outName ?? 'runbook.yaml')
  const checks = fidelityChecks({
    source,
    ir,
    yaml,
    runbook,
    accounts: interpretation.accounts,
    programs: interpretation.programs,
    diagnostics: validation.diagnostics
  })
  const mapping = mappingMarkdown(ir, interpretation, checks, opts.outName ?? 'runbook.yaml')
  const ok = validation.runbook !== undefined && checks.every((c) => c.ok)
  return {
    ok,
    ir,
    interpretation,
    runbook,
    yaml,
    mapping,
    checks,
    diagnostics: validation.diagnostics,
    todos: interpretation.todos.length
  }
}
