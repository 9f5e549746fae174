// Checks a file given as an attachment before anything is recorded.
import { stat } from 'node:fs/promises'
import { fsErrorReason } from './fs-errors.js'

/** `ok` with the path when it names a readable regular file, else the reason it cannot be attached. */
export async function checkAttachment(
  path: string
): Promise<{ ok: true; path: string } | { ok: false; reason: string }> {
  try {
    const s = await stat(path)
    return s.isFile() ? { ok: true, path } : { ok: false, reason: 'is not a regular file' }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    return { ok: false, reason: code === 'ENOENT' ? 'no such file' : fsErrorReason(err) }
  }
}
