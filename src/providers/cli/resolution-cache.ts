// Resolution caching: a command is resolved in full once per run per (name, cwd, PATH); a later
// lookup reuses the result after a few stat(2) calls show that nothing it depended on changed:
// - every candidate path the search looked at before the one found (stat: '-' while nothing is
//   there; a file made, linked, renamed or chmod'ed there changes it), so a new file that would now
//   come first on PATH is found;
// - the file found, through its path (stat: device, inode, size, mtime, ctime; a rewrite, a copy or
//   rename over it, a chmod or a new hard link changes one of them), and the path itself (lstat: a
//   symlink made, removed or pointed elsewhere is another inode).
// A name not found is cached the same way (every candidate stamped), so a file made during the run
// is found, and judged as new, when a later step names it. Each stamp is taken before the search
// reads what it covers, so a change made during the search is seen by the next lookup.
// Synchronous stats: the few a reused lookup needs cost less than thread-pool round trips.
import type { BigIntStats } from 'node:fs'
import { lstatSync, statSync } from 'node:fs'
import type { ResolvedCommand } from '../../engine/ports.js'

/** What one stat(2) (or lstat) of a path saw: identity and times, '-' when nothing is there. */
export interface Stamp {
  path: string
  follow: boolean
  seen: string
  /** When the file last changed (ctime, epoch ms); 0 when nothing is there. */
  changedMs: number
}

/**
 * File times come from a coarse clock (one kernel tick, up to 10 ms): two writes of the same size
 * within one tick leave the same stamp. A lookup that read a file changed that recently is not
 * kept ("racily clean", as git calls it), so it is searched again next time.
 */
const RACY_MS = 20

export function stampOf(path: string, follow = true): Stamp {
  let s: BigIntStats | undefined
  try {
    s = (follow ? statSync : lstatSync)(path, { bigint: true, throwIfNoEntry: false })
  } catch {
    s = undefined // EACCES, ENOTDIR, ELOOP: nothing runnable there, as for a missing file
  }
  if (s === undefined) return { path, follow, seen: '-', changedMs: 0 }
  const seen = `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.mode}`
  return { path, follow, seen, changedMs: Number(s.ctimeNs / 1_000_000n) }
}

const holds = (s: Stamp): boolean => stampOf(s.path, s.follow).seen === s.seen

export class ResolutionCache {
  private readonly entries = new Map<string, { result: ResolvedCommand; stamps: Stamp[] }>()
  /** Full resolutions made: lookups that found no entry, or one whose stamps no longer held. */
  misses = 0

  static key(argv0: string, cwd: string, pathEnv: string): string {
    return `${argv0}\u0000${cwd}\u0000${pathEnv}`
  }

  /** The cached result, when every stamp it was found with still holds. */
  get(key: string): ResolvedCommand | undefined {
    const entry = this.entries.get(key)
    if (entry !== undefined && entry.stamps.every(holds)) return entry.result
    this.entries.delete(key)
    this.misses++
    return undefined
  }

  /** Keeps a lookup's result with the stamps taken before the search read what they cover. */
  set(key: string, result: ResolvedCommand, stamps: Stamp[]): void {
    const recent = Date.now() - RACY_MS
    if (stamps.every((s) => s.changedMs < recent)) this.entries.set(key, { result, stamps })
  }
}
