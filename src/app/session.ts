// One run being driven: the face's watch (signal, listener, before-step hook) plus what the layer
// itself needs to know from the event stream (how the run finished).
import type { TraceRecord } from '../engine/events.js'
import type { StepResult } from '../engine/model.js'
import type { ManualProvider } from '../engine/providers.js'
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
  /**
   * The run's manual provider, seen by the session: the instructions the engine hands it (templates
   * rendered, redacted) are what the face's watch shows when the run pauses at that step.
   */
  manual(provider: ManualProvider): ManualProvider
}

/** Runs `fn` while the face watches the run; the watch is closed however `fn` ends. */
export async function withSession<T>(
  io: Pick<AppIo, 'watch'>,
  steps: readonly unknown[],
  fn: (session: Session) => Promise<T>,
  earlier: readonly TraceRecord[] = []
): Promise<T> {
  // By step index, the instructions last asked for: never the runbook's raw text, which holds
  // templates and may name secrets only rendering and redaction make safe to show.
  const asked = new Map<number, string>()
  const watch = io.watch({
    stepsTotal: steps.length,
    instructions: (index) => asked.get(index)
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
      results: () => results,
      manual: (provider) => ({
        collect: (req) => {
          asked.set(req.index, req.instructions)
          return provider.collect(req)
        },
        confirm: (req) => provider.confirm(req),
        ...(provider.close === undefined ? {} : { close: () => provider.close?.() })
      })
    })
  } finally {
    watch.close()
  }
}
