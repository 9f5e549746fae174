// The ledger of a paused run's issue: every comment, in order, judged once. The comments
// are the source of truth: `answer` and `resume` both fold the whole list, so a comment delivered
// twice is counted once (same id, same content), an edited comment is never counted (anyone with
// write access can edit another person's comment), and the bot's own comments are skipped.
import type { ApprovalInput, EvidenceInput, StepInputs } from '../../runbook/index.js'
import {
  approvalProblem,
  evidenceProblem,
  mergeChecklist,
  missingFor,
  type ManualRequirements,
  type Missing
} from '../../engine/manual.js'
import type { EvidenceRecord } from '../../engine/model.js'
import type { Fetched } from './attachments.js'
import { authorise, type AuthorisationContext, type CommenterFacts } from './authorise.js'
import { parseComment, type AnswerCommand } from './comment-grammar.js'

/** One issue comment as the REST API lists it. */
export interface CommentView {
  id: number
  body: string
  /** null for a deleted account ("ghost"). */
  login: string | null
  createdAt: string
  updatedAt: string
  url: string
}

/** Who gave an answer, and where: kept with what the engine records. */
export interface Source {
  by: string
  at: string
  url: string
  commentId: number
}

export interface PausedStep {
  stepId: string
  kind: 'manual' | 'confirmation'
  requirements: ManualRequirements
}

export type Verdict = { comment: CommentView } & (
  | { status: 'ignored'; reason: string }
  | { status: 'edited' }
  | { status: 'refused'; reasons: string[] }
  | { status: 'recorded'; recorded: string[] }
)

export interface Tally {
  verdicts: Verdict[]
  evidence: (EvidenceInput & { source: Source })[]
  approvals: (ApprovalInput & { source: Source; reason?: string })[]
  confirmation?: Source
  end?: { kind: 'deny' | 'cancel'; reason: string; source: Source }
  missing: Missing
  complete: boolean
}

export interface TallyContext extends Omit<AuthorisationContext, 'stepRoles' | 'allowSelf'> {
  botLogin: string
  step: PausedStep
  /** What GitHub said about each commenter (looked up before the fold). */
  facts: Map<string, CommenterFacts>
  /** The files `/attach` links name, fetched before the fold (fetchAttachments), by link. */
  attachments?: ReadonlyMap<string, Fetched>
}

/** Folds the comments into what the paused step has been given, and a verdict per comment. */
export function tally(comments: readonly CommentView[], ctx: TallyContext): Tally {
  const out: Tally = {
    verdicts: [],
    evidence: [],
    approvals: [],
    missing: { evidence: [], approvalsNeeded: 0 },
    complete: false
  }
  const seen = new Set<number>()
  const req = ctx.step.requirements
  const auth: AuthorisationContext = {
    roles: ctx.roles,
    starters: ctx.starters,
    ...(req.approvals?.roles === undefined ? {} : { stepRoles: req.approvals.roles }),
    allowSelf: req.approvals?.allow_self === true
  }
  for (const comment of comments) {
    if (seen.has(comment.id)) continue // the same comment listed twice
    seen.add(comment.id)
    const verdict = judge(comment, ctx, auth, out)
    out.verdicts.push({ comment, ...verdict })
  }
  out.missing = missingFor(req, collectedOf(out, req))
  out.complete =
    out.end === undefined &&
    (ctx.step.kind === 'confirmation'
      ? out.confirmation !== undefined
      : out.missing.evidence.length === 0 && out.missing.approvalsNeeded === 0)
  return out
}

type Judged =
  | { status: 'ignored'; reason: string }
  | { status: 'edited' }
  | { status: 'refused'; reasons: string[] }
  | { status: 'recorded'; recorded: string[] }

function judge(
  comment: CommentView,
  ctx: TallyContext,
  auth: AuthorisationContext,
  out: Tally
): Judged {
  if (comment.login === null)
    return { status: 'ignored', reason: 'the author account no longer exists' }
  if (comment.login.toLowerCase() === ctx.botLogin.toLowerCase())
    return { status: 'ignored', reason: 'written by this workflow' }
  const parsed = parseComment(comment.body)
  if (parsed.commands.length === 0 && parsed.problems.length === 0)
    return { status: 'ignored', reason: 'no command' }
  if (out.end !== undefined)
    return { status: 'ignored', reason: `the run was already ended by ${out.end.source.url}` }
  if (comment.updatedAt !== comment.createdAt) return { status: 'edited' }
  if (parsed.problems.length > 0)
    return {
      status: 'refused',
      reasons: parsed.problems.map((p) => `line ${p.line}: ${p.message}`)
    }
  const facts = ctx.facts.get(comment.login)
  if (facts === undefined)
    return { status: 'refused', reasons: [`the permission of @${comment.login} could not be read`] }
  const source: Source = {
    by: comment.login,
    at: comment.createdAt,
    url: comment.url,
    commentId: comment.id
  }
  const reasons: string[] = []
  const accepted: (() => string)[] = []
  for (const cmd of parsed.commands) {
    const decision = authorise(cmd, facts, auth)
    if (!decision.ok) reasons.push(`line ${cmd.line}: ${decision.reason}`)
    else {
      const r = apply(cmd, decision.role, source, ctx, out)
      if (typeof r === 'string') reasons.push(`line ${cmd.line}: ${r}`)
      else accepted.push(r)
    }
  }
  // A comment counts whole or not at all: one refused line refuses every line of it.
  if (reasons.length > 0) return { status: 'refused', reasons }
  return { status: 'recorded', recorded: accepted.map((f) => f()) }
}

