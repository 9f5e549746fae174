// Failures as GitHub annotations on the runbook's lines, within GitHub's limits: at most 10 of a
// type per step and 50 per job, so the most useful come first and the rest are counted in one more.
import type { RunView } from '../engine/model.js'
import type { Diagnostic } from '../runbook/index.js'

/** GitHub shows at most this many annotations of one type (error, warning) per step. */
export const PER_TYPE_LIMIT = 10

export interface Annotation {
  level: 'error' | 'warning'
  title: string
  message: string
  file?: string
  line?: number
  col?: number
  /** Lower is more useful; ties keep their order. */
  rank: number
}

/** Where a step (or one of its assertions) is written. */
export type Locate = (
  stepIndex: number,
  assertion?: number
) => { file: string; line: number; col?: number }

/** The annotations of a run: its failed step and each failed assertion, or the run's own error. */
export function runAnnotations(
  state: RunView,
  runError: string | null,
  locate: Locate
): Annotation[] {
  const out: Annotation[] = []
  for (const r of state.history) {
    if (r.status !== 'failed') continue
    const at = locate(r.step_index)
    out.push({
      level: 'error',
      title: `Step ${r.step_id} failed`,
      message: r.error ?? 'the step failed',
      ...at,
      rank: 0
    })
    for (const a of r.assertions ?? []) {
      if (a.passed) continue
      out.push({
        level: 'error',
        title: `Assertion ${a.kind} failed (step ${r.step_id})`,
        message: `expected ${a.expected}${a.actual === undefined ? '' : `, got ${a.actual}`}${a.message === undefined ? '' : `: ${a.message}`}`,
        ...locate(r.step_index, a.index),
        rank: 1
      })
    }
  }
  if (out.length === 0 && state.status === 'failed' && runError !== null) {
    const index = Math.min(state.current_step_index, Math.max(0, state.steps_total - 1))
    out.push({ level: 'error', title: 'Run failed', message: runError, ...locate(index), rank: 0 })
  }
  return out
}

/** Validation diagnostics as annotations: errors before warnings, in file order. */
export function diagnosticAnnotations(diagnostics: readonly Diagnostic[]): Annotation[] {
  return diagnostics.map((d) => ({
    level: d.severity === 'error' ? 'error' : 'warning',
    title: d.rule,
    message: `${d.message}${d.path === '' ? '' : ` (at ${d.path})`}`,
    file: d.file,
    line: d.line,
    col: d.col,
    rank: d.severity === 'error' ? 0 : 1
  }))
}

/**
 * Keeps the most useful annotations of each level within the limit; when some are left over, the
 * last slot says how many more there are (they are all in the job summary and the log).
 */
export function limitAnnotations(all: readonly Annotation[], limit = PER_TYPE_LIMIT): Annotation[] {
  const out: Annotation[] = []
  for (const level of ['error', 'warning'] as const) {
    const of = all
      .map((a, i) => ({ a, i }))
      .filter(({ a }) => a.level === level)
      .sort((x, y) => x.a.rank - y.a.rank || x.i - y.i)
      .map(({ a }) => a)
    if (of.length <= limit) {
      out.push(...of)
      continue
    }
    const kept = of.slice(0, limit - 1)
    const rest = of.length - kept.length
    out.push(...kept, {
      level,
      title: `${rest} more ${level === 'error' ? 'errors' : 'warnings'}`,
      message: `${rest} more ${level === 'error' ? 'errors' : 'warnings'} are not shown as annotations (GitHub shows ${limit} per type and step); see the job log and summary.`,
      rank: Number.MAX_SAFE_INTEGER
    })
  }
  return out
}
