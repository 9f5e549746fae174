// The one place a failure to start a command becomes a message (STYLE.md §8).
import { errorCode } from './process-group.js'

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied (not executable, or a directory on the way is not searchable)',
  ENOEXEC: 'not an executable format (a script needs a #! line)',
  ENOTDIR: 'a component of the path is not a directory',
  E2BIG: 'argument list or environment too long',
  ELOOP: 'too many levels of symbolic links',
  EHELPER:
    'the spawn helper exited before it said whether the command started, so it was not started again'
}

/** Turns a spawn error into the outcome's `spawnError`: its code and a sentence naming the file. */
export function describeSpawnError(
  err: unknown,
  executable: string
): { code: string; message: string } {
  const code = errorCode(err) ?? 'UNKNOWN'
  // Node's own refusals (ERR_INVALID_ARG_VALUE, ...) quote the offending value, which may be a
  // secret rendered into argv or env: name the code only.
  const reason =
    REASONS[code] ??
    (code.startsWith('ERR_')
      ? 'Node refused the arguments or environment given to the command'
      : err instanceof Error
        ? err.message
        : String(err))
  return { code, message: `cannot run '${executable}': ${reason} (${code})` }
}
