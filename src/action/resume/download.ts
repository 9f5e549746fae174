// The paused run's artifact, fetched from the workflow run that paused (another run than this
// one) with the real @actions/artifact client's findBy path, and refused unless the bytes match
// the digest GitHub recorded when that run uploaded them.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import type { ArtifactView } from '../github/api.js'
import { dropMachineLocal } from '../artifact.js'
import { RUNS_SUBDIR } from '../constants.js'
import { ArtifactExpiredError, ResumeRefusedError } from './check-dispatch.js'

export interface PausedArtifact {
  artifact: ArtifactView
  workflowRunId: number
  runId: string
  token: string
  owner: string
  repo: string
}

/**
 * Downloads the artifact into `stateDir` (the Action's `.runbook`); returns the run directory and
 * the files of the uploading machine's own bookkeeping removed from it.
 */
export async function downloadPaused(
  p: PausedArtifact,
  stateDir: string
): Promise<{ dir: string; dropped: string[] }> {
  const dir = join(stateDir, RUNS_SUBDIR, p.runId)
  // A run directory already in the workspace would mix with the download; a resume job starts
  // from a clean checkout, so this is a workflow mistake (e.g. a resume step run twice in a job).
  if (existsSync(dir))
    throw new ResumeRefusedError(
      `${dir} already exists in this workspace: run the resume in a job of its own, from a clean checkout`
    )
  const findBy = {
    token: p.token,
    workflowRunId: p.workflowRunId,
    repositoryOwner: p.owner,
    repositoryName: p.repo
  }
  let mismatch: boolean | undefined
  try {
    const res = await new DefaultArtifactClient().downloadArtifact(p.artifact.id, {
      path: stateDir,
      ...(p.artifact.digest === null ? {} : { expectedHash: p.artifact.digest }),
      findBy
    })
    mismatch = res.digestMismatch
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    // GitHub answers 410 Gone for an artifact past its retention, even when the listing a moment
    // before did not say so yet.
    if ((err as { status?: unknown } | null)?.status === 410)
      throw new ArtifactExpiredError(
        `the artifact ${p.artifact.name} (${p.artifact.id}) of workflow run ${p.workflowRunId} has expired${p.artifact.expiresAt === null ? '' : ` (it was kept until ${p.artifact.expiresAt})`}: GitHub answered 410 (${reason}); the run cannot resume (start it again)`
      )
    throw new ResumeRefusedError(
      `the artifact ${p.artifact.name} (${p.artifact.id}) of workflow run ${p.workflowRunId} could not be downloaded: ${reason}`
    )
  }
  if (mismatch === true)
    throw new ResumeRefusedError(
      `the artifact ${p.artifact.name} (${p.artifact.id}) does not match the digest GitHub recorded when workflow run ${p.workflowRunId} uploaded it (${p.artifact.digest ?? ''}): it was altered; nothing was resumed`
    )
  if (!existsSync(dir))
    throw new ResumeRefusedError(
      `the artifact ${p.artifact.name} holds no run directory runs/${p.runId}`
    )
  // Not run data (not in run.json): a .group there names a process of the machine that uploaded
  // it, which the resume must never signal here.
  return { dir, dropped: await dropMachineLocal(dir) }
}
