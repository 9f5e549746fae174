// The CLI's view of its process: streams, environment and terminal. Injected so commands can be
// run in-process by tests exactly as a user runs them.
import type { ChildProcess } from 'node:child_process'
import type { Prompter } from '../engine/ports.js'

export interface OutStream {
  write(chunk: string): unknown
  isTTY?: boolean
}

/** What stops a run from outside: a signal, or standard output that can no longer be written. */
export type Interruption = 'SIGINT' | 'SIGTERM' | 'output-closed'

/** Subscribes to interruptions (SIGINT, SIGTERM, a closed stdout). Returns a function that unsubscribes. */
export type SignalSource = (handler: (why: Interruption) => void) => () => void

export interface CliIo {
  stdout: OutStream
  stderr: OutStream
  env: Readonly<Record<string, string | undefined>>
  cwd: string
  /** Standard input: the debugger reads its commands from it. */
  stdin?: NodeJS.ReadableStream
  /** The process's stdout stream itself, for line editing at a terminal (readline needs a stream). */
  stdoutStream?: NodeJS.WritableStream
  /** True when stdin and stdout are terminals, so the CLI may prompt. */
  interactive: boolean
  /** Opens a prompter on the terminal (only called when interactive). */
  prompter?: () => Prompter & { close(): void }
  /** Subscribes to interruptions; absent in tests that do not need it. */
  signals?: SignalSource
  /**
   * Starts this CLI again as a `runbook test` worker (stdin/stdout piped); absent when the CLI runs
   * in-process (tests), where scenarios then run one after the other.
   */
  spawnWorker?: () => ChildProcess
  /** How the user started this CLI (`node dist/cli.js`, `npx runbook`, `runbook`), for printed commands. */
  program?: string
}

/** Whether to colour output written to `stream`. */
export function useColor(io: CliIo, stream: OutStream): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true
  return stream.isTTY === true && io.env.TERM !== 'dumb'
}
