// The compiler's only side effects: reading the TSG and writing the two outputs. Everything else is
// the pure compileTsg().
import { readFile, writeFile } from 'node:fs/promises'
import { fsErrorReason } from '../runbook/index.js'

export class InputUnreadableError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    super(`${file}: cannot read the TSG: ${reason}`)
    this.name = 'InputUnreadableError'
  }
}

/** Reads a TSG as UTF-8 text; a missing file, a directory or binary content is InputUnreadableError. */
export async function readTsg(file: string): Promise<string> {
  let buf: Buffer
  try {
    buf = await readFile(file)
  } catch (err) {
    const reason = fsErrorReason(err, { ENOENT: 'no such file' })
    throw new InputUnreadableError(file, reason)
  }
  if (buf.includes(0))
    throw new InputUnreadableError(file, 'binary content (a NUL byte), not Markdown')
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf)
  if (text.includes('\uFFFD') && !buf.toString('latin1').includes('\uFFFD'))
    throw new InputUnreadableError(file, 'not valid UTF-8')
  return text
}

/** Writes an output file. */
export async function writeOutput(file: string, text: string): Promise<void> {
  await writeFile(file, text, 'utf8')
}
