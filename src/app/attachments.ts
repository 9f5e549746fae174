// Checks a file given as an attachment before anything is recorded.
import { attachmentProblem } from '../providers/attachment-check.js'

/** `ok` with the path when it names a readable regular file, else the reason it cannot be attached. */
export function checkAttachment(
  path: string
): Promise<{ ok: true; path: string } | { ok: false; reason: string }> {
  const reason = attachmentProblem(path)
  return Promise.resolve(reason === undefined ? { ok: true, path } : { ok: false, reason })
}
