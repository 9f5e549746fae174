// verify's governance rules (seed §8), checked against the runbook copy and the folded trace: the
// run finished and passed, every step passed, every manual step has its evidence and approvals, and
// every assertion of every cli step passed.
import { approverKey } from '../runbook/index.js'
import type { TraceRecord } from '../engine/events.js'
import type { EvidenceRecord, RunState, StepResult } from '../engine/model.js'
import type { Evidence, RunbookV0, Step } from '../runbook/index.js'
import { optionValues } from '../runbook/index.js'
import { manualRequirements } from '../engine/manual.js'
import type { DigestOf } from './durable-file.js'
import { ATTACHMENTS_DIR, isSafeRelativePath } from './run-paths.js'
import type { VerifyCheck, VerifyProblem } from './verify-report.js'
import { checkResult, describeDigest } from './verify-report.js'

type Problem = Omit<VerifyProblem, 'check'>
interface Latest {
  result: StepResult
  seq: number
}

/** A step a person skipped: a deviation from the runbook, shown by verify and never silent. */
export interface Deviation {
  step_id: string
  seq: number
  by: string
  reason: string
  /** True when verify was told to accept skips (--allow-skips). */
  allowed: boolean
}

/** The run, steps, evidence, approvals and assertions checks, and the deviations (skips). */
export async function checkRules(
  runbook: RunbookV0,
  state: RunState,
  records: readonly TraceRecord[],
  digestOf: DigestOf,
  allowSkips = false
): Promise<{ checks: VerifyCheck[]; deviations: Deviation[] }> {
  const latest = new Map<string, Latest>()
  for (const r of records) {
    if (r.type === 'step_result') latest.set(r.result.step_id, { result: r.result, seq: r.seq })
  }
  const deviations: Deviation[] = []
  for (const { result, seq } of latest.values()) {
    if (result.status !== 'skipped') continue
    const { by, reason } = result.skip ?? { by: 'unknown', reason: 'no reason recorded' }
    deviations.push({ step_id: result.step_id, seq, by, reason, allowed: allowSkips })
  }
  // A skipped step is judged once, as a deviation in the steps check, not again for what it lacks.
  // Steps whose guard was false, and steps after the outcome that ended the run, did not run:
  // nothing of theirs is required.
  // A person who ended the paused run (deny, cancel) ended it before its current step ran.
  const outcomeAt = state.outcome?.step_index ?? Infinity
  const endedAt = state.ended_by === undefined ? Infinity : state.current_step_index
  const steps = runbook.steps
    .map((step, index) => ({ step, index, got: latest.get(step.id) }))
    .filter((s) => s.got?.result.status !== 'skipped')
    .filter((s) =>
      s.got === undefined
        ? s.index <= outcomeAt && s.index < endedAt
        : s.got.result.status !== 'not_taken'
    )
  const evidence: Problem[] = []
  for (const s of steps)
    evidence.push(...(await evidenceProblems(s.step, s.got, runbook, digestOf)))
  const n = runbook.steps.length
  const skipped = deviations.length === 0 ? '' : ` (${deviations.length} skipped, allowed)`
  const checks = [
    checkRun(state, records),
    checkResult(
      'steps',
      stepProblems(runbook, state, latest, allowSkips),
      `all ${n - deviations.length} steps passed${skipped}`
    ),
    checkResult('evidence', evidence, 'every manual step has its required evidence'),
    checkResult(
      'approvals',
      steps.flatMap((s) => approvalProblems(s.step, s.got)),
      'every approval requirement is met'
    ),
    checkResult(
      'assertions',
      steps.flatMap((s) => assertionProblems(s.step, s.got)),
      'every assertion passed'
    )
  ]
  return { checks, deviations }
}

