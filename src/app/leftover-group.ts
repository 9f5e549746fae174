// A run killed during a step (kill -9, a lost terminal) left that step's process group running: a
// resume ends it before the step runs again, never runs the step beside it. The run directory's
// .group names the group but is not hash-chained, so what may be ended comes from the verified
// trace: the cli step in flight (started, not finished) and the command it ran.
import { join } from 'node:path'
import type { TraceRecord } from '../engine/events.js'
import type { RunState } from '../engine/model.js'
import { lookupIn, renderCliStep } from '../engine/render.js'
import { DEFAULT_KILL_GRACE_MS, endLeftoverGroup } from '../providers/cli/index.js'
import type { StepCommand } from '../providers/cli/index.js'
import type { RunbookV0 } from '../runbook/index.js'
import { GROUP_FILE } from '../trace/index.js'
import type { AppIo } from './ports.js'

/** Records after which no step's command runs until a new step_started. */
const SETTLED = new Set<TraceRecord['type']>([
  'run_started',
  'step_result',
  'run_paused',
  'run_resumed',
  'run_finished'
])

/**
 * Ends the group `.group` names if it is the in-flight step's, and says what was done: a group that
 * is not (or cannot be shown to be) is left alone, in one line. Call it holding the run's lock.
 */
export async function endLeftoverGroupOf(
  dir: string,
  run: { records: readonly TraceRecord[]; state: RunState; runbook: RunbookV0 },
  secretVars: Readonly<Record<string, string>>,
  io: Pick<AppIo, 'note'>
): Promise<void> {
  const step = stepInFlight(run.records, run.state, run.runbook, secretVars)
  const group = await endLeftoverGroup(join(dir, GROUP_FILE), step, DEFAULT_KILL_GRACE_MS)
  if (group === undefined) return
  io.note(
    group.ended
      ? `ended process group ${group.pgid}${typeof step === 'string' ? '' : ` of step '${step.stepId}'`}, left running when the run was interrupted (SIGTERM, then SIGKILL after ${DEFAULT_KILL_GRACE_MS / 1000} s)`
      : `left process group ${group.pgid} alone (named in ${GROUP_FILE}, now removed): ${group.why}`
  )
}

/**
 * The real cli step the trace shows started and not finished, with the argv it ran (rendered again
 * from the run's vars and captures) and the file the runner spawned (the governance decision's);
 * else why no group of the run can be running.
 */
export function stepInFlight(
  records: readonly TraceRecord[],
  state: RunState,
  runbook: RunbookV0,
  secretVars: Readonly<Record<string, string>>
): StepCommand | string {
  if (state.mode !== 'real') return `the run is in ${state.mode} mode: it starts no process`
  let at = records.length - 1
  for (; at >= 0; at--) {
    const type = records[at]?.type
    if (type === 'step_started' || (type !== undefined && SETTLED.has(type))) break
  }
  const started = records[at]
  const step = started?.type === 'step_started' ? runbook.steps[started.step_index] : undefined
  if (started?.type !== 'step_started' || step?.type !== 'cli' || step.id !== started.step_id)
    return "the run's trace shows no cli step running"
  const decision = records
    .slice(0, at)
    .findLast((r) => r.type === 'governance_decision' && r.step_index === started.step_index)
  const executable =
    decision?.type === 'governance_decision'
      ? (decision.real_path ?? decision.resolved_path)
      : undefined
  if (executable === undefined) return `the trace names no file that step '${step.id}' ran`
  try {
    const lookup = lookupIn({ ...state.vars, ...secretVars }, state.captures)
    const { argv } = renderCliStep(runbook, step, lookup)
    return { stepId: step.id, argv, executable, startedAtMs: Date.parse(started.ts) }
  } catch {
    // A template the run rendered then but cannot now (a value stored redacted).
    return `the argv of step '${step.id}' cannot be rendered again`
  }
}
