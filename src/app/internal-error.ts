// What a face prints for a bug: which error and where in this program, never its message. Messages
// of Node and of libraries quote the values they were given (an argv holding a token, an env value),
// and a bug can meet any value of a run: the message and stack are shown only when asked for.

/** One line naming the error's class and the first frame of this program, without any value. */
export function describeInternalError(err: unknown): string {
  if (!(err instanceof Error)) return `a thrown ${typeof err}`
  const code = (err as { code?: unknown }).code
  const frame = (err.stack ?? '')
    .split('\n')
    .slice(1)
    .map((l) => /\(?((?:file:\/\/)?[^\s()]*?(?:src|dist)\/[^\s()]+:\d+:\d+)\)?\s*$/.exec(l)?.[1])
    .find((f) => f !== undefined && !f.includes('node_modules'))
  const where = frame === undefined ? '' : ` at ${frame.replace(/^.*?\/((?:src|dist)\/)/, '$1')}`
  return `${err.name}${typeof code === 'string' ? ` ${code}` : ''}${where}`
}