function checkRun(state: RunState, records: readonly TraceRecord[]): VerifyCheck {
  const last = records.at(-1)
  const finished = records.findLast((r) => r.type === 'run_finished')
  const problems: Problem[] = []
  if (state.status === 'running') {
    problems.push({
      seq: last?.seq,
      message: `the run is not finished: the trace ends at record ${last?.seq ?? 0} (${last?.type ?? 'none'}) without run_finished`
    })
  } else if (state.status === 'paused') {
    const p = state.pending
    const waiting = p === undefined ? 'input' : describePending(p)
    problems.push({
      seq: last?.seq,
      step_id: p?.step_id,
      message: `the run is not finished: it is paused, waiting for ${waiting}`
    })
  } else if (state.status !== 'passed') {
    const error =
      finished?.type === 'run_finished' && finished.error !== null ? `: ${finished.error}` : ''
    const via = state.ended_by?.via === undefined ? '' : ` (${state.ended_by.via})`
    problems.push({
      seq: finished?.seq,
      message: `the run finished with status ${state.status}${error}${via}`
    })
  }
  return checkResult(
    'run',
    problems,
    `the run finished with status passed (record ${finished?.seq ?? 0})`
  )
}

function describePending(p: NonNullable<RunState['pending']>): string {
  const parts = [
    p.evidence.length > 0 ? `evidence ${p.evidence.join(', ')}` : '',
    p.approvals_needed > 0 ? `${p.approvals_needed} approval(s)` : '',
    p.kind === 'confirmation' ? 'a confirmation' : ''
  ].filter((s) => s !== '')
  return `${parts.join(' and ') || 'input'} at step '${p.step_id}'`
}

function stepProblems(
  runbook: RunbookV0,
  state: RunState,
  latest: Map<string, Latest>,
  allowSkips: boolean
): Problem[] {
  const problems: Problem[] = []
  const n = runbook.steps.length
  if (state.steps_total !== n) {
    problems.push({
      message: `the run counted ${state.steps_total} steps, but the runbook has ${n}`
    })
  }
  for (const [index, step] of runbook.steps.entries()) {
    const got = latest.get(step.id)
    const step_id = step.id
    const at = `step '${step.id}' (${index + 1} of ${n})`
    // After the outcome that ended the run, steps are not reached: that is how it should be.
    if (got === undefined && state.outcome !== undefined && index > state.outcome.step_index)
      continue
    // A person ended the run at this step (deny, cancel): it and the steps after it never ran.
    if (got === undefined && state.ended_by !== undefined && index >= state.current_step_index)
      continue
    if (got === undefined) {
      problems.push({ step_id, message: `${at} has no result` })
      continue
    }
    const { result: r, seq } = got
    if (r.step_index !== index || r.type !== step.type) {
      problems.push({
        step_id,
        seq,
        message: `${at}: the result at record ${seq} is for a ${r.type} step at index ${r.step_index}`
      })
    } else if (r.status === 'skipped') {
      if (!allowSkips)
        problems.push({
          step_id,
          seq,
          message: `${at} was skipped by ${r.skip?.by ?? 'unknown'} (record ${seq}): ${r.skip?.reason ?? ''}; a deviation (verify --allow-skips accepts it)`
        })
    } else if (r.status !== 'passed' && !(r.status === 'not_taken' && step.when !== undefined)) {
      problems.push({
        step_id,
        seq,
        message: `${at} ${r.status} (record ${seq})${r.error === null ? '' : `: ${r.error}`}`
      })
    }
  }
  const known = new Set(runbook.steps.map((s) => s.id))
  for (const [step_id, { seq }] of latest) {
    if (!known.has(step_id))
      problems.push({
        step_id,
        seq,
        message: `record ${seq} holds a result for step '${step_id}', which the runbook does not have`
      })
  }
  return problems
}

async function evidenceProblems(
  step: Step,
  got: Latest | undefined,
  runbook: RunbookV0,
  digestOf: DigestOf
): Promise<Problem[]> {
  if (step.type !== 'manual') return []
  // gert's `choices` is choice evidence too (the engine asks for it the same way).
  const required = manualRequirements(step, undefined).evidence
  const attest =
    required.length === 0 && runbook.meta.governance?.evidence?.require_for_manual === true
  if (required.length === 0 && !attest) return []
  const step_id = step.id
  if (got === undefined) {
    return [
      { step_id, message: `step '${step.id}' has no result, so none of its evidence is recorded` }
    ]
  }
  const recorded = got.result.evidence
  if (attest && Object.keys(recorded).length === 0) {
    return [
      {
        step_id,
        seq: got.seq,
        message: `step '${step.id}' records no evidence, but governance.evidence.require_for_manual asks for some`
      }
    ]
  }
  const problems: Problem[] = []
  for (const ev of required) {
    const why = await evidenceGap(ev, recorded[ev.name], digestOf)
    if (why !== undefined)
      problems.push({
        step_id,
        seq: got.seq,
        message: `step '${step.id}' evidence '${ev.name}' (${ev.kind}): ${why}`
      })
  }
  return problems
}

