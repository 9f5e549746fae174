// Starting or resuming a debugged run, through the application layer like exec and resume: the
// debugger only adds its session as the engine's beforeStep hook and as the run's manual input.
import type { AppIo, RunnableRunbook, RunOutcome } from '../app/index.js'
import { loadRunbookForRun } from '../app/load.js'
import { resumeRunbook } from '../app/resume.js'
import { startRunbook } from '../app/start.js'
import { attachmentProblem } from '../providers/attachment-check.js'
import { resolve } from 'node:path'
import { DebugSession } from './session.js'

export interface DebugRequest {
  /** The runbook of a new run (relative to cwd); absent with `resume`. */
  file?: string
  /** The run id to resume instead. */
  resume?: string
  mode: 'real' | 'replay'
  scenario?: string
  delay: boolean
  vars: readonly string[]
  /** The --as flag; `actor` is who runs (the flag, or the environment's user). */
  as?: string
  actor: string
  role?: string
  runsDir: string
  evidenceFile?: string
  /** Stop before the first step (the REPL); a DAP client says with launch's stopOnEntry. */
  stopOnEntry?: boolean
}

/** A session for the request; with a new run, its loaded runbook too (for step lines). */
export async function prepareDebug(
  req: DebugRequest,
  cwd: string
): Promise<{ session: DebugSession; loaded?: RunnableRunbook }> {
  const session = new DebugSession({
    actor: req.actor,
    ...(req.as === undefined ? {} : { approver: req.as }),
    ...(req.role === undefined ? {} : { role: req.role }),
    resolvePath: (p) => resolve(cwd, p),
    attachmentProblem,
    ...(req.stopOnEntry === undefined ? {} : { stopOnEntry: req.stopOnEntry })
  })
  if (req.file === undefined) return { session }
  const loaded = await loadRunbookForRun(req.file, cwd)
  session.runbookSteps = loaded.runbook.steps
  return { session, loaded }
}

/** The face's ports with the session added: its stops, its manual input, its record listener. */
export function debugAppIo(base: AppIo, session: DebugSession): AppIo {
  return {
    ...base,
    interactive: false,
    manual: (provider) => session.manualOver(provider),
    watch: (info) => {
      const watch = base.watch(info)
      return {
        ...watch,
        onRecord: (record) => {
          session.onRecord(record)
          watch.onRecord(record)
        },
        beforeStep: (stop) => session.beforeStep(stop)
      }
    }
  }
}

/** Drives the run with the session stopping it; throws AppError for bad input (nothing recorded). */
export async function runDebug(
  req: DebugRequest,
  prepared: { session: DebugSession; loaded?: RunnableRunbook },
  io: AppIo
): Promise<RunOutcome> {
  const { session, loaded } = prepared
  const appIo = debugAppIo(io, session)
  const common = {
    mode: req.mode,
    actor: req.actor,
    ...(req.role === undefined ? {} : { role: req.role }),
    runsDir: req.runsDir,
    vars: req.vars,
    delay: req.delay,
    ...(req.scenario === undefined ? {} : { scenario: req.scenario }),
    ...(req.evidenceFile === undefined ? {} : { evidenceFile: req.evidenceFile })
  }
  try {
    let outcome: RunOutcome
    if (req.resume !== undefined)
      outcome = await resumeRunbook({ ...common, runId: req.resume }, appIo)
    else {
      if (loaded === undefined) throw new Error('runDebug needs a loaded runbook or a run id')
      const started = await startRunbook(loaded, common, appIo)
      if (started.kind !== 'run') throw new Error('a debugged run is never a dry-run')
      outcome = started
    }
    session.ended(outcome.state, outcome.results)
    return outcome
  } catch (err) {
    session.ended(undefined)
    throw err
  }
}
