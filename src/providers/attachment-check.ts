// Whether a file named as an attachment can be attached: checked before anything is recorded, so a
// bad path is refused up front with its location instead of failing half-way through a run.
import { accessSync, constants, statSync } from 'node:fs'
import { cannotBeRead, fsErrorReason } from '../runbook/index.js'

/** Why `path` cannot be attached, or undefined when it is a readable regular file. */
export function attachmentProblem(path: string): string | undefined {
  try {
    if (!statSync(path).isFile()) return 'is not a regular file'
    accessSync(path, constants.R_OK)
    return undefined
  } catch (err) {
    return fsErrorReason(err, { ENOENT: 'no such file' }, cannotBeRead)
  }
}
