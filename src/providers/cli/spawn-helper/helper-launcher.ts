// Starts commands through the spawn helper when it can, and with Node's own spawn when it cannot.
// Why a helper: fork() from this process copies the page tables of a large, busy heap and write-
// protects every page of it, so each spawn costs several milliseconds more than the command; the
// helper starts commands with posix_spawn (vfork semantics: nothing copied). bench/README.md has
// the figures.
// The helper is started on the first command of a run. Where it cannot run (not Linux, no trusted
// python3, a python3 too old for posix_spawn and pidfd_open) or once it has died, every command
// starts directly instead: the same process guarantees, only slower. A file that is not an
// executable format (ENOEXEC: a script without a #! line) is started directly too, so such a file
// behaves the same whichever launcher is used.
import { realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute } from 'node:path'
import type { ProcessSpec } from '../../../engine/ports.js'
import { DirectLauncher, startFailure } from '../launcher.js'
import type { Launch, OnPid, ProcessLauncher } from '../launcher.js'
import { SpawnHelper } from './spawn-helper.js'

/** Where a trusted python3 may be: never looked up on PATH, which the runbook's user controls. */
export const PYTHON_CANDIDATES = ['/usr/bin/python3', '/usr/local/bin/python3']

/**
 * Commands started directly before the helper takes over. Starting python3 costs about as much CPU
 * as the helper saves on two or three commands, so a run of one or two commands never starts it;
 * it starts in the background alongside the last of them.
 */
export const DEFAULT_WARMUP = 2

export interface HelperLauncherOptions {
  /** Absolute paths to try in order (default PYTHON_CANDIDATES). */
  python?: string[]
  /** Commands started directly first (default DEFAULT_WARMUP; 0: the helper starts every one). */
  warmup?: number
}

export class HelperLauncher implements ProcessLauncher {
  private readonly direct = new DirectLauncher()
  private helper: Promise<SpawnHelper | undefined> | undefined
  private closed = false
  private launched = 0
  /** Why the helper is not used (undefined while it is, or before the first command). */
  unavailable: string | undefined

  constructor(private readonly options: HelperLauncherOptions = {}) {}

  async launch(spec: ProcessSpec, onPid: OnPid): Promise<Launch> {
    const warmup = this.options.warmup ?? DEFAULT_WARMUP
    const n = this.launched++
    if (n < warmup) {
      if (n === warmup - 1) void (this.helper ??= this.startHelper())
      return this.direct.launch(spec, onPid)
    }
    if (!helperCanStart(spec)) return this.direct.launch(spec, onPid)
    const helper = await (this.helper ??= this.startHelper())
    if (helper === undefined) return this.direct.launch(spec, onPid)
    const started = await helper.launch(spec, onPid)
    if ('launched' in started) return started.launched
    if ('lost' in started) {
      this.unavailable = started.lost
      return this.direct.launch(spec, onPid)
    }
    const [first, second] = started.failed.split(' ')
    if (first === 'ENOEXEC') return this.direct.launch(spec, onPid)
    const code = first === 'cwd' ? (second ?? 'ENOENT') : (first ?? 'UNKNOWN')
    return { spawnError: startFailure(spec, Object.assign(new Error(code), { code })) }
  }

  close(): void {
    this.closed = true
    void this.helper?.then((h) => h?.close())
  }

  private async startHelper(): Promise<SpawnHelper | undefined> {
    const python = (this.options.python ?? PYTHON_CANDIDATES).find(trusted)
    if (python === undefined) {
      this.unavailable = 'no trusted python3 (root-owned, not writable by others) was found'
      return undefined
    }
    const helper = await SpawnHelper.start(python)
    if ('unavailable' in helper) {
      this.unavailable = helper.unavailable
      return undefined
    }
    if (this.closed) helper.close()
    return helper
  }
}

/**
 * What posix_spawn refuses or reads differently from Node's spawn (an empty argv[0], an environment
 * entry with no name, an executable that is not an absolute path) is left to Node's spawn, so that
 * every spec behaves the same whichever launcher starts it.
 */
function helperCanStart(spec: ProcessSpec): boolean {
  if (!isAbsolute(spec.executable) || (spec.argv[0] ?? spec.executable) === '') return false
  return !Object.keys(spec.env).some((name) => name === '' || name.startsWith('='))
}

/**
 * The file (links followed) is a regular file, and it and every directory above it are owned by
 * root or by this user and writable by nobody else: a less trusted user cannot replace the program
 * that starts every command of the run. (Its standard library is not checked.)
 */
function trusted(path: string): boolean {
  try {
    const real = realpathSync(path)
    if (!statSync(real).isFile()) return false
    // The file and every directory above it: a writable directory lets its file be replaced.
    for (let p = real; ; p = dirname(p)) {
      if (!guarded(p)) return false
      if (dirname(p) === p) return true
    }
  } catch {
    return false
  }
}

function guarded(path: string): boolean {
  const st = statSync(path)
  const uid = process.getuid?.()
  return (st.mode & 0o022) === 0 && (st.uid === 0 || st.uid === uid)
}
