// Where manual input comes from: an evidence file, inputs a face supplies (flags, an issue comment),
// else a person at the terminal when there is one.
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { ManualProvider } from '../engine/providers.js'
import { attachmentProblem } from '../providers/attachment-check.js'
import { SuppliedManualProvider } from '../providers/manual/supplied.js'
import { TerminalManualProvider } from '../providers/manual/terminal.js'
import type { ApprovalInput, EvidenceFile, RunbookV0 } from '../runbook/index.js'
import { fileDiagnostic, parseEvidenceFile } from '../runbook/index.js'
import { checkAttachment } from './attachments.js'
import { AppError } from './errors.js'
import { evidenceChecksFor } from './evidence-check.js'
import type { AppIo } from './ports.js'

export interface ManualSources {
  /** Evidence file, resolved against the working directory. */
  evidenceFile?: string
  /** The runbook the evidence file is for; its inputs are checked against it. */
  runbook?: RunbookV0
  /** Inputs supplied for the step the run waits on. */
  flagged?: { stepId: string; inputs: EvidenceFile[string] }
  approver?: ApprovalInput
  actor: string
  role?: string
}

/** Chooses where manual input comes from: supplied inputs, else the terminal when there is one. */
export async function manualProviderFor(
  sources: ManualSources,
  io: Pick<AppIo, 'cwd' | 'interactive' | 'prompter'>
): Promise<ManualProvider> {
  let inputs: EvidenceFile = {}
  if (sources.evidenceFile !== undefined) {
    const path = resolve(io.cwd, sources.evidenceFile)
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (err) {
      throw new AppError('invalid-input', '', [fileDiagnostic(sources.evidenceFile, err)])
    }
    const parsed = parseEvidenceFile(text, sources.evidenceFile, {
      resolvePath: (p) => resolve(dirname(path), p),
      attachmentProblem,
      ...(sources.runbook === undefined ? {} : { check: evidenceChecksFor(sources.runbook) })
    })
    if (!parsed.ok) throw new AppError('invalid-input', '', parsed.diagnostics)
    inputs = parsed.inputs
  }
  if (sources.flagged !== undefined) {
    const prev = inputs[sources.flagged.stepId] ?? { evidence: [], approvals: [] }
    inputs = {
      ...inputs,
      [sources.flagged.stepId]: {
        evidence: [...prev.evidence, ...sources.flagged.inputs.evidence],
        approvals: [...prev.approvals, ...sources.flagged.inputs.approvals]
      }
    }
  }
  const supplied =
    sources.evidenceFile !== undefined ||
    sources.flagged !== undefined ||
    sources.approver !== undefined
  if (supplied || !io.interactive || io.prompter === undefined)
    return new SuppliedManualProvider(inputs, sources.approver)
  const prompter = io.prompter()
  return new TerminalManualProvider({
    prompter,
    close: () => prompter.close(),
    actor: sources.actor,
    ...(sources.role === undefined ? {} : { role: sources.role }),
    checkFile: (p) => checkAttachment(resolve(io.cwd, p))
  })
}
