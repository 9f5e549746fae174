// Runs one governed command as a real process: never through a shell, with exactly the environment
// given, as the leader of its own process group so that a timeout, a cancellation or the end of
// the step can stop everything it started.
//
// Lifecycle of a run:
// 1. The launcher starts `executable` with argv (argv[0] as given), no shell, in a new session and
//    process group (launcher.ts: the resident spawn helper on Linux, Node's spawn elsewhere). A
//    failure to start (ENOENT, EACCES, a missing cwd, ...) is reported as `spawnError`, never
//    thrown.
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
import type { ProcessOutcome, ProcessRunner, ProcessSpec } from '../../engine/ports.js'
import type { OutputPump } from './output-pump.js'
import { pumpOutput } from './output-pump.js'
import { groupAlive, terminateGroup, within } from './process-group.js'
import type { GroupLedger } from './group-ledger.js'
import type { Launch, OnPid, ProcessLauncher } from './launcher.js'
import { DirectLauncher } from './launcher.js'
import { HelperLauncher } from './spawn-helper/helper-launcher.js'

export interface NodeProcessRunnerOptions {
  /** Between SIGTERM and SIGKILL (default 2 s). */
  killGraceMs?: number
  /** How long a finished command's pipes may stay open before its leftovers are ended (default 1 s). */
  lingerMs?: number
  /** Told of each group while it runs, so a resume can end one a killed run left behind. */
  ledger?: Pick<GroupLedger, 'started' | 'ended'>
  /**
   * How commands start: 'helper' (the default on Linux) uses the resident spawn helper when a
   * trusted python3 is installed, and Node's own spawn otherwise; 'direct' always uses Node's.
   */
  launcher?: 'helper' | 'direct' | ProcessLauncher
}

export const DEFAULT_KILL_GRACE_MS = 2000
export const DEFAULT_LINGER_MS = 1000

export class NodeProcessRunner implements ProcessRunner {
  private readonly killGraceMs: number
  private readonly lingerMs: number
  private readonly ledger: NodeProcessRunnerOptions['ledger']
  private readonly launcher: ProcessLauncher

  constructor(options: NodeProcessRunnerOptions = {}) {
    this.killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS
    this.lingerMs = options.lingerMs ?? DEFAULT_LINGER_MS
    this.ledger = options.ledger
    const launcher = options.launcher ?? (process.platform === 'linux' ? 'helper' : 'direct')
    this.launcher =
      launcher === 'helper'
        ? new HelperLauncher()
        : launcher === 'direct'
          ? new DirectLauncher()
          : launcher
  }

  /** Ends the spawn helper, if one was started; call once the run is over. */
  close(): void {
    this.launcher.close()
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
    const started = await launch(spec, this.launcher, (pid, ticks) =>
      this.ledger?.started(pid, ticks)
    )
    if ('spawnError' in started) return outcome({ spawnError: started.spawnError })
    const { pid } = started

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
      pumpOutput(started.stdout, (c) => spec.onStdout(c), onFailure),
      pumpOutput(started.stderr, (c) => spec.onStderr(c), onFailure)
    ]

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
    // An abort while the command was being started has fired already: it is not missed.
    if (spec.signal.aborted) onAbort()
    let exitSeen = false
    // After a timeout or abort, a consumer that is slow to take the output must not hold the step
    // open: the exit may wait behind that output (the spawn helper sends both on one pipe). The
    // output is cut killGraceMs after the stop, as it is for an escaped process below.
    void stopped.then(async () => {
      await within(started.exited, this.killGraceMs)
      if (!exitSeen) for (const p of pumps) p.destroy()
    })

    try {
      const [exitCode, signal] = await started.exited
      exitSeen = true
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

/** Starts the command, or says why it cannot start; never throws for a bad spec. */
async function launch(spec: ProcessSpec, launcher: ProcessLauncher, onPid: OnPid): Promise<Launch> {
  const nul = nulByteIn(spec)
  if (nul !== undefined)
    return {
      spawnError: {
        code: 'ENUL',
        message: `cannot run '${spec.executable}': ${nul} holds a NUL byte (\\0), which a process argument, environment variable or directory cannot carry`
      }
    }
  return launcher.launch(spec, onPid)
}

/** Where a NUL byte sits (argv[i], env NAME, cwd), never the value: it may be a secret. */
function nulByteIn(spec: ProcessSpec): string | undefined {
  if (spec.executable.includes('\u0000')) return 'the executable'
  const at = spec.argv.findIndex((a) => a.includes('\u0000'))
  if (at !== -1) return `argv[${at}]`
  for (const [name, value] of Object.entries(spec.env))
    if (name.includes('\u0000') || value.includes('\u0000'))
      return `environment variable ${name.split('\u0000').join('\\0')}`
  if (spec.cwd.includes('\u0000')) return 'the working directory'
  return undefined
}
