// What governance needs to know about the files behind a command, gathered through the provider's
// resolver before a decision: the files the denied commands stand for on the run's PATH (so a copy
// or a hard link of one is recognised under any name), and what a path's bare name would find.
import type { Governance } from '../runbook/index.js'
import { commandName } from '../runbook/index.js'
import type { ResolvedCommand } from './ports.js'

export interface CommandFacts {
  /** The file each denied_commands entry resolves to on the run's PATH (entries not found are absent). */
  denied: readonly { entry: string; file: ResolvedCommand }[]
  /** For an argv[0] holding a slash: what its bare name finds on the run's PATH. */
  byName?: ResolvedCommand
}

export type Resolve = (argv0: string, cwd: string, pathEnv: string) => Promise<ResolvedCommand>

/** Resolves the denied commands (and argv[0]'s bare name) on the run's PATH, from the run's cwd. */
export async function gatherFacts(
  resolve: Resolve,
  governance: Governance | undefined,
  argv0: string,
  cwd: string,
  pathEnv: string
): Promise<CommandFacts> {
  const denied: { entry: string; file: ResolvedCommand }[] = []
  for (const entry of governance?.denied_commands ?? []) {
    const file = await resolve(entry, cwd, pathEnv)
    if (file.realPath !== undefined) denied.push({ entry, file })
  }
  const name = commandName(argv0)
  if (!argv0.includes('/') || name === '' || (governance?.allowed_commands ?? []).length === 0)
    return { denied }
  return { denied, byName: await resolve(name, cwd, pathEnv) }
}

/** True when both are the same file (device and inode) or have the same content (sha256). */
export function sameFile(a: ResolvedCommand, b: ResolvedCommand): boolean {
  return (
    (a.fileId !== undefined && a.fileId === b.fileId) ||
    (a.sha256 !== undefined && a.sha256 === b.sha256)
  )
}

/**
 * The denied command whose file `resolved` is. A denied name that links to a multi-call binary
 * under another name (`shutdown` -> systemctl, `rm` -> busybox) is skipped: such a binary picks
 * what it does by the name it is run as, so the same file under another name is another command,
 * and the name itself is matched by the denylist already.
 */
export function deniedFile(
  resolved: ResolvedCommand,
  facts: CommandFacts
): { entry: string; file: ResolvedCommand } | undefined {
  if (resolved.realPath === undefined) return undefined
  return facts.denied.find(
    (d) => commandName(d.file.realPath ?? '') === commandName(d.entry) && sameFile(resolved, d.file)
  )
}
