#!/usr/bin/env node
// Entry point of the `runbook` CLI: wires the real process to runCli and maps the outcome to an
// exit code exactly once. An unexpected error is reported in one line, not as a stack trace.
import { spawn } from 'node:child_process'
import type { CliIo, Interruption } from './io.js'
import { invokedAs } from './invocation.js'
import { exitCodeAfterOutput, guardedStream, outputFailureNote } from './process-streams.js'
import { runCli } from './program.js'
import { terminalPrompter } from './prompter.js'
import { armStopDeadline } from './stop-deadline.js'
import { describeInternalError } from '../app/internal-error.js'

type Handler = (why: Interruption) => void
const handlers = new Set<Handler>()
/** Open terminal prompts: a signal closes them (end of input), so a run waiting on one pauses. */
const prompters = new Set<{ close(): void }>()

const stderr = guardedStream(process.stderr, () => undefined)
let stdoutFailure: NodeJS.ErrnoException | undefined
const stdout = guardedStream(process.stdout, (err) => {
  stdoutFailure = err
  // A failure reported after the command returned still changes its exit code.
  if (process.exitCode !== undefined)
    process.exitCode = exitCodeAfterOutput(Number(process.exitCode), err)
  const note = outputFailureNote(err)
  if (note !== undefined) stderr.write(note)
  // A run in progress stops as on SIGTERM: the step is stopped, the run paused and saved (exit 5).
  // Otherwise the command finishes (its writes dropped) and its exit code stands.
  for (const h of handlers) h('output-closed')
})

/** The command's exit code once its last writes had the chance to fail (errors come a tick later). */
async function afterOutput(code: number): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve))
  return exitCodeAfterOutput(code, stdoutFailure)
}

// `runbook test` spreads scenarios over copies of this very process (same script, same flags).
const script = process.argv[1]
const WORKER_COMMAND = '__test-worker'

const io: CliIo = {
  ...(script === undefined
    ? {}
    : {
        spawnWorker: () =>
          spawn(process.execPath, [...process.execArgv, script, WORKER_COMMAND], {
            stdio: ['pipe', 'pipe', 'pipe'],
            env: process.env
          })
      }),
  stdout,
  stderr,
  program: invokedAs(script, process.env, process.cwd()),
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  stdoutStream: process.stdout,
  interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
  prompter: () => {
    // Ctrl-C at a prompt reaches readline as a key, not a signal: make it the signal it means.
    const p = terminalPrompter(process.stdin, process.stdout, () =>
      process.kill(process.pid, 'SIGINT')
    )
    prompters.add(p)
    return p
  },
  signals: (handler) => {
    const on = (sig: 'SIGINT' | 'SIGTERM') => () => {
      armStopDeadline(sig, (text) => stderr.write(text))
      for (const p of prompters) p.close()
      prompters.clear()
      handler(sig)
    }
    const int = on('SIGINT')
    const term = on('SIGTERM')
    process.on('SIGINT', int)
    process.on('SIGTERM', term)
    handlers.add(handler)
    return () => {
      process.off('SIGINT', int)
      process.off('SIGTERM', term)
      handlers.delete(handler)
    }
  }
}

try {
  process.exitCode =
    process.argv[2] === WORKER_COMMAND
      ? await (
          await import('../app/test/index.js')
        )
          .serveWorker(process.stdin, (line) => process.stdout.write(line))
          .then(() => 0)
      : await runCli(process.argv.slice(2), io).then(afterOutput)
} catch (err) {
  const debug = process.env.RUNBOOK_DEBUG !== undefined
  stderr.write(
    `runbook: internal error: ${describeInternalError(err)}${debug ? '' : ' (RUNBOOK_DEBUG=1 prints its message and stack, which may quote values of the run)'}\n`
  )
  if (debug) stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exitCode = 70
}
