// LLM refinement: the model's runbook replaces the deterministic one only when it passes Stage C
// and the fidelity checks; otherwise it is rejected with diagnostics and the draft is kept.
import type { RunbookV0 } from '../../runbook/index.js'
import { formatDiagnostic, validateRunbookText, withSource } from '../../runbook/index.js'
import type { CompileResult } from '../compile.js'
import { runbookYaml } from '../emit/yaml.js'
import { fidelityChecks } from '../fidelity.js'
import type { Fetch } from './client.js'
import { chatCompletion } from './client.js'
import { extractYaml, refinementMessages } from './prompt.js'
import type { LlmSettings } from './settings.js'

export interface Refinement {
  accepted: boolean
  /** Why the answer was rejected (empty when accepted). */
  problems: string[]
  result: CompileResult
}

/** Asks the model to refine `base`; keeps `base` unless the answer passes every check. */
export async function refineWithLlm(
  source: string,
  base: CompileResult,
  settings: LlmSettings,
  fetchImpl?: Fetch
): Promise<Refinement> {
  const messages = refinementMessages(base.ir, base.yaml, base.runbook.meta.governance)
  const answer = await chatCompletion(settings, messages, fetchImpl)
  if (!answer.ok) return reject(base, settings, [answer.error])
  const validation = validateRunbookText(extractYaml(answer.content), 'llm-answer.yaml')
  const errors = validation.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)
  if (validation.runbook === undefined)
    return reject(base, settings, errors.length > 0 ? errors : ['the answer is not a runbook'])
  // meta.source is the compiler's, never the model's: it names the TSG that was compiled.
  const runbook = withSource(validation.runbook, base.runbook.meta.source?.file ?? 'tsg.md', source)
  const yaml = runbookYaml(runbook)
  const checks = fidelityChecks({
    source,
    ir: base.ir,
    yaml,
    runbook,
    accounts: base.interpretation.accounts,
    programs: base.interpretation.programs,
    diagnostics: validateRunbookText(yaml, 'runbook.yaml').diagnostics
  })
  const problems = [
    ...checks
      .filter((c) => !c.ok)
      .map((c) => `fidelity check '${c.check}' failed: ${c.problems.join('; ')}`),
    ...keptCommands(base, runbook)
  ]
  if (problems.length > 0) return reject(base, settings, problems)
  const note = `\n## LLM refinement\n\nAccepted: the runbook was refined by \`${settings.model}\` and passed Stage C and every fidelity check. Steps, variables and TODOs above describe the deterministic draft it started from.\n`
  return {
    accepted: true,
    problems: [],
    result: {
      ...base,
      runbook,
      yaml,
      checks,
      diagnostics: validation.diagnostics,
      mapping: base.mapping + note
    }
  }
}

function reject(base: CompileResult, settings: LlmSettings, problems: string[]): Refinement {
  const note = `\n## LLM refinement\n\nRejected: the answer of \`${settings.model}\` was not used; the deterministic runbook was kept.\n\n${problems.map((p) => `- ${p.replace(/\n/g, ' ')}`).join('\n')}\n`
  return { accepted: false, problems, result: { ...base, mapping: base.mapping + note } }
}

/** Every command step of the draft must survive: same argv in a cli step, or verbatim in a manual one. */
function keptCommands(base: CompileResult, runbook: RunbookV0): string[] {
  const argvs = new Set(
    runbook.steps.flatMap((s) => (s.type === 'cli' ? [JSON.stringify(s.with?.argv ?? [])] : []))
  )
  const text = runbook.steps.map((s) => s.instructions ?? '').join('\n')
  const out: string[] = []
  for (const s of base.interpretation.steps) {
    if (s.command === undefined) continue
    const first = s.command.split('\n')[0] ?? ''
    const kept = argvs.has(JSON.stringify(s.step.with?.argv ?? null)) || text.includes(first)
    if (!kept)
      out.push(
        `the command of draft step '${s.step.id}' (line ${s.line}) is missing: ${s.command.split('\n')[0] ?? ''}`
      )
  }
  return out
}
