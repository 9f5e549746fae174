// What the paused step needs, read from the paused run's own artifact (the exact runbook the run
// started with), never from the issue body, which anyone with write access can edit: the artifact
// must be the one GitHub recorded for the paused workflow run, and its runbook the one the pause
// record names.
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validateBytes } from '../../app/index.js'
import { manualRequirements } from '../../engine/manual.js'
import { downloadFromRun } from '../artifact.js'
import type { GitHubApi } from '../github/api.js'
import type { PauseRecord } from '../pause/issue-body.js'
import type { PausedStep } from './tally.js'

/** The paused run cannot be read: the answer cannot be judged (the job fails with this). */
export class PausedRunUnreadableError extends Error {
  override name = 'PausedRunUnreadableError'
}

const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9T._-]*$/

export interface ArtifactAccess {
  token: string
  /** Where to unpack (a fresh directory below it). */
  tempDir?: string
}

/** Downloads the paused run's artifact and returns the paused step's requirements. */
export async function pausedStepOf(
  api: GitHubApi,
  record: PauseRecord,
  access: ArtifactAccess
): Promise<PausedStep> {
  const fail = (why: string) =>
    new PausedRunUnreadableError(
      `run ${record.run_id} (workflow run ${record.workflow_run_id}): ${why}`
    )
  if (!RUN_ID.test(record.run_id)) throw fail('the pause record names no valid run id')
  const artifact = (await api.runArtifacts(record.workflow_run_id, record.artifact_name)).find(
    (a) => a.id === record.artifact_id
  )
  if (artifact === undefined)
    throw fail(`it has no artifact ${record.artifact_name} with id ${record.artifact_id}`)
  if (artifact.expired)
    throw fail(
      `its artifact expired${artifact.expiresAt === null ? '' : ` on ${artifact.expiresAt}`}: the run cannot resume; close the issue to cancel it`
    )
  const dir = await mkdtemp(join(access.tempDir ?? tmpdir(), 'paused-'))
  let mismatch: boolean
  try {
    mismatch = await downloadFromRun(artifact, record.workflow_run_id, api, access.token, dir)
  } catch (err) {
    throw fail(
      `its artifact could not be downloaded: ${err instanceof Error ? err.message : String(err)}`
    )
  }
  if (mismatch)
    throw fail(`its artifact does not match the digest GitHub recorded (${artifact.digest ?? ''})`)
  let bytes: Buffer
  try {
    bytes = await readFile(join(dir, 'runs', record.run_id, 'runbook.yaml'))
  } catch {
    throw fail(`its artifact holds no runs/${record.run_id}/runbook.yaml`)
  }
  let loaded: ReturnType<typeof validateBytes>
  try {
    loaded = validateBytes(bytes, 'runbook.yaml')
  } catch {
    throw fail(`the runbook in its artifact is not valid for this version of the Action`)
  }
  if (loaded.digest !== record.runbook_digest)
    throw fail(
      `its runbook has digest ${loaded.digest}, but the pause issue names ${record.runbook_digest}`
    )
  const step = loaded.runbook.steps[record.step_index]
  if (step === undefined || step.id !== record.step_id)
    throw fail(`its runbook has no step ${record.step_id} at position ${record.step_index + 1}`)
  return {
    stepId: step.id,
    kind: record.kind,
    requirements: manualRequirements(step, loaded.runbook.meta.governance)
  }
}
