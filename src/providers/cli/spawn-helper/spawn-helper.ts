// The resident spawn helper, seen from Node: one python3 process per run that starts each command
// with posix_spawn and relays its output and exit back here (helper-source.ts has the protocol).
// Commands go one at a time. The helper's stdout carries every command's output: when a command's
// stream is full (its consumer applies backpressure), reading from the helper pauses, the helper
// blocks on write, and so does the command.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { constants } from 'node:os'
import { Readable } from 'node:stream'
import type { Socket } from 'node:net'
import type { ProcessSpec } from '../../../engine/ports.js'
import type { Launched } from '../launcher.js'
import { decodeWaitStatus, encodeFrame, FrameReader, startFrame } from './frames.js'
import type { Frame } from './frames.js'
import { HELPER_SOURCE } from './helper-source.js'
import { delay } from '../process-group.js'

/** How long python3 may take to start the helper before commands start directly instead. */
const READY_MS = 5000

/** What starting a command through the helper came to. */
export type HelperStart =
  | { launched: Launched }
  | { failed: string }
  /** The helper was gone before the command was sent: nothing was started. */
  | { lost: string }

/** A promise and the function that settles it. */
interface Deferred<T> {
  promise: Promise<T>
  resolve: (value: T) => void
}

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

/** The command in flight: the streams and promises handed to the runner. */
interface Session {
  started: (s: HelperStart, startTicks?: string) => void
  pid?: number
  stdout: Readable
  stderr: Readable
  /** The exit the helper reports (handed to the runner with the pid). */
  exit: Deferred<[number | null, NodeJS.Signals | null]>
  exited: boolean
  /** Settles once the helper has reported the exit and both pipes closed. */
  over: Deferred<void>
  stdoutOpen: boolean
  stderrOpen: boolean
}

export class SpawnHelper {
  private readonly reader = new FrameReader()
  private session: Session | undefined
  private idle: Promise<void> = Promise.resolve()
  private lostReason: string | undefined
  private readyWaiter: ((why: string | undefined) => void) | undefined

  private constructor(private readonly child: ChildProcess) {
    const out = child.stdout as Readable
    out.on('data', (chunk: Buffer) => {
      if (this.lostReason !== undefined) return
      let frames
      try {
        frames = this.reader.push(chunk)
      } catch (err) {
        this.lose(`the spawn helper broke its protocol (${(err as Error).message})`)
        child.kill('SIGKILL')
        return
      }
      for (const frame of frames) this.onFrame(frame)
    })
    child.stdin?.on('error', () => undefined)
    child.on('error', (err) => this.lose(`the spawn helper failed: ${err.message}`))
    child.on('exit', (code, signal) =>
      this.lose(`the spawn helper exited (${signal ?? `code ${String(code)}`})`)
    )
  }

  /** Starts the helper with `python`; resolves once it is ready, or with why it cannot be used. */
  static async start(python: string): Promise<SpawnHelper | { unavailable: string }> {
    let child: ChildProcess
    try {
      // An empty environment and isolated mode: nothing from this process's environment can
      // change what the helper runs.
      child = spawn(python, ['-I', '-S', '-c', HELPER_SOURCE], {
        env: {},
        stdio: ['pipe', 'pipe', 'ignore'],
        shell: false
      })
    } catch (err) {
      return { unavailable: (err as Error).message }
    }
    const helper = new SpawnHelper(child)
    const ready = new Promise<string | undefined>((resolve) => (helper.readyWaiter = resolve))
    const late = delay(READY_MS)
    const why = await Promise.race([
      ready,
      late.done.then(() => `python3 did not start the helper within ${READY_MS / 1000} s`)
    ])
    late.clear()
    if (why === undefined) {
      helper.setRef(false)
      return helper
    }
    helper.close()
    child.kill('SIGKILL')
    return { unavailable: why }
  }

  /** Why the helper can no longer start commands; undefined while it can. */
  get lost(): string | undefined {
    return this.lostReason
  }

  /** Starts `spec` once the previous command is over. */
  async launch(
    spec: ProcessSpec,
    onPid: (pid: number, startTicks?: string) => void
  ): Promise<HelperStart> {
    await this.idle
    if (this.lostReason !== undefined) return { lost: this.lostReason }
    const result = deferred<HelperStart>()
    const self = (): Session => session
    const session: Session = {
      started: (s, ticks) => {
        if ('launched' in s) onPid(s.launched.pid, ticks)
        result.resolve(s)
      },
      stdout: this.stream('1', self),
      stderr: this.stream('2', self),
      exit: deferred(),
      exited: false,
      over: deferred(),
      stdoutOpen: true,
      stderrOpen: true
    }
    this.session = session
    this.idle = session.over.promise
    this.setRef(true)
    this.child.stdin?.write(startFrame(spec))
    return result.promise
  }

