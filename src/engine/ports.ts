// The engine's edges: small interfaces for everything with a side effect (clock, processes,
// command lookup, files, prompts). Real implementations live in src/providers/ and src/trace/;
// tests supply fakes. Nothing in src/engine/ touches the process, the clock or the disk directly.
import type { RunEvent, TraceRecord } from './events.js'
import type { OutputSummary, RunState, StepResult } from './model.js'

export interface Clock {
  /** Current time as an ISO-8601 UTC string with milliseconds. */
  now(): string
  /** Monotonic milliseconds, for durations. */
  monotonicMs(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

/** One command to run, already governed and rendered. */
export interface ProcessSpec {
  /** Absolute path of the executable: the one governance checked, so what runs is what was allowed. */
  executable: string
  /** argv as rendered; argv[0] is passed to the child as its argv[0]. */
  argv: readonly string[]
  /** The complete environment of the child. */
  env: Readonly<Record<string, string>>
  cwd: string
  /** Text written to the child's stdin, which is then closed. Without it stdin is empty (not inherited). */
  stdin?: string
  /** Kill the whole process group after this long. */
  timeoutMs?: number
  /** Aborting kills the whole process group (SIGTERM, then SIGKILL after a grace period). */
  signal: AbortSignal
  /** Receives output as it arrives. A returned promise pauses the stream until it settles (backpressure). */
  onStdout(chunk: Buffer): void | Promise<void>
  onStderr(chunk: Buffer): void | Promise<void>
}

/** The same shape on success and failure (STYLE.md §8). */
export interface ProcessOutcome {
  /** Exit code, or null when killed by a signal or never started. */
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  cancelled: boolean
  durationMs: number
  /** Set when the process could not be started: spawn error code and message. */
  spawnError?: { code: string; message: string; cwd?: boolean }
}

export interface ProcessRunner {
  run(spec: ProcessSpec): Promise<ProcessOutcome>
}

export interface ResolvedCommand {
  /** Absolute path found (PATH lookup, or argv[0] itself when it holds a slash); absent when not found. */
  path?: string
  /** `path` with every symlink resolved: the file that runs. */
  realPath?: string
  /** Identity of the real file (`device:inode`): a hard link or bind mount has the same. */
  fileId?: string
  /** sha256 of the real file's content: a copy has the same. */
  sha256?: string
  /** The file was created or changed (ctime) after this process started. */
  newSinceStart?: boolean
  /** The working directory is missing or not a directory; nothing else was resolved. */
  cwdProblem?: string
}

export interface CommandResolver {
  /** Resolves argv[0] the way execvp would, using `pathEnv` (the run's PATH) and `cwd`. */
  resolve(argv0: string, cwd: string, pathEnv: string): Promise<ResolvedCommand>
}

/** Where the full redacted output of a step goes when store_full_stdout is on. */
export interface OutputSink {
  write(chunk: Buffer): Promise<void>
  /** Closes the file; returns its path relative to the run directory. */
  close(): Promise<string>
}

export interface StoredFile {
  /** Path relative to the run directory. */
  file: string
  sha256: string
  bytes: number
}

/** One run directory: trace, snapshots, outputs, attachments, manifest. */
export interface RunStore {
  readonly runId: string
  /** Absolute path of the run directory. */
  readonly dir: string
  /** Appends an event to trace.jsonl, extending the hash chain; returns the stored record. */
  append(event: RunEvent): Promise<TraceRecord>
  /** fsyncs the trace; the engine calls it at step boundaries. */
  sync(): Promise<void>
  /** The last step_result the trace holds for step `stepId` (what conditions read of it). */
  lastResult(stepId: string): StepResult | undefined
  /** Every step_result the trace holds, in order: the run's history. */
  history(): readonly StepResult[]
  /**
   * fsyncs the trace (the step boundary), then writes snapshots/step-NNNN.json atomically;
   * `index` is the number in the file name.
   */
  writeSnapshot(state: RunState, index: number): Promise<StoredFile>
  openOutput(stepId: string, stream: 'stdout' | 'stderr', attempt: number): Promise<OutputSink>
  /**
   * Copies a file into attachments/, returning where it went and its digest. `redactName` is
   * applied to the file's name before it is kept (as its path and original_name).
   */
  storeAttachment(
    stepId: string,
    name: string,
    sourcePath: string,
    redactName?: (name: string) => string
  ): Promise<StoredFile & { original_name: string }>
  /** Writes run.json last, as the commit barrier: digests of every file in the directory. */
  writeManifest(state: RunState): Promise<void>
  /** Releases the run's lock. */
  close(): Promise<void>
}

/** Asks a person at a terminal. Only used when stdin and stdout are terminals. */
export interface Prompter {
  /** Shows `message` and returns the line typed (without newline); `secret` hides the echo. */
  ask(message: string, opts?: { secret?: boolean }): Promise<string>
  /** Prints text for the operator. */
  say(text: string): void
}

/** Summary of one output stream plus what assertions and captures need from it. */
export interface CollectedOutput {
  summary: OutputSummary
  /** The raw text, when it fit in the retention limit; assertions and captures read it. */
  text?: string
  /** True when the stream exceeded the retention limit (text is then absent). */
  overflowed: boolean
  /** For each needle the collector was asked to watch: was it seen in the raw stream? */
  seen: ReadonlyMap<string, boolean>
}
