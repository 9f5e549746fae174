// Looking at a run without driving it: its folded state and trace head, for a face that reports an
// existing run (the Action's idempotent request id, the debugger's "where are we").
import { join, resolve } from 'node:path'
import type { RunState, StepResult } from '../engine/model.js'
import { foldTrace, stepResults } from '../engine/reduce.js'
import { NEVER_STARTED, readTrace } from '../trace/index.js'
import { AppError } from './errors.js'

export interface InspectedRun {
  state: RunState
  /** The run's step results in trace order. */
  results: StepResult[]
  dir: string
  traceHead: string
  failure: string | undefined
  runError: string | null
}

/** Folds the trace of run `runId` under `runsDir` (relative to `cwd`); AppError when unreadable. */
export async function inspectRun(
  runsDir: string,
  runId: string,
  cwd: string
): Promise<InspectedRun> {
  const dir = resolve(cwd, runsDir, runId)
  const trace = await readTrace(join(dir, 'trace.jsonl'))
  if (trace.missing === true) throw new AppError('resume-failed', `no run ${runId} in ${dir}`)
  if (trace.broken !== undefined)
    throw new AppError(
      'resume-failed',
      `run ${runId}: the trace is broken: ${trace.broken.message}`
    )
  const state = foldTrace(trace.records)
  if (state === undefined)
    throw new AppError(
      'resume-failed',
      `run ${runId}: ${trace.records.length === 0 ? NEVER_STARTED : 'the trace holds no run_started event'}`
    )
  const finished = [...trace.records].reverse().find((r) => r.type === 'run_finished')
  return {
    state,
    results: stepResults(trace.records),
    dir,
    traceHead: trace.head.hash,
    failure: finished?.type === 'run_finished' ? finished.failure : undefined,
    runError: finished?.type === 'run_finished' ? finished.error : null
  }
}
