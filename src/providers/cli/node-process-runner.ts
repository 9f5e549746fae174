// Runs one governed command as a real process: never through a shell, with exactly the environment
// given, as the leader of its own process group so that a timeout, a cancellation or the end of
// the step can stop everything it started.
//
// Lifecycle of a run:
// 1. spawn(executable, argv[1..], { argv0: argv[0], shell: false, detached: true }). A spawn
//    failure (ENOENT, EACCES, a missing cwd, ...) is reported as `spawnError`, never thrown.
// 2. stdin gets `spec.stdin` and is closed (EPIPE, when the child does not read, is ignored);
//    without `spec.stdin` it is /dev/null, so the child reads EOF at once, never the terminal (and
//    the run makes no third pipe per step).
// 3. stdout and stderr stream to the handlers with backpressure (output-pump.ts).
// 4. Timeout or abort: SIGTERM to the whole group, SIGKILL `killGraceMs` later if anything in it
//    is still alive.
// 5. When the command exits, background descendants may still hold its stdout or stderr open, or
//    keep running without them. The runner waits up to `lingerMs` for both pipes to close, then
//    ends whatever is left of the group (SIGTERM, then SIGKILL after `killGraceMs`): a step ends
//    with its command, and leaves no orphans behind. The exit code is the command's own.
// 6. A descendant that left the group (setsid) cannot be signalled; if it keeps a pipe open, the
//    runner stops reading once the pipe has been idle for `lingerMs`, or `killGraceMs` after the
//    timeout or an abort. The timeout runs until the step ends: `timedOut` means the step (the
//    command, or what it left holding its pipes) was not over in time.
// 7. `durationMs` runs from the spawn to the end of the step, lingering and killing included.
//
// A handler that throws or rejects (the output sink failed) is not a process failure: the group
// is ended as on a timeout, and run() rejects with that error once the process is gone.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { statSync } from 'node:fs'
import type { ProcessOutcome, ProcessRunner, ProcessSpec } from '../../engine/ports.js'
import type { OutputPump } from './output-pump.js'
import { pumpOutput } from './output-pump.js'
import { groupAlive, terminateGroup, within } from './process-group.js'
import type { GroupLedger } from './group-ledger.js'
import { describeSpawnError } from './spawn-error.js'

export interface NodeProcessRunnerOptions {
  /** Between SIGTERM and SIGKILL (default 2 s). */
  killGraceMs?: number
  /** How long a finished command's pipes may stay open before its leftovers are ended (default 1 s). */
  lingerMs?: number
  /** Told of each group while it runs, so a resume can end one a killed run left behind. */
  ledger?: Pick<GroupLedger, 'started' | 'ended'>
}

export const DEFAULT_KILL_GRACE_MS = 2000
export const DEFAULT_LINGER_MS = 1000

type Started =
  { child: ChildProcess; pid: number } | { spawnError: { code: string; message: string } }

export class NodeProcessRunner implements ProcessRunner {
  private readonly killGraceMs: number
  private readonly lingerMs: number
  private readonly ledger: NodeProcessRunnerOptions['ledger']

  constructor(options: NodeProcessRunnerOptions = {}) {
    this.killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS
    this.lingerMs = options.lingerMs ?? DEFAULT_LINGER_MS
    this.ledger = options.ledger
  }

  /** Runs the command to its end; resolves with the same shape whatever happened to it. */
  async run(spec: ProcessSpec): Promise<ProcessOutcome> {
    const startedAt = performance.now()
    const outcome = (o: Partial<ProcessOutcome>): ProcessOutcome => ({
      exitCode: null,
      signal: null,
      timedOut: false,
      cancelled: false,
      durationMs: Math.round(performance.now() - startedAt),
      ...o
    })
    if (spec.signal.aborted) return outcome({ cancelled: true })
    const started = await start(spec, this.ledger)
    if ('spawnError' in started) return outcome({ spawnError: started.spawnError })
    const { child, pid } = started

    let timedOut = false
    let cancelled = false
    let failure: { error: unknown } | undefined
    let terminating: Promise<void> | undefined
    /** The group was seen empty once the command had exited. */
    let gone = false
    let stop: () => void = () => undefined
    /** Settles once a timeout or an abort asked the run to stop. */
    const stopped = new Promise<void>((resolve) => (stop = resolve))
    const terminate = (): Promise<void> => (terminating ??= terminateGroup(pid, this.killGraceMs))
    const onFailure = (error: unknown): void => {
      failure ??= { error }
      void terminate()
      for (const p of pumps) p.destroy()
    }
    const pumps: OutputPump[] = [
      pumpOutput(
        child.stdout as NonNullable<ChildProcess['stdout']>,
        (c) => spec.onStdout(c),
        onFailure
      ),
      pumpOutput(
        child.stderr as NonNullable<ChildProcess['stderr']>,
        (c) => spec.onStderr(c),
        onFailure
      )
    ]
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.once('exit', (code, signal) => resolve([code, signal]))
    )
    writeStdin(child, spec.stdin)

