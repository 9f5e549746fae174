// Checks an evidence file against the runbook it is given for, before anything runs: a step id the
// runbook does not have, evidence for a cli step, a misspelled name or checklist item, or an
// approver without the required role is an error located in the file, not an input silently
// dropped when the step is reached.
import { manualRequirements } from '../engine/manual.js'
import { checkSubmission } from '../engine/manual-step.js'
import type { EvidenceFile, EvidenceProblem, RunbookV0 } from '../runbook/index.js'

/** The `check` of parseEvidenceFile for inputs meant for `runbook`. */
export function evidenceChecksFor(runbook: RunbookV0): (inputs: EvidenceFile) => EvidenceProblem[] {
  const takers = runbook.steps.filter((s) => s.type === 'manual').map((s) => s.id)
  return (inputs) =>
    Object.entries(inputs).flatMap(([stepId, given]): EvidenceProblem[] => {
      const step = runbook.steps.find((s) => s.id === stepId)
      if (step === undefined)
        return [
          {
            rule: 'evidence-step-unknown',
            message: `the runbook has no step '${stepId}'; its manual steps are: ${takers.join(', ') || '(none)'}`,
            path: [stepId],
            key: true
          }
        ]
      if (step.type === 'cli')
        return given.evidence.map((e) => ({
          rule: 'evidence-refused',
          message: `step '${stepId}' is a cli step: it takes no evidence, only approvals that confirm it`,
          path: [stepId, e.name],
          key: true
        }))
      const req = manualRequirements(step, runbook.meta.governance)
      const refused = (name: string, reasons: { reason: string }[]): EvidenceProblem[] =>
        reasons.map((r) => ({
          rule: 'evidence-refused',
          message: `step '${stepId}', ${name}: ${r.reason}`,
          path: [stepId, name],
          key: true
        }))
      return [
        ...given.evidence.flatMap((e) => refused(e.name, checkSubmission(req, [e], []))),
        ...given.approvals.flatMap((a) => refused(a.approver, checkSubmission(req, [], [a])))
      ]
    })
}
