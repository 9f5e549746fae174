// Ending a paused run without running it, for every face: a person denied it (failed) or cancelled
// it (cancelled), from an issue comment, by closing the issue, or with `runbook resume --cancel`.
// Nothing runs: the ending is recorded as the run's run_finished, with who, why and where, and the
// run is committed (run.json), so `runbook verify` reads how it ended.
import { endPausedRun as endRun } from '../engine/end-run.js'
import type { RunEnding } from '../engine/model.js'
import { TraceInconsistencyError } from '../engine/reduce.js'
import { parseVarFlags, resolveVars, VarError } from '../engine/vars.js'
import { systemClock } from '../providers/system-clock.js'
import { runbookRedactor } from './deps.js'
import { AppError } from './errors.js'
import { validateBytes } from './load.js'
import { foldOpened, openExisting, ResumeError, runbookCopy } from './open-run.js'
import type { RunOutcome } from './outcome.js'
import type { AppIo } from './ports.js'
import { withSession } from './session.js'

export interface EndRequest {
  runId: string
  /** Where run directories are, relative to the working directory. */
  runsDir: string
  /** failed: denied; cancelled: cancelled (or its issue closed by hand). */
  status: 'failed' | 'cancelled'
  /** Who ended it, why (redacted before it is stored) and where (an issue comment's URL). */
  ending: RunEnding
  /**
   * `NAME=VALUE` for vars stored redacted: not required (a paused run can always be ended), but
   * given, their values are redacted from the reason too.
   */
  vars: readonly string[]
}

/** Ends the paused run; AppError when it is not paused or cannot be opened. */
export async function endPausedRun(req: EndRequest, io: AppIo): Promise<RunOutcome> {
  if (req.ending.reason.trim() === '')
    throw new AppError('invalid-input', `a reason is required to end run ${req.runId}`)
  const opened = await openExisting(req.runsDir, req.runId, io, 'end')
  try {
    const state = foldOpened(opened, io)
    if (state.status !== 'paused')
      throw new ResumeError(
        state.status === 'running'
          ? 'it is not paused (it was interrupted mid-step: resume it, or end it when it pauses)'
          : `it already finished with status ${state.status}; there is nothing to end`
      )
    const runbook = validateBytes(await runbookCopy(opened, state), state.runbook_path).runbook
    const flags = parseVarFlags(req.vars)
    const given = state.redacted_vars.flatMap((n) => flags[n] ?? io.env[n] ?? [])
    const redactor = runbookRedactor(runbook, [
      ...resolveVars(runbook, io.env, {}).secrets,
      ...given
    ])
    return await withSession(
      io,
      runbook.steps,
      async (session) => {
        const final = await endRun(
          {
            store: opened.store,
            clock: systemClock,
            redact: (text) => redactor.redactText(text),
            ...(session.deps.onRecord === undefined ? {} : { onRecord: session.deps.onRecord })
          },
          state,
          req.status,
          req.ending
        )
        return {
          state: final,
          runbook,
          dir: opened.store.dir,
          failure: session.failure(),
          runError: session.runError(),
          results: session.results()
        }
      },
      opened.records
    )
  } catch (err) {
    if (err instanceof ResumeError || err instanceof TraceInconsistencyError)
      throw new AppError('resume-failed', `cannot end ${req.runId}: ${err.message}`)
    if (err instanceof VarError) throw new AppError('invalid-input', err.message)
    throw err
  } finally {
    await opened.store.close()
  }
}
