// evidence set|check|attach and approve: checked as they are typed (a refused item is one line and
// nothing is queued), then recorded by the engine when the step runs.
import { manualRequirements } from '../engine/manual.js'
import type { EvidenceInput } from '../runbook/index.js'
import type { DebugCommand } from './commands.js'
import { closest } from './commands.js'
import type { Queued } from './inputs.js'
import { queueApproval, queueEvidence, stillMissing } from './inputs.js'
import type { DebugSession, Reply, Stopped } from './session.js'
import { fail } from './session.js'

type ManualCommand = Extract<DebugCommand, { kind: 'evidence' | 'approve' }>

export function manualCommand(session: DebugSession, cur: Stopped, c: ManualCommand): Reply {
  const step = cur.step
  if (step.type !== 'manual')
    return fail(
      `step '${step.id}' is a cli step: it takes no ${c.kind === 'approve' ? 'approval' : 'evidence'}`
    )
  const req = manualRequirements(step, cur.deps.runbook.meta.governance)
  const queued: Queued = session.queued.get(step.id) ?? { evidence: [], approvals: [] }
  let problem: string | undefined
  let what: string
  if (c.kind === 'approve') {
    const approver = c.as ?? session.opts.approver
    if (approver === undefined) return fail('approve needs --as NAME: who approves?')
    const role = c.role ?? (approver === session.opts.approver ? session.opts.role : undefined)
    problem = queueApproval(req, queued, { approver, ...(role === undefined ? {} : { role }) })
    what = `approval by ${approver}${role === undefined ? '' : ` (${role})`}`
  } else {
    const names = req.evidence.map((e) => e.name)
    if (!names.includes(c.name)) {
      const guess = closest(c.name, names)
      return fail(
        `step '${step.id}' asks for no evidence '${c.name}'${guess === undefined ? '' : `; did you mean '${guess}'?`} (it asks for: ${names.join(', ') || 'none'})`
      )
    }
    const input = evidenceInput(session, c)
    if (typeof input === 'string') return fail(input)
    problem = queueEvidence(req, queued, input)
    what = `evidence '${c.name}'`
  }
  if (problem !== undefined) return fail(`${problem}; nothing was recorded`)
  session.queued.set(step.id, queued)
  const missing = stillMissing(cur.state.collected, req, queued)
  return {
    lines: [
      `${what} taken for step '${step.id}' (recorded when it runs)`,
      missing === undefined
        ? `step '${step.id}' has all it needs: next runs it`
        : `still needed: ${missing}`
    ]
  }
}

function evidenceInput(
  session: DebugSession,
  c: Extract<DebugCommand, { kind: 'evidence' }>
): EvidenceInput | string {
  if (c.op === 'set') return { kind: 'text', name: c.name, value: c.value }
  if (c.op === 'check') return { kind: 'checklist', name: c.name, items: [c.item] }
  const path = session.opts.resolvePath(c.path)
  const problem = session.opts.attachmentProblem(path)
  return problem === undefined
    ? { kind: 'attachment', name: c.name, path }
    : `${c.path}: ${problem}`
}