async function evidenceGap(
  ev: Evidence,
  rec: EvidenceRecord | undefined,
  digestOf: DigestOf
): Promise<string | undefined> {
  if (rec === undefined) return 'not recorded'
  if (rec.kind !== ev.kind) return `recorded as ${rec.kind}`
  if (ev.kind === 'text') return (rec.value ?? '').trim() === '' ? 'empty' : undefined
  if (ev.kind === 'choice') {
    const options = optionValues(ev.options)
    return options.includes(rec.value ?? '')
      ? undefined
      : `${JSON.stringify(rec.value ?? '')} is not one of its options (${options.join(', ')})`
  }
  if (ev.kind === 'checklist') {
    const missing = (ev.items ?? []).filter((item) => !(rec.items ?? []).includes(item))
    return missing.length === 0
      ? undefined
      : `not ticked: ${missing.map((m) => `'${m}'`).join(', ')}`
  }
  const file = rec.file ?? ''
  if (!isSafeRelativePath(file) || !file.startsWith(`${ATTACHMENTS_DIR}/`)) {
    return `its file ${JSON.stringify(file)} is not inside ${ATTACHMENTS_DIR}/`
  }
  const got = await digestOf(file).catch(() => undefined)
  if (got === undefined) return `${file} is missing`
  if (got.sha256 !== rec.sha256 || got.bytes !== rec.bytes) {
    return `${file} is ${describeDigest(got)}, but ${describeDigest(rec)} were recorded`
  }
  return undefined
}

function approvalProblems(step: Step, got: Latest | undefined): Problem[] {
  const need = step.approvals
  if (need === undefined) return []
  const roles = need.roles ?? []
  const from =
    roles.length === 0
      ? ''
      : ` holding ${roles.length === 1 ? 'role' : 'one of the roles'} ${roles.join(', ')}`
  const approvals = got?.result.approvals ?? []
  const counted = new Set(
    approvals
      .filter((a) => roles.length === 0 || (a.role !== undefined && roles.includes(a.role)))
      .map((a) => approverKey(a.approver))
  )
  if (counted.size >= need.min) return []
  const others = approvals
    .filter((a) => !counted.has(approverKey(a.approver)))
    .map((a) => `${a.approver} (${a.role ?? 'no role'})`)
  const also = others.length === 0 ? '' : `; not counted: ${others.join(', ')}`
  return [
    {
      step_id: step.id,
      seq: got?.seq,
      message: `step '${step.id}' needs ${need.min} distinct approver(s)${from}, has ${counted.size}${also}`
    }
  ]
}

function assertionProblems(step: Step, got: Latest | undefined): Problem[] {
  const declared = step.type === 'cli' ? (step.assertions ?? []) : []
  if (declared.length === 0) return []
  if (got === undefined) {
    return [
      {
        step_id: step.id,
        message: `step '${step.id}' has no result, so none of its assertions ran`
      }
    ]
  }
  const results = got.result.assertions ?? []
  const problems: Problem[] = []
  const at = { step_id: step.id, seq: got.seq }
  for (const index of declared.keys()) {
    const a = results.find((r) => r.index === index)
    const name = `step '${step.id}' assertions[${index}]`
    if (a === undefined) {
      problems.push({ ...at, message: `${name} has no result` })
    } else if (!a.passed) {
      const found = a.actual === undefined ? '' : `, found ${a.actual}`
      const note = a.message === undefined ? '' : ` (${a.message})`
      problems.push({
        ...at,
        message: `${name} (${a.kind}) failed: expected ${a.expected}${found}${note}`
      })
    }
  }
  return problems
}
