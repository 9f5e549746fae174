// How the user started the CLI, so that a printed command (the resume command of a paused run)
// works when pasted as it is.
import { isAbsolute, relative } from 'node:path'
import { shellQuote } from './progress.js'

/** `npx runbook` under npx, `runbook` through an installed bin, else `node SCRIPT` (relative to cwd). */
export function invokedAs(
  script: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string
): string {
  if (env.npm_command === 'exec') return 'npx runbook'
  if (script === undefined || /(^|[\\/])runbook$/.test(script)) return 'runbook'
  const rel = relative(cwd, script)
  return `node ${shellQuote(rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : script)}`
}