  /** Ends the helper: it kills a command still running, then exits. */
  close(): void {
    this.child.stdin?.end()
    this.setRef(false)
  }

  /**
   * One of the command's output streams. Destroying it before the pipe closed (the runner stops
   * reading what an escaped process holds open) asks the helper to close that pipe; anything the
   * helper sent before it does is dropped.
   */
  private stream(which: '1' | '2', session: () => Session): Readable {
    const out = this.child.stdout as Readable
    return new Readable({
      // More output is wanted: read from the helper again.
      read: () => out.resume(),
      destroy: (err, callback) => {
        const s = session()
        const open = which === '1' ? s.stdoutOpen : s.stderrOpen
        if (open && this.session === s && this.lost === undefined)
          this.child.stdin?.write(encodeFrame('C', Buffer.from(which)))
        out.resume()
        callback(err)
      }
    })
  }

  private onFrame({ type, payload }: Frame): void {
    const s = this.session
    if (type === 'R' || type === 'N') {
      this.readyWaiter?.(
        type === 'R' ? undefined : `python3 cannot run the helper: ${payload.toString()}`
      )
      this.readyWaiter = undefined
      return
    }
    if (s === undefined) return this.lose(`the spawn helper sent '${type}' with no command running`)
    switch (type) {
      case 'P': {
        const [pid, ticks] = payload.toString('latin1').split(' ')
        if (!/^[1-9]\d*$/.test(pid ?? '')) return this.lose(`the spawn helper sent a bad pid`)
        s.pid = Number(pid)
        s.started(
          {
            launched: { pid: s.pid, stdout: s.stdout, stderr: s.stderr, exited: s.exit.promise }
          },
          ticks
        )
        return
      }
      case 'F':
        this.end(s)
        return s.started({ failed: payload.toString('latin1') })
      case 'O':
      case 'E': {
        const stream = type === 'O' ? s.stdout : s.stderr
        if (!stream.destroyed && !stream.push(payload)) (this.child.stdout as Readable).pause()
        return
      }
      case 'o':
      case 'e': {
        const stream = type === 'o' ? s.stdout : s.stderr
        if (type === 'o') s.stdoutOpen = false
        else s.stderrOpen = false
        if (!stream.destroyed) stream.push(null)
        return this.maybeOver(s)
      }
      case 'X':
        s.exited = true
        s.exit.resolve(decodeWaitStatus(Number(payload.toString('latin1')), constants.signals))
        return this.maybeOver(s)
      default:
        return this.lose(`the spawn helper sent an unknown frame '${type}'`)
    }
  }

  private maybeOver(s: Session): void {
    if (s.exited && !s.stdoutOpen && !s.stderrOpen) this.end(s)
  }

  private end(s: Session): void {
    if (this.session === s) this.session = undefined
    this.setRef(false)
    s.over.resolve()
  }

  /** The helper cannot go on: whatever it was doing ends here. */
  private lose(why: string): void {
    if (this.lostReason !== undefined) return
    this.lostReason = why
    this.readyWaiter?.(why)
    this.readyWaiter = undefined
    const s = this.session
    if (s === undefined) return
    this.session = undefined
    // Before the pid came, the helper may or may not have started the command: it is reported as
    // not started, and never started a second time.
    if (s.pid === undefined) s.started({ failed: 'EHELPER' })
    for (const stream of [s.stdout, s.stderr]) if (!stream.destroyed) stream.push(null)
    // The command may still run (its group is its own): the runner ends the group once it
    // sees the exit. Its real status is unknown here.
    if (!s.exited) s.exit.resolve([null, 'SIGKILL'])
    s.over.resolve()
  }

  /** While no command runs, the helper does not keep this process alive. */
  private setRef(on: boolean): void {
    for (const handle of [this.child, this.child.stdin, this.child.stdout] as Array<Pick<
      Socket,
      'ref' | 'unref'
    > | null>) {
      if (handle === null) continue
      if (on) handle.ref()
      else handle.unref()
    }
  }
}
