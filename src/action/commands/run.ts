// `command: run`: compile or load the runbook, start its run in the job (or find the run its
// request id already names), then report it: log groups, annotations, artifact, summary, outputs.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { InspectedRun, RunbookSource, StartOutcome } from '../../app/index.js'
import { actorName, bytesDigest, inspectRun, loadOrCompile, startRunbook } from '../../app/index.js'
import { COMPILED_SUBDIR, REQUESTS_SUBDIR, RUNS_SUBDIR, STATE_DIR } from '../constants.js'
import { failAppError } from '../app-errors.js'
import { actionIo } from '../action-io.js'
import { jobWatch } from '../job-log.js'
import type { JobWatch } from '../job-log.js'
import type { ActionPorts, CommandResult } from '../ports.js'
import { reportRun } from '../report.js'
import type { RequestInputs } from '../request.js'
import { checkSameInputs, readRecord, recordPath, writeRecord } from '../request.js'
import { secretValues, type Settings } from '../settings.js'
import { artifactName, downloadIfPresent } from '../artifact.js'

export async function runCommand(s: Settings, ports: ActionPorts): Promise<CommandResult> {
  const ws = s.runner.workspace
  const file = s.runbook ?? ''
  const secrets = secretValues(s.vars)
  for (const v of secrets) ports.setSecret(v)
  let source: RunbookSource
  try {
    source = await loadOrCompile(file, ws, join(STATE_DIR, COMPILED_SUBDIR))
  } catch (err) {
    return failAppError(err, ports, `The runbook ${file} cannot run`)
  }
  if (source.compiled !== undefined) {
    ports.info(
      `${file}: compiled in the job to ${source.compiled.runbook} (${source.loaded.runbook.steps.length} steps, ${source.compiled.todos} TODOs; mapping in ${source.compiled.mapping})`
    )
  }
  const inputs: RequestInputs = {
    command: 'run',
    runbook: file,
    runbook_digest: bytesDigest(await readFile(join(ws, file))),
    mode: s.mode,
    ...(s.scenario === undefined ? {} : { scenario: s.scenario }),
    vars: s.vars
  }
  const recPath = recordPath(join(ws, STATE_DIR, REQUESTS_SUBDIR), s.requestId)
  let record = await readRecord(recPath)
  if (
    record === undefined &&
    s.runner.artifacts &&
    (await downloadIfPresent(artifactName(s.requestId), join(ws, STATE_DIR))) !== undefined
  )
    record = await readRecord(recPath)
  const runsDir = join(STATE_DIR, RUNS_SUBDIR)
  if (record !== undefined) {
    checkSameInputs(record, inputs)
    ports.info(
      `request ${s.requestId} already names run ${record.run_id}: reporting it instead of starting another`
    )
    let existing: InspectedRun
    try {
      existing = await inspectRun(runsDir, record.run_id, ws)
    } catch (err) {
      return failAppError(err, ports, `Run ${record.run_id} cannot be reported`)
    }
    return reportRun({ s, ports, source, recPath, existing: true, ...existing })
  }
  const gate = s.pause === 'environment' ? (s.environment ?? '') : undefined
  let watch: JobWatch | undefined
  let pendingRecord: Promise<unknown> = Promise.resolve()
  let outcome: StartOutcome
  try {
    outcome = await startRunbook(
      source.loaded,
      {
        mode: s.mode,
        vars: s.vars,
        secretValues: secrets,
        actor: actorName(undefined, ports.env),
        runsDir,
        ...(s.scenario === undefined ? {} : { scenario: s.scenario }),
        delay: false,
        requireValues: source.compiled !== undefined
      },
      actionIo(ws, ports, ({ stepsTotal }) => {
        const w = jobWatch(ports, stepsTotal, ports.signal)
        watch = {
          ...w,
          onRecord: (r) => {
            // The request is recorded as soon as the run exists, so a crash cannot make it start twice.
            if (r.type === 'run_started')
              pendingRecord = writeRecord(recPath, s.requestId, r.run_id, inputs, gate)
            w.onRecord(r)
          }
        }
        return watch
      })
    )
  } catch (err) {
    await pendingRecord
    return failAppError(err, ports, `The runbook ${file} cannot run`)
  }
  await pendingRecord
  if (outcome.kind === 'plan') {
    for (const p of outcome.plan.steps)
      ports.info(
        `${p.index + 1}. ${p.id}: ${p.decision}${p.argv === undefined ? '' : ` ${p.argv.join(' ')}`}${p.reason === undefined ? '' : ` (${p.reason})`}`
      )
    ports.setOutput('status', outcome.plan.refused ? 'failed' : 'passed')
    return outcome.plan.refused
      ? { failed: 'Governance refuses a step of the plan; see the log.' }
      : {}
  }
  return reportRun({
    s,
    ports,
    source,
    recPath,
    existing: false,
    state: outcome.state,
    results: outcome.results,
    dir: outcome.dir,
    traceHead: watch?.traceHead() ?? '',
    failure: outcome.failure,
    runError: outcome.runError
  })
}
