// Manual input given in advance: resume flags (--evidence, --check, --attach, --approve) or an
// evidence file. Without a terminal this is the only source, so a step whose inputs are not
// supplied pauses the run instead of blocking.
import type {
  Confirmation,
  ConfirmRequest,
  ManualProvider,
  ManualRequest,
  ManualSubmission
} from '../../engine/providers.js'
import type { ApprovalInput, EvidenceFile, StepInputs } from '../../runbook/index.js'

export class SuppliedManualProvider implements ManualProvider {
  private readonly used = new Set<string>()

  /**
   * `inputs` maps step ids to what was supplied for them; `approver` (from --approve --as) also
   * serves as the two-step confirmation of a destructive step.
   */
  constructor(
    private readonly inputs: EvidenceFile,
    private readonly approver?: ApprovalInput
  ) {}

  /** Hands out what was supplied for the step, once. */
  collect(req: ManualRequest): Promise<ManualSubmission> {
    const supplied = this.take(req.step.id)
    return Promise.resolve({ evidence: supplied.evidence, approvals: supplied.approvals })
  }

  confirm(req: ConfirmRequest): Promise<Confirmation | undefined> {
    const supplied = this.take(req.step.id)
    const by = supplied.approvals[0]?.approver
    return Promise.resolve(by === undefined ? undefined : { by, method: 'approval' })
  }

  private take(stepId: string): StepInputs {
    if (this.used.has(stepId)) return { evidence: [], approvals: [] }
    this.used.add(stepId)
    const given = this.inputs[stepId] ?? { evidence: [], approvals: [] }
    const approvals =
      this.approver === undefined ? given.approvals : [...given.approvals, this.approver]
    return { evidence: given.evidence, approvals }
  }
}
