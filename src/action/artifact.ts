// The run's artifact, through the real @actions/artifact client: everything below the Action's
// state directory that belongs to this run (run directory, compiled runbook and mapping, request
// record), uploaded under `runbook-<request-id>`. Paths in the artifact start below `.runbook/`, so
// the run directory is `runs/<run-id>/`, not a dot-directory.
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { ArtifactNotFoundError, DefaultArtifactClient } from '@actions/artifact'
import { isMachineLocal } from '../trace/index.js'
import { ARTIFACT_PREFIX } from './constants.js'

/** The artifact name of a request: predictable, so a later job can find it. */
export function artifactName(requestId: string): string {
  return `${ARTIFACT_PREFIX}${requestId}`
}

export interface Uploaded {
  id: number
  name: string
  size: number
}

/** Every file below `dir` (absolute paths), in a stable order. */
export async function filesBelow(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name)
  )) {
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await filesBelow(p)))
    else if (e.isFile()) out.push(p)
  }
  return out
}

/**
 * The files of a run directory that travel in its artifact: all but the bookkeeping of this machine
 * (the lock, and `.group`, which names a process group here: on another machine it would name some
 * other process).
 */
export async function runFiles(runDir: string): Promise<string[]> {
  const top = new Set((await readdir(runDir)).filter(isMachineLocal).map((n) => join(runDir, n)))
  return (await filesBelow(runDir)).filter((f) => !top.has(f))
}

/**
 * Removes from a downloaded run directory what only meant something on the machine that uploaded
 * it (an artifact uploaded by an older version may hold a `.group`); the names removed.
 */
export async function dropMachineLocal(runDir: string): Promise<string[]> {
  const names = (await readdir(runDir)).filter(isMachineLocal).sort()
  for (const n of names) await rm(join(runDir, n), { force: true, recursive: true })
  return names
}

/** Uploads `files` (absolute, below `root`) as the artifact `name`. */
export async function uploadFiles(
  name: string,
  files: string[],
  root: string,
  retentionDays: number | undefined
): Promise<Uploaded> {
  const client = new DefaultArtifactClient()
  const r = await client.uploadArtifact(name, files, root, {
    ...(retentionDays === undefined ? {} : { retentionDays })
  })
  if (r.id === undefined) throw new Error(`the artifact service did not return an id for ${name}`)
  return { id: r.id, name, size: r.size ?? 0 }
}

/** The id of the artifact `name` of this workflow run, when it has one. */
export async function findArtifact(name: string): Promise<number | undefined> {
  try {
    return (await new DefaultArtifactClient().getArtifact(name)).artifact.id
  } catch (err) {
    if (err instanceof ArtifactNotFoundError) return undefined
    throw err
  }
}

/** Downloads the artifact `name` of this workflow run into `dir`; its id, or undefined when none. */
export async function downloadIfPresent(name: string, dir: string): Promise<number | undefined> {
  const id = await findArtifact(name)
  if (id !== undefined) await new DefaultArtifactClient().downloadArtifact(id, { path: dir })
  return id
}

/** Downloads artifact A of another workflow run into DIR (the real client's findBy path, with the
 * token); true when the bytes do not match the digest GitHub recorded at the upload. */
export async function downloadFromRun(
  a: { id: number; digest: string | null },
  workflowRunId: number,
  repository: { owner: string; repo: string },
  token: string,
  dir: string
): Promise<boolean> {
  const res = await new DefaultArtifactClient().downloadArtifact(a.id, {
    path: dir,
    ...(a.digest === null ? {} : { expectedHash: a.digest }),
    findBy: {
      token,
      workflowRunId,
      repositoryOwner: repository.owner,
      repositoryName: repository.repo
    }
  })
  return res.digestMismatch === true
}
