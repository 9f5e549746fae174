// The issue a paused run opens: what the step asks (rendered, redacted), what is still missing,
// the exact comments that answer it, and the pause record (run, workflow run, artifact, digests)
// in a machine-readable marker that `answer` and `resume` read back and check against GitHub.
import type { Evidence } from '../../runbook/index.js'
import { USAGE } from '../answer/comment-grammar.js'

/** Version of the pause marker; a resume refuses a marker of another version. */
export const PAUSE_MARKER_VERSION = 1

export interface PauseRecord {
  v: number
  run_id: string
  /** The GitHub workflow run that paused (its artifact holds the run directory). */
  workflow_run_id: number
  /** `.github/workflows/FILE` of the paused run: a resume must come from the same workflow. */
  workflow: string
  step_id: string
  step_index: number
  kind: 'manual' | 'confirmation'
  artifact_name: string
  artifact_id: number
  trace_head: string
  runbook_digest: string
  /** When GitHub deletes the artifact; after that the run cannot resume. */
  expires_at?: string
  /**
   * `pause: environment`: the environment whose review releases the resume job of the paused
   * workflow run (that review is one approval); the issue collects only the rest, and `answer`
   * dispatches nothing.
   */
  environment?: string
}

export interface PauseView {
  record: PauseRecord
  runbookName: string
  stepTitle: string
  instructions: string
  missingEvidence: Evidence[]
  approvalsNeeded: number
  roles?: string[]
  /** Who may answer, as the role map names them (for the reader). */
  approvers: string[]
  /** Why a confirmation is needed, for a confirmation pause. */
  reason?: string
  workflowRunUrl: string
  artifactUrl: string
}

const MARKER = /<!-- runbook:pause (\{[^\n]*?\}) -->/

/** The issue title and body for a pause. */
export function renderPauseIssue(view: PauseView): { title: string; body: string } {
  const r = view.record
  const title = `Runbook ${view.runbookName}: step ${r.step_id} waits for an answer (run ${r.run_id})`
  const resumes =
    r.environment === undefined
      ? 'answer in a comment and the run resumes in a new workflow run.'
      : `the job behind environment \`${r.environment}\` of [workflow run ${r.workflow_run_id}](${view.workflowRunUrl}) resumes the run once one of its required reviewers approves, and that review counts as one approval. Give the rest here, in comments.`
  const lines = [
    `<!-- runbook:pause ${JSON.stringify(r)} -->`,
    `The runbook **${view.runbookName}** paused at step ${r.step_index + 1}, **${view.stepTitle}** (\`${r.step_id}\`). No job is running: ${resumes}`,
    ''
  ]
  if (view.instructions.trim() !== '')
    lines.push('### Instructions', '', quote(view.instructions), '')
  lines.push('### Still needed', '')
  if (r.kind === 'confirmation') {
    lines.push(
      `- a confirmation: ${view.reason ?? 'this step changes things'}. Answer \`/confirm ${r.step_id}\` to let it run.`
    )
  }
  for (const e of view.missingEvidence) lines.push(`- ${describeEvidence(e)}`)
  const byComment = view.approvalsNeeded - (r.environment === undefined ? 0 : 1)
  if (byComment > 0) {
    const roles =
      view.roles !== undefined && view.roles.length > 0 ? ` holding ${view.roles.join(' or ')}` : ''
    const besides =
      r.environment === undefined
        ? ''
        : ' besides the environment review (the reviewer counts once)'
    lines.push(
      `- ${byComment} approval(s) by people${roles} other than whoever started the run${besides}: \`/approve [reason]\``
    )
  }
  if (view.approvers.length > 0) lines.push('', `Who may answer: ${view.approvers.join(', ')}.`)
  lines.push(
    '',
    '### How to answer',
    '',
    'One command per line, in a new comment (edited comments are never counted):',
    '',
    ...Object.values(USAGE).map((u) => `- \`${u}\``),
    '',
    '`/deny REASON` ends the run as failed, `/cancel REASON` as cancelled; closing this issue cancels it too.',
    '',
    '### Run',
    '',
    `- run id: \`${r.run_id}\``,
    `- paused in [workflow run ${r.workflow_run_id}](${view.workflowRunUrl}); [its artifact](${view.artifactUrl})${r.expires_at ? `, kept until ${r.expires_at} (the run cannot resume after that)` : ''}`,
    `- runbook digest: \`${r.runbook_digest}\``,
    `- trace head: \`${r.trace_head}\``
  )
  return { title, body: lines.join('\n') }
}

function describeEvidence(e: Evidence): string {
  const what = e.description ? `: ${e.description}` : ''
  switch (e.kind) {
    case 'text':
      return `evidence \`${e.name}\`${what}: \`/evidence ${e.name} VALUE\``
    case 'checklist':
      return `checklist \`${e.name}\`${what}: one \`/check ${e.name} ITEM\` for each of ${(e.items ?? []).map((i) => `\`${i}\``).join(', ')}`
    case 'attachment':
      return `file \`${e.name}\`${what}: \`/attach ${e.name}\` with the file dropped into the same comment`
    case 'choice':
      return `choice \`${e.name}\`${what}: one of ${choiceOptions(e)
        .map(
          (o) => `\`/choose ${e.name} ${o.value}\`${o.label === undefined ? '' : ` (${o.label})`}`
        )
        .join(', ')}`
  }
}

function choiceOptions(e: Evidence): { value: string; label?: string }[] {
  return (e.options ?? []).map((o) =>
    typeof o === 'string'
      ? { value: o }
      : { value: o.value, ...(o.label === undefined ? {} : { label: o.label }) }
  )
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n')
}

/** The pause record of an issue body, or why there is none usable. */
export function readPauseRecord(body: string | null | undefined): PauseRecord | string {
  const m = MARKER.exec(body ?? '')
  if (!m) return 'the issue has no runbook pause record: it was not opened by this Action'
  let r: Partial<PauseRecord>
  try {
    r = JSON.parse(m[1] as string) as Partial<PauseRecord>
  } catch {
    return 'the pause record of the issue is not valid JSON'
  }
  if (r.v !== PAUSE_MARKER_VERSION)
    return `the pause record has version ${String(r.v)}; this version of the Action reads version ${PAUSE_MARKER_VERSION}`
  const fields: [keyof PauseRecord, string][] = [
    ['run_id', 'string'],
    ['workflow_run_id', 'number'],
    ['workflow', 'string'],
    ['step_id', 'string'],
    ['step_index', 'number'],
    ['kind', 'string'],
    ['artifact_name', 'string'],
    ['artifact_id', 'number'],
    ['trace_head', 'string'],
    ['runbook_digest', 'string']
  ]
  const bad = fields.filter(([k, t]) => typeof r[k] !== t).map(([k]) => k)
  if (r.environment !== undefined && typeof r.environment !== 'string') bad.push('environment')
  if (bad.length > 0) return `the pause record lacks ${bad.join(', ')}`
  return r as PauseRecord
}