    const timer =
      spec.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            stop()
            void terminate()
          }, spec.timeoutMs)
    const onAbort = (): void => {
      cancelled = true
      stop()
      void terminate()
    }
    spec.signal.addEventListener('abort', onAbort, { once: true })

    try {
      const [exitCode, signal] = await exited
      const pipesClosed = Promise.all(pumps.map((p) => p.done))
      // Usually both pipes closed before the exit was seen: then no timer is needed.
      if (!pumps.every((p) => p.closed)) await within(pipesClosed, this.lingerMs)
      gone = terminating === undefined && !groupAlive(pid)
      if (!gone) await terminate()
      // Only a process outside the group can still write now. Stop reading when the pipes go
      // idle, or shortly after a timeout or abort, so the step always ends.
      for (const p of pumps) p.closeWhenIdle(this.lingerMs)
      await Promise.race([pipesClosed, stopped.then(() => within(pipesClosed, this.killGraceMs))])
      for (const p of pumps) p.destroy()
      await pipesClosed
      if (failure !== undefined) throw failure.error
      return outcome({ exitCode, signal, timedOut, cancelled })
    } finally {
      clearTimeout(timer)
      spec.signal.removeEventListener('abort', onAbort)
      // Nothing joins a group once it is empty: one look at it after the exit is enough.
      if (gone || !groupAlive(pid)) this.ledger?.ended()
    }
  }
}

/** Spawns the child and waits until it runs or fails to start. */
async function start(
  spec: ProcessSpec,
  ledger: NodeProcessRunnerOptions['ledger']
): Promise<Started> {
  const nul = nulByteIn(spec)
  if (nul !== undefined)
    return {
      spawnError: {
        code: 'ENUL',
        message: `cannot run '${spec.executable}': ${nul} holds a NUL byte (\\0), which a process argument, environment variable or directory cannot carry`
      }
    }
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
    return { spawnError: checkCwd(spec.cwd) ?? describeSpawnError(err, spec.executable) }
  }
  // At once, before any other event: the group is recorded before a kill -9 of this process can
  // come between the spawn and the record (only the instant between fork and this line remains).
  if (child.pid !== undefined) ledger?.started(child.pid)
  return new Promise<Started>((resolve) => {
    child.once('spawn', () => resolve({ child, pid: child.pid as number }))
    // Only a failure to start can happen here: the runner signals with process.kill, not child.kill.
    // The working directory is looked at only then (no stat before every spawn).
    child.on('error', (err) =>
      resolve({ spawnError: checkCwd(spec.cwd) ?? describeSpawnError(err, spec.executable) })
    )
  })
}

/** Where a NUL byte sits (argv[i], env NAME, cwd), never the value: it may be a secret. */
function nulByteIn(spec: ProcessSpec): string | undefined {
  const at = spec.argv.findIndex((a) => a.includes('\u0000'))
  if (at !== -1) return `argv[${at}]`
  for (const [name, value] of Object.entries(spec.env))
    if (name.includes('\u0000') || value.includes('\u0000'))
      return `environment variable ${name.split('\u0000').join('\\0')}`
  if (spec.cwd.includes('\u0000')) return 'the working directory'
  return undefined
}

/**
 * Why the working directory cannot be entered, once a spawn failed: a missing one would otherwise
 * be reported as the executable's ENOENT.
 */
function checkCwd(cwd: string): { code: string; message: string; cwd: true } | undefined {
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
