// Writing a report or coverage file the user named: its directory is created as --out and --record
// create theirs; a failure is one line naming the file and why, and the caller exits 3.
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fsErrorReason } from '../runbook/fs-reason.js'
import type { CliIo } from './io.js'

/** Writes `text` to `file` (relative to the working directory); false after saying why it could not. */
export async function writeOutputFile(
  io: CliIo,
  file: string,
  text: string,
  what: string,
  who = 'runbook'
): Promise<boolean> {
  const path = resolve(io.cwd, file)
  try {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text)
  } catch (err) {
    // mkdir says EEXIST when a file stands where a directory of the path must be.
    const reason =
      (err as NodeJS.ErrnoException).code === 'EEXIST'
        ? 'a parent of it is not a directory'
        : fsErrorReason(err)
    io.stderr.write(`${who}: cannot write the ${what} to ${file}: ${reason}\n`)
    return false
  }
  io.stderr.write(`${what} written to ${file}\n`)
  return true
}
