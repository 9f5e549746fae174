// The process's stdout and stderr as the CLI writes them: once a write has failed (`runbook exec |
// head -1` closed the pipe, or the disk is full) later writes are dropped instead of raising again,
// and the failure is remembered so the exit code can still say how the command ended.
import { fsErrorReason } from '../runbook/fs-reason.js'
import type { OutStream } from './io.js'

/** A stream that reports its first write error to `onBroken` and drops later writes. */
export function guardedStream(
  stream: NodeJS.WriteStream,
  onBroken: (err: NodeJS.ErrnoException) => void
): OutStream {
  let broken = false
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (broken) return
    broken = true
    onBroken(err)
  })
  return { write: (chunk: string) => (broken ? true : stream.write(chunk)), isTTY: stream.isTTY }
}

/**
 * The exit code once the command is over, given how stdout failed (if it did). A reader that went
 * away (EPIPE) changes nothing: a failed run stays failed, whenever the pipe closed. Any other
 * failure to write (disk full) makes a success exit 3, as an unwritable output does.
 */
export function exitCodeAfterOutput(
  code: number,
  failure: NodeJS.ErrnoException | undefined
): number {
  if (failure === undefined || failure.code === 'EPIPE') return code
  return code === 0 ? 3 : code
}

/** The one line said about a failed stdout, or undefined when nothing needs saying (EPIPE). */
export function outputFailureNote(err: NodeJS.ErrnoException): string | undefined {
  return err.code === 'EPIPE'
    ? undefined
    : `runbook: cannot write to standard output: ${fsErrorReason(err)}\n`
}
