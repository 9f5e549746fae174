// How a step's command is started. The runner (node-process-runner.ts) owns the lifecycle: pipes,
// timeouts, lingering, ending the group. A launcher only starts the command and hands back its
// pid, its stdout and stderr as streams, and its exit. Two launchers exist:
// - the spawn helper (spawn-helper/): a small resident process that starts commands with
//   posix_spawn, used on Linux when a trusted python3 is installed;
// - DirectLauncher: Node's own child_process.spawn, everywhere else and as the helper's fallback.
// Both give the command the same things: exactly the argv and environment of the spec (no shell,
// no PATH search: `executable` is the resolved file), its own session and process group, default
// signal dispositions, the spec's stdin or /dev/null, and no other open file.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { statSync } from 'node:fs'
import type { Readable } from 'node:stream'
import type { ProcessSpec } from '../../engine/ports.js'
import { describeSpawnError } from './spawn-error.js'

export interface SpawnFailure {
  code: string
  message: string
  /** The working directory is the problem, not the executable. */
  cwd?: true
}

export interface Launched {
  pid: number
  stdout: Readable
  stderr: Readable
  /** Settles with the command's exit code or signal once it has exited. */
  exited: Promise<[number | null, NodeJS.Signals | null]>
}

export type Launch = Launched | { spawnError: SpawnFailure }

/**
 * Told the pid as soon as it exists, before any other event, so the group can be recorded before a
 * kill -9 of this process comes between; with the process's start time when the launcher read it
 * (a process this one did not start may be reaped before this one could read it).
 */
export type OnPid = (pid: number, startTicks?: string) => void

export interface ProcessLauncher {
  /** Starts the command. */
  launch(spec: ProcessSpec, onPid: OnPid): Promise<Launch>
  /** Releases what the launcher keeps between commands (the helper process). */
  close(): void
}

/** Starts each command with Node's child_process.spawn (fork and exec from this process). */
export class DirectLauncher implements ProcessLauncher {
  async launch(spec: ProcessSpec, onPid: OnPid): Promise<Launch> {
    let child: ChildProcess
    try {
      child = spawn(spec.executable, spec.argv.slice(1), {
        argv0: spec.argv[0] ?? spec.executable,
        cwd: spec.cwd,
        env: { ...spec.env },
        shell: false,
        detached: true,
        stdio: [spec.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        windowsHide: true
      })
    } catch (err) {
      // Node refuses some arguments before any process exists; its message quotes the value.
      return { spawnError: startFailure(spec, err) }
    }
    if (child.pid !== undefined) onPid(child.pid)
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.once('exit', (code, signal) => resolve([code, signal]))
    )
    const failed = await new Promise<{ error: unknown } | undefined>((resolve) => {
      child.once('spawn', () => resolve(undefined))
      // Only a failure to start can happen here: the runner signals with process.kill.
      child.on('error', (error) => resolve({ error }))
    })
    if (failed !== undefined) return { spawnError: startFailure(spec, failed.error) }
    writeStdin(child, spec.stdin)
    return {
      pid: child.pid as number,
      stdout: child.stdout as Readable,
      stderr: child.stderr as Readable,
      exited
    }
  }

  close(): void {
    // nothing is kept between commands
  }
}

/**
 * What a failure to start means. The working directory is looked at only then (no stat before
 * every spawn): a missing one would otherwise be reported as the executable's ENOENT.
 */
export function startFailure(spec: ProcessSpec, err: unknown): SpawnFailure {
  return checkCwd(spec.cwd) ?? describeSpawnError(err, spec.executable)
}

function checkCwd(cwd: string): SpawnFailure | undefined {
  try {
    if (statSync(cwd).isDirectory()) return undefined
    return { code: 'ENOTDIR', message: `working directory '${cwd}' is not a directory`, cwd: true }
  } catch {
    return { code: 'ENOENT', message: `working directory '${cwd}' does not exist`, cwd: true }
  }
}

function writeStdin(child: ChildProcess, text: string | undefined): void {
  const stdin = child.stdin
  if (stdin === null || text === undefined) return
  // EPIPE / ECONNRESET: the child exited or closed stdin without reading it all. Not a failure.
  stdin.on('error', () => undefined)
  stdin.end(text, 'utf8')
}
