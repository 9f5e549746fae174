// Live progress of a run, built only from the engine's event stream: a line per step on a
// terminal (with colour unless NO_COLOR), plain lines without one, JSON lines with --json.
import type { TraceRecord } from '../engine/events.js'
import type { StepResult } from '../engine/model.js'
import { formatDuration } from '../runbook/duration.js'
import type { OutStream } from './io.js'
import type { OutputDetail } from './output-preview.js'
import { outputLines } from './output-preview.js'
import type { Style } from './style.js'

export interface ProgressOptions {
  out: OutStream
  style: Style
  json: boolean
  /** A terminal: the running step is shown and then replaced by its result. */
  live: boolean
  /** Number of steps, for `[n/total]` before a run_started event is seen (resume). */
  total: number
  /** How much of a finished step's redacted output to show (a failed step shows all it kept). */
  output?: OutputDetail
  /** A step's rendered, redacted instructions, printed when the run pauses at it without a terminal. */
  instructions?: (stepIndex: number) => string | undefined
}

/** Returns the listener to hand to the engine (EngineDeps.onRecord). */
export function progressPrinter(opts: ProgressOptions): (record: TraceRecord) => void {
  const { out, style } = opts
  let total = opts.total
  if (opts.json) return (record) => void out.write(`${JSON.stringify(record)}\n`)
  return (record) => {
    switch (record.type) {
      case 'run_started':
        total = record.steps_total
        out.write(
          `${style.bold(`run ${record.run_id}`)}: ${record.runbook_name} (${record.runbook_path}), ${total} steps, mode ${record.mode}\n`
        )
        break
      case 'run_resumed':
        out.write(
          `${style.bold('resumed')} by ${record.actor}${record.discarded_bytes === undefined ? '' : ` (set aside ${record.discarded_bytes} bytes of a torn trace line)`}\n`
        )
        break
      case 'governance_decision':
        if (record.decision === 'denied')
          out.write(`${style.red('denied')} step '${record.step_id}': ${record.reason}\n`)
        break
      case 'decision_recorded':
        if (record.result === null || record.kind === 'outcome') break
        out.write(
          style.dim(
            `  ? [${record.step_index + 1}/${total}] ${record.step_id} when ${record.expression} -> ${String(record.result)}${describeValues(record.values)}\n`
          )
        )
        break
      case 'step_started':
        if (opts.live)
          out.write(`${style.dim(`  … [${record.step_index + 1}/${total}] ${record.step_id}`)}\r`)
        break
      case 'step_result':
        out.write(`${opts.live ? '\u001b[2K' : ''}${stepLine(record.result, total, style)}\n`)
        if (record.result.status === 'failed') out.write(failureDetail(record.result, style))
        else {
          const lines = outputLines(record.result, opts.output ?? 'none')
          if (lines.length > 0) out.write(`${lines.map((l) => style.dim(l)).join('\n')}\n`)
        }
        break
      case 'run_paused': {
        out.write(`${style.yellow('paused')}: ${record.reason}\n`)
        // At a terminal the prompt showed them; a log or a pipe gets them here, once.
        const text = record.pending && opts.instructions?.(record.pending.step_index)
        if (!opts.live && typeof text === 'string' && text.trim() !== '')
          out.write(`instructions:\n${text.trimEnd().replace(/^/gm, '  ')}\n`)
        break
      }
      case 'run_finished': {
        const status = record.status === 'passed' ? style.green('passed') : style.red(record.status)
        const more = [
          ...(record.not_taken === undefined ? [] : [`${record.not_taken} not taken`]),
          ...(record.not_reached === undefined ? [] : [`${record.not_reached} not reached`])
        ]
        out.write(
          `run ${status}: ${record.passed} passed, ${record.failed} failed${record.skipped === undefined ? '' : `, ${record.skipped} skipped`}${more.map((m) => `, ${m}`).join('')}${record.error === null ? '' : ` (${firstLine(record.error)})`}\n`
        )
        if (record.outcome !== undefined) {
          const o = record.outcome
          out.write(
            `${style.bold('outcome')}: ${o.state} (step '${o.step_id}')${o.recommendation === undefined ? '' : `: ${o.recommendation}`}\n`
          )
        }
        break
      }
      default:
        break
    }
  }
}

/** ` (captures.pct = "93", vars.limit = "50")`: what a decision read. */
function describeValues(values: Record<string, unknown>): string {
  const parts = Object.entries(values).map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`
}

function stepLine(r: StepResult, total: number, style: Style): string {
  if (r.status === 'skipped') {
    const who = r.skip === undefined ? '' : ` by ${r.skip.by}: ${r.skip.reason}`
    return `  ${style.yellow('-')} [${r.step_index + 1}/${total}] ${r.step_id} ${style.yellow('skipped')}${who}`
  }
  const skipped = r.status === 'not_taken'
  const mark = r.status === 'passed' ? style.green('✓') : skipped ? style.dim('-') : style.red('✗')
  const status =
    r.status === 'passed'
      ? style.green('passed')
      : skipped
        ? style.dim('not taken')
        : style.red(r.status)
  const attempt = r.attempt > 1 ? ` (attempt ${r.attempt})` : ''
  return `  ${mark} [${r.step_index + 1}/${total}] ${r.step_id} ${status}${attempt} ${style.dim(formatDuration(r.duration_ms))}`
}

/** The whole story of a failure: error, failed assertions and the (redacted) output. */
function failureDetail(r: StepResult, style: Style): string {
  const lines: string[] = []
  if (r.argv !== undefined) lines.push(`      command: ${r.argv.map(shellQuote).join(' ')}`)
  if (r.error !== null) lines.push(...`error: ${r.error}`.split('\n').map((l) => `      ${l}`))
  for (const a of r.assertions ?? []) {
    if (a.passed) continue
    lines.push(
      `      assertion ${a.index + 1} (${a.kind}) failed: expected ${a.expected}${a.actual === undefined ? '' : `, got ${a.actual}`}${a.message === undefined ? '' : ` (${a.message})`}`
    )
  }
  lines.push(...outputLines(r, 'all'))
  return `${lines.map((l) => style.dim(l)).join('\n')}\n`
}

const firstLine = (text: string): string => {
  const nl = text.indexOf('\n')
  return nl === -1 ? text : `${text.slice(0, nl)} …`
}

/** Quotes an argument for display only (nothing is ever run through a shell). */
export function shellQuote(arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`
}
