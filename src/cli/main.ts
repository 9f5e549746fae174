#!/usr/bin/env node
// Entry point of the `runbook` CLI: wires the real process to runCli and maps the outcome to an
// exit code exactly once. An unexpected error is reported in one line, not as a stack trace.
import { spawn } from 'node:child_process'
import { fsErrorReason } from '../runbook/fs-reason.js'
import type { CliIo, Interruption, OutStream } from './io.js'
import { runCli } from './program.js'
import { terminalPrompter } from './prompter.js'
import { serveWorker } from '../app/test/index.js'
import { describeInternalError } from '../app/index.js'

type Handler = (why: Interruption) => void
const handlers = new Set<Handler>()

/**
 * process.stdout/stderr, except that once a write has failed (`runbook exec | head -1` closed the
 * pipe, or the disk is full) later writes are dropped instead of raising again.
 */
function guarded(stream: NodeJS.WriteStream, onBroken: (err: NodeJS.ErrnoException) => void) {
  let broken = false
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (broken) return
    broken = true
    onBroken(err)
  })
  const out: OutStream = {
    write: (chunk: string) => (broken ? true : stream.write(chunk)),
    isTTY: stream.isTTY
  }
  return out
}

const stderr = guarded(process.stderr, () => undefined)
const stdout = guarded(process.stdout, (err) => {
  if (err.code !== 'EPIPE')
    stderr.write(`runbook: cannot write to standard output: ${fsErrorReason(err)}\n`)
  // A run in progress stops as on SIGTERM: the step is stopped, the run paused and saved (exit 5).
  if (handlers.size > 0) for (const h of handlers) h('output-closed')
  else process.exit(err.code === 'EPIPE' ? (process.exitCode ?? 0) : 3)
})

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
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  stdoutStream: process.stdout,
  interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
  prompter: () => terminalPrompter(process.stdin, process.stdout),
  signals: (handler) => {
    const on = (sig: 'SIGINT' | 'SIGTERM') => () => handler(sig)
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
      ? await serveWorker(process.stdin, (line) => process.stdout.write(line)).then(() => 0)
      : await runCli(process.argv.slice(2), io)
} catch (err) {
  const debug = process.env.RUNBOOK_DEBUG !== undefined
  stderr.write(
    `runbook: internal error: ${describeInternalError(err)}${debug ? '' : ' (RUNBOOK_DEBUG=1 prints its message and stack, which may quote values of the run)'}\n`
  )
  if (debug) stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exitCode = 70
}
