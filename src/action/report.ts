// How a run ends in the job: error annotations on the runbook's lines, the artifact, the job summary
// and the outputs; then whether the job fails, and why.
import { join, relative } from 'node:path'
import type { RunbookSource } from '../app/index.js'
import type { RunState, RunView, StepResult } from '../engine/model.js'
import { runAnnotations } from './annotations.js'
import { emitAnnotations } from './app-errors.js'
import { artifactName, findArtifact, runFiles, uploadFiles } from './artifact.js'
import type { Uploaded } from './artifact.js'
import { Outputs, STATE_DIR } from './constants.js'
import { pauseWithGitHub } from './pause.js'
import type { ActionPorts, CommandResult } from './ports.js'
import type { Settings } from './settings.js'
import { renderSummary } from './summary.js'
import { needsOf } from './needs.js'

export interface RunReport {
  s: Settings
  ports: ActionPorts
  source: RunbookSource
  /** The request record (uploaded with the run). */
  recPath: string
  /** True when the run already existed (a second start with the same request id). */
  existing: boolean
  state: RunState
  /** The run's step results in trace order. */
  results: StepResult[]
  /** Absolute run directory. */
  dir: string
  traceHead: string
  failure: string | undefined
  runError: string | null
}

/** Reports a run that stopped (finished, failed or paused) and says whether the job fails. */
export async function reportRun(r: RunReport): Promise<CommandResult> {
  const { s, ports, source } = r
  const state: RunView = { ...r.state, history: r.results }
  const ws = s.runner.workspace
  emitAnnotations(runAnnotations(state, r.runError, source.locate), ports)
  const runDir = relative(ws, r.dir)
  let uploaded: Uploaded | undefined
  if (!s.runner.artifacts) {
    ports.warning(
      `Not in a runner (ACTIONS_RUNTIME_TOKEN is not set): the artifact was not uploaded; the run directory is ${runDir}`
    )
  } else {
    const name = artifactName(s.requestId)
    // A run found again by its request id was uploaded by the job that started it.
    const before = r.existing ? await findArtifact(name) : undefined
    if (before !== undefined) uploaded = { id: before, name, size: 0 }
    else {
      const files = [...(await runFiles(r.dir)), r.recPath]
      if (source.compiled !== undefined)
        files.push(join(ws, source.compiled.runbook), join(ws, source.compiled.mapping))
      uploaded = await uploadFiles(name, files, join(ws, STATE_DIR), s.retentionDays)
    }
    ports.info(
      `artifact ${uploaded.name} (id ${uploaded.id}, ${uploaded.size} bytes) holds ${runDir.replace(`${STATE_DIR}/`, '')}`
    )
  }
  const url =
    uploaded === undefined || s.runner.repository === undefined || s.runner.runId === undefined
      ? undefined
      : `${s.runner.serverUrl}/${s.runner.repository}/actions/runs/${s.runner.runId}/artifacts/${uploaded.id}`
  const status = state.status === 'running' ? 'paused' : state.status
  const notes: string[] = []
  let result: CommandResult = {}
  if (status === 'failed')
    result = { failed: `Runbook ${state.runbook_name} failed: ${r.runError ?? 'a step failed'}` }
  if (status === 'paused') {
    const step = source.loaded.runbook.steps[state.current_step_index]
    const at = source.locate(state.current_step_index)
    const where = `step '${step?.id ?? ''}' (${at.file}:${at.line})`
    if (s.pause === 'fail') {
      result = {
        failed: `Run ${state.run_id} stopped at ${where}: it needs ${needsOf(state, source.loaded.runbook)}; pause is 'fail', so the job fails (use pause: issue or environment to wait for them)`
      }
      notes.push(`The run waits at ${where}.`)
    } else {
      const paused = await pauseWithGitHub({
        ...{ s, ports, source, state, dir: r.dir, where },
        ...(uploaded === undefined || url === undefined ? {} : { uploaded: { ...uploaded, url } })
      })
      result = paused.failed === undefined ? {} : { failed: paused.failed }
      notes.push(`The run waits at ${where}.`, ...paused.notes)
    }
  }
  const md = renderSummary({
    runbook: source.loaded.runbook,
    source: source.file,
    state,
    runError: r.runError,
    traceHead: r.traceHead,
    ...(uploaded === undefined
      ? s.runner.artifacts
        ? {}
        : { artifact: { skipped: runDir } }
      : {
          artifact: { name: uploaded.name, id: uploaded.id, ...(url === undefined ? {} : { url }) }
        }),
    ...(source.compiled === undefined
      ? {}
      : {
          compiled: {
            todos: source.compiled.todos,
            mapping: relative(join(ws, STATE_DIR), join(ws, source.compiled.mapping))
          }
        }),
    notes: r.existing
      ? [`This request id already named this run: it was reported, not started again.`, ...notes]
      : notes
  })
  await ports.summary(md)
  ports.setOutput(Outputs.RunId, state.run_id)
  ports.setOutput(Outputs.Status, status)
  ports.setOutput(
    Outputs.PausedStep,
    status === 'paused'
      ? (state.pending?.step_id ?? source.loaded.runbook.steps[state.current_step_index]?.id ?? '')
      : ''
  )
  ports.setOutput(Outputs.TraceHead, r.traceHead)
  ports.setOutput(Outputs.ArtifactId, uploaded === undefined ? '' : String(uploaded.id))
  ports.setOutput(Outputs.Approvers, JSON.stringify(approvers(state)))
  ports.setOutput(Outputs.Outcome, state.outcome?.state ?? '')
  return result
}

/** Everyone who approved a step of the run, in order. */
export function approvers(
  state: RunView
): { step: string; approver: string; role?: string; at: string }[] {
  return state.history.flatMap((h) =>
    (h.approvals ?? []).map((a) => ({
      step: h.step_id,
      approver: a.approver,
      ...(a.role === undefined ? {} : { role: a.role }),
      at: a.recorded_at
    }))
  )
}
