// The manual provider of replay mode. A manual step with replay_mode: reuse_evidence takes its
// evidence and approvals from the replay evidence file (SCENARIO.evidence.yaml, --evidence-file,
// or a gert scenario's evidence); one without replay_mode asks as in a real run when a terminal
// is given, and otherwise fails. Either way a step that cannot be completed fails closed (the
// submission is marked exhausted) instead of pausing a test run forever.
import type {
  Confirmation,
  ConfirmRequest,
  ConfirmUnavailable,
  ManualProvider,
  ManualRequest,
  ManualSubmission
} from '../../engine/providers.js'
import type { EvidenceFile } from '../../runbook/index.js'

export interface ReplayManualOptions {
  /** The replay evidence: step id -> inputs (the evidence-file model). */
  evidence: EvidenceFile
  /** Where the evidence came from (a file path), for messages; absent when there is none. */
  source?: string
  /** Asks a person for steps without replay_mode: reuse_evidence (a terminal); optional. */
  fallback?: ManualProvider
}

const NONE =
  'no replay evidence file was found (give --evidence-file, or put SCENARIO.evidence.yaml beside the scenario)'

export class ReplayManualProvider implements ManualProvider {
  private readonly used = new Set<string>()

  constructor(private readonly opts: ReplayManualOptions) {}

  /** Hands out the step's replay evidence once, marked as all there will ever be. */
  collect(req: ManualRequest): Promise<ManualSubmission> {
    const id = req.step.id
    const source = this.opts.source === undefined ? NONE : `in ${this.opts.source}`
    if (req.step.replay_mode !== 'reuse_evidence') {
      if (this.opts.fallback !== undefined) return this.opts.fallback.collect(req)
      return Promise.resolve(
        empty(
          `manual step '${id}' has no replay_mode: reuse_evidence, and replay has no terminal to ask for its inputs`
        )
      )
    }
    const given = this.used.has(id) ? undefined : this.opts.evidence[id]
    this.used.add(id)
    if (given === undefined)
      return Promise.resolve(empty(`no replay evidence for step '${id}' ${source}`))
    return Promise.resolve({
      evidence: given.evidence,
      approvals: given.approvals,
      exhausted: `the replay evidence for step '${id}' ${source} does not complete it`
    })
  }

  /** Releases the fallback (a terminal's prompter). */
  close(): void {
    this.opts.fallback?.close?.()
  }

  /**
   * A cli step's two-step confirmation: an approval listed under its id, else the fallback (a
   * terminal), else none will ever come and the step fails closed.
   */
  confirm(req: ConfirmRequest): Promise<Confirmation | ConfirmUnavailable | undefined> {
    const id = req.step.id
    const by = this.opts.evidence[id]?.approvals[0]?.approver
    if (by !== undefined) return Promise.resolve({ by, method: 'approval' })
    if (this.opts.fallback !== undefined) return this.opts.fallback.confirm(req)
    const where = this.opts.source === undefined ? NONE : `in ${this.opts.source}`
    return Promise.resolve({
      unavailable: `no approver confirms it ${where} (add ${id}: {NAME: {kind: approval}})`
    })
  }
}

function empty(exhausted: string): ManualSubmission {
  return { evidence: [], approvals: [], exhausted }
}
