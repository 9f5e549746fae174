// What a failed file operation means to the person who named the file, in words rather than
// Node's errno codes. One table for every place that reports a file it could not use.

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent of it is not a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'the name is too long',
  EEXIST: 'already exists'
}

/** The error's code, when it has one. */
function codeOf(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | null)?.code
}

/** The error's own message (errors from another realm are not `instanceof Error`). */
function messageOf(err: unknown): string {
  const message = (err as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : String(err)
}

/** `cannot be read (CODE)`: for a code no table names. */
export function cannotBeRead(err: unknown): string {
  return `cannot be read (${codeOf(err) ?? String(err)})`
}

/**
 * A short reason for `err` from a file operation: the caller's own words for a code first
 * (`{ ENOENT: 'no such file' }`), then the common table, else `otherwise` (the error's message).
 */
export function fsErrorReason(
  err: unknown,
  words: Readonly<Record<string, string>> = {},
  otherwise: (err: unknown) => string = messageOf
): string {
  const code = codeOf(err)
  if (code === undefined) return otherwise(err)
  return words[code] ?? REASONS[code] ?? otherwise(err)
}
