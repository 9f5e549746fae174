// The pure compiler: Markdown text in, runbook YAML and mapping.md out, with Stage C (validation
// and fidelity checks) deciding whether the result may be written at all.
import type { Diagnostic, RunbookV0 } from '../runbook/index.js'
import { withSource } from '../runbook/index.js'
import { mappingMarkdown } from './emit/mapping.js'
import { validateEmitted } from './emit/validate.js'
import { runbookYaml } from './emit/yaml.js'
import { extractIr } from './extract/index.js'
import type { FidelityCheck } from './fidelity.js'
import { fidelityChecks } from './fidelity.js'
import { repair } from './degrade.js'
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
  /** meta.source.file: the TSG relative to the runbook's directory (default: `file`). */
  sourceFile?: string
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
  /** Steps Stage C turned into manual ones (or added) because it could not stand behind them. */
  degraded: number
  /** Set when Stage C still fails after degrading: a compiler defect, described for a report. */
  defect?: string[]
}

/** Rounds of repairs before a remaining failure counts as a compiler defect. */
const MAX_REPAIRS = 6

/** Compiles a Markdown TSG (pure and deterministic). */
export function compileTsg(source: string, opts: CompileOptions): CompileResult {
  const ir = extractIr(source, opts.file)
  const interpretation = interpret(ir, opts.name === undefined ? {} : { name: opts.name })
  return settle(source, ir, interpretation, opts)
}

/** Stage C with its fallback: what it rejects is degraded to manual steps, then checked again. */
export function settle(
  source: string,
  ir: TsgIr,
  interpretation: Interpretation,
  opts: CompileOptions
): CompileResult {
  let result = finish(source, ir, interpretation, opts)
  // Never fail on real input: what Stage C rejects becomes manual (verbatim, with a TODO).
  for (let round = 0; !result.ok && round < MAX_REPAIRS; round++) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error')
    const r = repair(interpretation, result.checks, errors)
    if (!r.changed) break
    result = finish(source, ir, interpretation, opts)
  }
  if (!result.ok) {
    const defect = [
      ...result.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.line}:${d.col} ${d.rule}: ${d.message}`),
      ...result.checks
        .filter((c) => !c.ok)
        .flatMap((c) => c.problems.map((p) => `${c.check}: ${p}`))
    ]
    result = { ...result, defect, mapping: defectMapping(result.mapping, defect) }
  }
  return result
}

function defectMapping(mapping: string, defect: readonly string[]): string {
  return `${mapping}\n## Compiler defect\n\nStage C still failed after every step it could not stand behind was made manual: this is a defect of the compiler, not of the TSG. Nothing but this report was written. Please report it with the TSG:\n\n${defect.map((d) => `- ${d}`).join('\n')}\n`
}

/** Stage C over an interpretation: emit, validate, check fidelity, write the mapping. */
export function finish(
  source: string,
  ir: TsgIr,
  interpretation: Interpretation,
  opts: CompileOptions
): CompileResult {
  const runbook = withSource(interpretation.runbook, opts.sourceFile ?? opts.file, source)
  const yaml = runbookYaml(runbook)
  const validation = validateEmitted(yaml, runbook, opts.outName ?? 'runbook.yaml')
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
    todos: interpretation.todos.length,
    degraded: interpretation.steps.filter((s) => s.manual?.why === 'degraded').length
  }
}
