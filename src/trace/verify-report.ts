// The verify report: plain JSON (the CLI can print it with --json), one entry per check, each with
// the problems it found in order, so the first one names the first broken event or missing piece.

export type VerifyCheckId =
  | 'trace'
  | 'manifest'
  | 'files'
  | 'snapshots'
  | 'runbook'
  | 'run'
  | 'steps'
  | 'evidence'
  | 'approvals'
  | 'assertions'
  | 'decisions'

export interface VerifyProblem {
  check: VerifyCheckId
  message: string
  /** The record concerned (the first broken one for the trace). */
  seq?: number
  /** 1-based line of trace.jsonl. */
  line?: number
  /** The file concerned, relative to the run directory. */
  file?: string
  step_id?: string
}

export interface VerifyCheck {
  id: VerifyCheckId
  status: 'ok' | 'failed' | 'skipped'
  /** What was checked (ok), or why the check could not run (skipped). */
  summary: string
  problems: VerifyProblem[]
}

export interface VerifyReport {
  /** True when every check ran and found nothing: the CLI exits 0, otherwise 1. */
  ok: boolean
  run_id: string
  runbook_name?: string
  /** The run's status as the trace tells it. */
  status?: string
  /** The outcome a step reached, when one ended the run. */
  outcome?: { state: string; recommendation?: string; step_id: string }
  /** Records of trace.jsonl that could be checked. */
  records: number
  checks: VerifyCheck[]
  /** Steps a person skipped: each a deviation, accepted only with --allow-skips. */
  deviations?: {
    step_id: string
    seq: number
    by: string
    reason: string
    allowed: boolean
  }[]
}

/** A check's outcome from the problems it found. */
export function checkResult(
  id: VerifyCheckId,
  problems: readonly Omit<VerifyProblem, 'check'>[],
  summary: string
): VerifyCheck {
  return {
    id,
    status: problems.length === 0 ? 'ok' : 'failed',
    summary,
    problems: problems.map((p) => ({ check: id, ...p }))
  }
}

/** A check that could not run, and why. */
export function skippedCheck(id: VerifyCheckId, reason: string): VerifyCheck {
  return { id, status: 'skipped', summary: reason, problems: [] }
}

/** `35 bytes with sha256 5b37d4b5715d…`, for messages about a file's content. */
export function describeDigest(d: { sha256?: string; bytes?: number }): string {
  return `${d.bytes ?? '?'} bytes with sha256 ${(d.sha256 ?? '').slice(0, 12)}…`
}

const MARK: Record<VerifyCheck['status'], string> = { ok: 'ok  ', failed: 'FAIL', skipped: 'skip' }

/** The report as text: a verdict line, then one line per check and one per problem. */
export function formatVerifyReport(report: VerifyReport): string {
  const about = [
    report.runbook_name === undefined ? undefined : `runbook '${report.runbook_name}'`,
    report.status === undefined ? undefined : `status ${report.status}`,
    report.outcome === undefined
      ? undefined
      : `outcome ${report.outcome.state} at step '${report.outcome.step_id}'`,
    `${report.records} records`
  ].filter((s) => s !== undefined)
  const lines = [
    `run ${report.run_id} (${about.join(', ')}): ${report.ok ? 'verified' : 'NOT verified'}`
  ]
  for (const c of report.checks) {
    const first = c.status === 'failed' ? (c.problems[0]?.message ?? c.summary) : c.summary
    lines.push(`  ${MARK[c.status]}  ${c.id.padEnd(10)} ${first}`)
    for (const p of c.problems.slice(1)) lines.push(`${' '.repeat(19)}${p.message}`)
  }
  for (const d of report.deviations ?? []) {
    const verdict = d.allowed ? 'allowed by --allow-skips' : 'not allowed'
    lines.push(
      `  deviation: step '${d.step_id}' skipped by ${d.by} (record ${d.seq}): ${d.reason} [${verdict}]`
    )
  }
  return `${lines.join('\n')}\n`
}
