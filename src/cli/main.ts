#!/usr/bin/env node
// Entry point of the `runbook` CLI: wires the real process to runCli and maps the outcome to an
// exit code exactly once. An unexpected error is reported in one line, not as a stack trace.
import type { CliIo } from './io.js'
import { runCli } from './program.js'
import { terminalPrompter } from './prompter.js'

const io: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
  prompter: () => terminalPrompter(process.stdin, process.stdout),
  signals: (handler) => {
    const on = (sig: 'SIGINT' | 'SIGTERM') => () => handler(sig)
    const int = on('SIGINT')
    const term = on('SIGTERM')
    process.on('SIGINT', int)
    process.on('SIGTERM', term)
    return () => {
      process.off('SIGINT', int)
      process.off('SIGTERM', term)
    }
  }
}

// `runbook ... | head` closes the pipe early; that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw err
  })
}

try {
  process.exitCode = await runCli(process.argv.slice(2), io)
} catch (err) {
  const message = err instanceof Error ? err.message : String(err)
  process.stderr.write(`runbook: internal error: ${message}\n`)
  if (process.env.RUNBOOK_DEBUG !== undefined && err instanceof Error)
    process.stderr.write(`${err.stack ?? ''}\n`)
  process.exitCode = 70
}
