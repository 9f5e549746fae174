// One run being driven: the face's watch (signal, listener, before-step hook) plus what the layer
// itself needs to know from the event stream (how the run finished).
import type { TraceRecord } from '../engine/events.js'
import type { StepResult } from '../engine/model.js'
import { stepResults } from '../engine/reduce.js'
import type { DepsInput } from './deps.js'
import type { AppIo } from './ports.js'

export interface Session {
  /** The parts of the engine dependencies that come from the face's watch. */
  deps: Pick<DepsInput, 'signal' | 'onRecord' | 'beforeStep'>
  /** The failure kind of the run_finished event, once seen. */
  failure(): string | undefined
  /** The error of the run_finished event, once seen. */
  runError(): string | null
  /** The run's step results so far, in trace order (those of `earlier` records first). */
  results(): StepResult[]
}

/** Runs `fn` while the face watches the run; the watch is closed however `fn` ends. */
export async function withSession<T>(
  io: Pick<AppIo, 'watch'>,
  steps: readonly { instructions?: string }[],
  fn: (session: Session) => Promise<T>,
  earlier: readonly TraceRecord[] = []
): Promise<T> {
  const watch = io.watch({
    stepsTotal: steps.length,
    instructions: steps.map((s) => s.instructions)
  })
  let failure: string | undefined
  let runError: string | null = null
  const results = stepResults(earlier)
  try {
    return await fn({
      deps: {
        signal: watch.signal,
        onRecord: (record: TraceRecord) => {
          if (record.type === 'run_finished') {
            failure = record.failure
            runError = record.error
          } else if (record.type === 'step_result') results.push(record.result)
          watch.onRecord(record)
        },
        ...(watch.beforeStep === undefined ? {} : { beforeStep: watch.beforeStep.bind(watch) })
      },
      failure: () => failure,
      runError: () => runError,
      results: () => results
    })
  } finally {
    watch.close()
  }
}