/** Checks one authorised command against the step; returns a deferred recorder or the refusal. */
function apply(
  cmd: AnswerCommand,
  role: string | undefined,
  source: Source,
  ctx: TallyContext,
  out: Tally
): (() => string) | string {
  const step = ctx.step
  const req = step.requirements
  const evidence = (input: EvidenceInput, what: string) => {
    if (step.kind === 'confirmation')
      return `step ${step.stepId} waits for a confirmation (/confirm ${step.stepId}), not evidence`
    const problem = evidenceProblem(req, input)
    if (problem !== undefined) return problem
    return () => {
      out.evidence.push({ ...input, source })
      return what
    }
  }
  switch (cmd.kind) {
    case 'evidence':
      return evidence({ kind: 'text', name: cmd.name, value: cmd.value }, `evidence ${cmd.name}`)
    case 'check':
      return evidence(
        { kind: 'checklist', name: cmd.name, items: [cmd.item] },
        `${cmd.name}: ${cmd.item}`
      )
    case 'attach': {
      const got = ctx.attachments?.get(cmd.url)
      if (got === undefined) return `the file ${cmd.url} was not fetched in this job`
      if (!got.ok) return got.reason
      return evidence(
        { kind: 'attachment', name: cmd.name, path: got.path },
        `attachment ${cmd.name} (${got.bytes} bytes, sha256 ${got.sha256})`
      )
    }
    case 'choose':
      return evidence(
        { kind: 'choice', name: cmd.name, value: cmd.option },
        `${cmd.name}: ${cmd.option}`
      )
    case 'approve': {
      if (step.kind === 'confirmation')
        return `step ${step.stepId} waits for a confirmation (/confirm ${step.stepId}), not an approval`
      const problem = approvalProblem(req, {
        approver: source.by,
        ...(role === undefined ? {} : { role })
      })
      if (problem !== undefined) return problem
      if (out.approvals.some((a) => a.approver.toLowerCase() === source.by.toLowerCase()))
        return `@${source.by} has already approved; the same person counts once`
      return () => {
        out.approvals.push({
          approver: source.by,
          ...(role === undefined ? {} : { role }),
          ...(cmd.reason === undefined ? {} : { reason: cmd.reason }),
          source
        })
        return role === undefined ? 'approval' : `approval as ${role}`
      }
    }
    case 'confirm':
      if (step.kind !== 'confirmation') return `step ${step.stepId} needs no confirmation`
      if (cmd.step !== step.stepId) return `the paused step is ${step.stepId}, not ${cmd.step}`
      return () => {
        out.confirmation ??= source
        return `confirmation of ${cmd.step}`
      }
    case 'deny':
    case 'cancel':
      return () => {
        out.end ??= { kind: cmd.kind, reason: cmd.reason, source }
        return cmd.kind === 'deny' ? `denial: ${cmd.reason}` : `cancellation: ${cmd.reason}`
      }
  }
}

/** The step's collected inputs as the engine would fold them, to say what is still missing. */
function collectedOf(out: Tally, req: ManualRequirements) {
  const evidence: Record<string, EvidenceRecord> = {}
  for (const e of out.evidence) {
    const base = { kind: e.kind, name: e.name, actor: e.source.by, recorded_at: e.source.at }
    evidence[e.name] =
      e.kind === 'checklist'
        ? {
            ...base,
            items: mergeChecklist(
              evidence[e.name],
              e.items,
              req.evidence.find((x) => x.name === e.name)?.items ?? []
            )
          }
        : base
  }
  return {
    evidence,
    approvals: out.approvals.map((a) => ({ approver: a.approver, recorded_at: a.source.at }))
  }
}

/** The tally as the inputs a resume supplies for the paused step, each with its author and comment. */
export function stepInputsOf(t: Tally): StepInputs {
  return {
    evidence: t.evidence.map(({ source, ...input }) => ({
      ...input,
      actor: source.by,
      via: source.url
    })),
    approvals: t.approvals.map(({ source, reason, ...a }) => ({
      ...a,
      ...(reason === undefined ? {} : { comment: reason }),
      via: source.url
    }))
  }
}
