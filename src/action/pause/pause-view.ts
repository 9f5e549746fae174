// What the pause issue shows, built from the paused run: the step's rendered, redacted
// instructions (or, for a two-step confirmation, the command it waits to run), what is still
// missing, who may answer, and the pause record that `answer` and `resume` check against GitHub.
import { runbookRedactor } from '../../app/index.js'
import { manualRequirements } from '../../engine/manual.js'
import type { RunState } from '../../engine/model.js'
import { lookupIn, renderString } from '../../engine/render.js'
import type { RunbookV0, Step } from '../../runbook/index.js'
import type { RoleGrant, RoleMap } from '../answer/authorise.js'
import type { PauseRecord, PauseView } from './issue-body.js'

export interface PausedRun {
  runbook: RunbookV0
  state: RunState
  /** Values to redact besides the runbook's rules (the `vars` input's values). */
  secrets: readonly string[]
  roles: RoleMap
}

/** The step a run waits at, with its index. */
export function pausedStep(p: Pick<PausedRun, 'runbook' | 'state'>): { step: Step; index: number } {
  const index = p.state.pending?.step_index ?? p.state.current_step_index
  const step = p.runbook.steps[index]
  if (step === undefined) throw new Error(`run ${p.state.run_id} waits at no step (${index})`)
  return { step, index }
}

/** The view of the paused run; RECORD is complete but for what only GitHub knows. */
export function pauseView(
  p: PausedRun,
  record: PauseRecord,
  links: { workflowRunUrl: string; artifactUrl: string }
): PauseView {
  const { step } = pausedStep(p)
  const pending = p.state.pending
  const req = manualRequirements(step, p.runbook.meta.governance)
  const missing = new Set(pending?.evidence ?? [])
  const confirmation = record.kind === 'confirmation'
  const roles = pending?.roles ?? req.approvals?.roles
  return {
    record,
    runbookName: p.runbook.meta.name,
    stepTitle: step.title ?? step.id,
    instructions: confirmation ? commandOf(p, step) : render(p, step.instructions ?? ''),
    missingEvidence: confirmation ? [] : req.evidence.filter((e) => missing.has(e.name)),
    approvalsNeeded: confirmation ? 0 : (pending?.approvals_needed ?? 0),
    ...(roles === undefined ? {} : { roles }),
    approvers: whoMayAnswer(p.roles, roles),
    ...(pending?.reason === undefined ? {} : { reason: pending.reason }),
    ...links
  }
}

/** The template rendered with the run's (already redacted) vars and captures, then redacted. */
function render(p: PausedRun, template: string): string {
  const redactor = runbookRedactor(p.runbook, p.secrets)
  let text: string
  try {
    text = renderString(template, lookupIn(p.state.vars, p.state.captures))
  } catch {
    text = template // a name without a value yet: show the template itself
  }
  return redactor.redactText(text)
}

function commandOf(p: PausedRun, step: Step): string {
  const argv = step.with?.argv
  const instructions = step.instructions === undefined ? '' : `${render(p, step.instructions)}\n\n`
  if (argv === undefined) return instructions.trim()
  return `${instructions}The step runs: \`${argv.map((a) => render(p, a)).join(' ')}\``
}

function grantee(g: RoleGrant): string {
  if (g.kind === 'login') return `@${g.login}`
  if (g.kind === 'team') return `@${g.org}/${g.team}`
  return `anyone with the ${g.role} role`
}

/** Who the role map lets answer (for the reader; authorisation re-checks every comment). */
export function whoMayAnswer(roles: RoleMap, stepRoles: readonly string[] | undefined): string[] {
  const wanted = stepRoles !== undefined && stepRoles.length > 0 ? stepRoles : []
  return wanted.map((r) => {
    const grants = roles[r] ?? []
    return grants.length === 0
      ? `${r}: nobody (the roles input names nobody for it)`
      : `${r}: ${grants.map(grantee).join(', ')}`
  })
}
