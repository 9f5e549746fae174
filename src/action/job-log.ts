// A run as the job log shows it: each step in its own collapsible group with its command, exit code,
// output preview and assertions; the trace head follows the last record.
import { randomUUID } from 'node:crypto'
import type { RunWatch } from '../app/index.js'
import type { TraceRecord } from '../engine/events.js'
import type { StepResult } from '../engine/model.js'

/** The part of @actions/core the log uses (injected, so tests can read what was written). */
export interface JobLog {
  info(text: string): void
  startGroup(name: string): void
  endGroup(): void
}

export interface JobWatch extends RunWatch {
  /** Hash of the last trace record seen. */
  traceHead(): string | undefined
}

/** A RunWatch writing to the job log; `signal` stops the run (the runner's cancel sends SIGTERM). */
export function jobWatch(log: JobLog, total: number, signal: AbortSignal): JobWatch {
  let open: number | undefined
  let head: string | undefined
  const close = () => {
    if (open === undefined) return
    log.endGroup()
    open = undefined
  }
  const enter = (index: number, id: string) => {
    if (open === index) return
    close()
    log.startGroup(`Step ${index + 1}/${total}: ${id}`)
    open = index
  }
  // Text from the run (a command's output, an error quoting it) could hold workflow commands
  // (::add-mask::, ::error::, ...): the runner ignores them between stop-commands and its one-time
  // token.
  const quoted = (lines: string[]) => {
    const token = randomUUID()
    log.info(`::stop-commands::${token}`)
    for (const line of lines) log.info(line)
    log.info(`::${token}::`)
  }
  return {
    signal,
    traceHead: () => head,
    close,
    onRecord: (r: TraceRecord) => {
      head = r.hash
      switch (r.type) {
        case 'governance_decision':
          enter(r.step_index, r.step_id)
          log.info(oneLine(`governance: ${r.decision} ${r.argv0} (${r.rule}: ${r.reason})`))
          break
        case 'step_started':
          enter(r.step_index, r.step_id)
          if (r.attempt > 1) log.info(`attempt ${r.attempt}`)
          break
        case 'evidence_recorded':
          log.info(
            oneLine(`evidence ${r.evidence.name} (${r.evidence.kind}) by ${r.evidence.actor}`)
          )
          break
        case 'approval_recorded':
          log.info(
            oneLine(
              `approved by ${r.approval.approver}${r.approval.role === undefined ? '' : ` as ${r.approval.role}`}`
            )
          )
          break
        case 'step_result': {
          enter(r.result.step_index, r.result.step_id)
          quoted(describe(r.result))
          close()
          break
        }
        case 'run_paused':
          close()
          log.info(oneLine(`run paused: ${r.reason}`))
          break
        case 'run_finished':
          close()
          log.info(
            oneLine(
              `run ${r.status}: ${r.passed} passed, ${r.failed} failed${r.error === null ? '' : `: ${r.error}`}`
            )
          )
          break
        default:
          break
      }
    }
  }
}

/** What the log shows of a finished step (everything here is already redacted by the engine). */
export function describe(r: StepResult): string[] {
  const out: string[] = []
  if (r.argv !== undefined) out.push(`$ ${r.argv.join(' ')}`)
  for (const [name, s] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr]
  ] as const) {
    if (s === undefined || s.bytes === 0) continue
    out.push(`--- ${name} (${s.bytes} bytes${s.truncated ? ', head and tail shown' : ''})`)
    out.push(s.head.replace(/\n$/, ''))
    if (s.tail !== '') out.push('[...]', s.tail.replace(/\n$/, ''))
  }
  for (const a of r.assertions ?? [])
    out.push(
      `${a.passed ? 'ok  ' : 'FAIL'} ${a.kind} ${a.expected}${!a.passed && a.actual !== undefined ? ` (got ${a.actual})` : ''}`
    )
  const exit = r.exit_code === undefined ? '' : `, exit ${String(r.exit_code)}`
  out.push(`${r.status} in ${r.duration_ms} ms${exit}${r.error === null ? '' : `: ${r.error}`}`)
  return out
}

/** One line that starts with our own words, so it cannot be read as a workflow command. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ')
}
