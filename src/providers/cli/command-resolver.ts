// Finding the file a command name stands for, the way execvp(3) would, so that governance checks
// the very file that will run (ProcessSpec.executable is set from `realPath`), and describing that
// file so governance can tell a copy or a link of a denied command under another name.
//
// Deliberate differences from execvp:
// - Only regular files the current user may execute are found, whether argv[0] holds a slash or
//   not (execvp would try a non-executable file and fail with EACCES); anything else is "not found".
// - An empty PATH entry (a leading, trailing or doubled ':') means the working directory to
//   execvp, and a relative entry (`bin`) a directory under it; both are skipped here, so a step's
//   with.cwd can never change what a name resolves to. Write `./tool` for that. An empty PATH
//   finds nothing.
// - A working directory that does not exist, or is not a directory, is reported as such.
import { createHash } from 'node:crypto'
import { constants, createReadStream, statSync } from 'node:fs'
import { access, realpath, stat } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { CommandResolver, ResolvedCommand } from '../../engine/ports.js'
import type { Stamp } from './resolution-cache.js'
import { ResolutionCache, stampOf } from './resolution-cache.js'

/** File timestamps lag Date.now() by up to one kernel tick (10 ms at HZ=100). */
const CLOCK_TICK_MARGIN_MS = 20

export interface NodeCommandResolverOptions {
  /** Executables changed after this instant (epoch ms) are flagged as new. Default: construction. */
  startedAtMs?: number
}

export class NodeCommandResolver implements CommandResolver {
  private readonly startedAtMs: number
  /** sha256 by device, inode, size, mtime and ctime: a binary is read once per process. */
  private readonly digests = new Map<string, Promise<string | undefined>>()
  private readonly cache = new ResolutionCache()

  constructor(options: NodeCommandResolverOptions = {}) {
    this.startedAtMs = options.startedAtMs ?? Date.now()
  }

  /**
   * Resolves argv[0] against `cwd` and the run's PATH; `{}` when nothing executable is found. A
   * lookup made before is not searched again while nothing it read has changed
   * (resolution-cache.ts): the engine asks for the same names at every step.
   */
  async resolve(argv0: string, cwd: string, pathEnv: string): Promise<ResolvedCommand> {
    const cwdProblem = checkDirectory(cwd)
    if (cwdProblem !== undefined) return { cwdProblem }
    if (argv0 === '') return {}
    const key = ResolutionCache.key(argv0, cwd, pathEnv)
    const cached = this.cache.get(key)
    if (cached !== undefined) return cached
    const candidates = argv0.includes('/')
      ? [resolve(cwd, argv0)]
      : pathEnv
          .split(':')
          .filter((dir) => isAbsolute(dir))
          .map((dir) => resolve(dir, argv0))
    const stamps: Stamp[] = []
    for (const candidate of candidates) {
      stamps.push(stampOf(candidate))
      const link = stampOf(candidate, false)
      const r = await this.found(candidate)
      if (r.path === undefined) continue
      this.cache.set(key, r, [...stamps, link])
      return r
    }
    this.cache.set(key, {}, stamps)
    return {}
  }

  /** How many lookups were resolved in full (the others reused an unchanged earlier result). */
  get fullResolutions(): number {
    return this.cache.misses
  }

  /** `path` (lexically normalised, absolute), its real path and identity, when it is executable. */
  private async found(path: string): Promise<ResolvedCommand> {
    if (!isAbsolute(path) || !(await isExecutableFile(path))) return {}
    try {
      const realPath = await realpath(path)
      const s = await stat(realPath, { bigint: true })
      const key = `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`
      let digest = this.digests.get(key)
      if (digest === undefined) this.digests.set(key, (digest = sha256File(realPath)))
      const sha256 = await digest
      // ctime moves on every write, rename, chmod and new hard link: a copy, or a link of an
      // old file made now, both look new. File times come from a coarse clock that lags the
      // wall clock by up to a tick, hence the margin.
      const changedMs = Number(s.ctimeNs / 1_000_000n) + CLOCK_TICK_MARGIN_MS
      return {
        path,
        realPath,
        fileId: `${s.dev}:${s.ino}`,
        ...(sha256 === undefined ? {} : { sha256 }),
        ...(changedMs > this.startedAtMs ? { newSinceStart: true } : {})
      }
    } catch {
      return {}
    }
  }
}

async function sha256File(path: string): Promise<string | undefined> {
  const hash = createHash('sha256')
  try {
    await pipeline(createReadStream(path), hash)
    return hash.digest('hex')
  } catch {
    return undefined // executable but not readable (mode 0111): identity by inode only
  }
}

/** Synchronous: one stat(2), checked before every lookup, cached or not. */
function checkDirectory(dir: string): string | undefined {
  try {
    if (statSync(dir).isDirectory()) return undefined
    return `working directory '${dir}' is not a directory`
  } catch {
    return `working directory '${dir}' does not exist`
  }
}

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    if (!(await stat(path)).isFile()) return false
    await access(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}
