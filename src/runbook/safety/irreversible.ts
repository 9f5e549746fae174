// The generic rule for programs the tables do not know: a subcommand whose word says it formats,
// wipes, destroys, purges, prunes, resets or erases (`cryptsetup luksFormat`, `vault secrets
// destroy`, `foo-cli purge`) is taken as destructive rather than merely unknown, so that the step
// says "run only if it is safe" instead of only "check what it does".
import type { Classification } from './types.js'
import { classified } from './types.js'

const READS = /^(show|get|list|ls|describe|status|info|inspect|help|explain|view|cat)$/i
const IRREVERSIBLE = /^(?:[a-z]*format|wipe|destroy|purge|prune|reset|erase)$/i

/** `purge_queue`, `luksFormat`, `factory-reset` -> their words. */
function parts(word: string): string[] {
  return word
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_:.-]+/)
    .filter((p) => p !== '')
}

/** `unknown` turned destructive when one of the first subcommand words names an irreversible act. */
export function irreversibleUnknown(
  tool: string,
  args: readonly string[],
  c: Classification
): Classification {
  if (c.level !== 'unknown') return c
  const words = args.filter((a) => !a.startsWith('-')).slice(0, 3)
  // `x show format`: after a verb that only reads, the word is what it reads about.
  const reads = words.findIndex((w) => READS.test(w))
  const verb = words
    .slice(0, reads === -1 ? undefined : reads)
    .find((w) => /^[A-Za-z][\w:-]*$/.test(w) && parts(w).some((p) => IRREVERSIBLE.test(p)))
  if (verb === undefined) return c
  return classified(
    'destructive',
    c.tool === '' ? tool : c.tool,
    'irreversible-subcommand',
    `${tool} ${verb} is not in the classifier's tables, and its name says it wipes, resets or deletes what cannot simply be put back`
  )
}
