// The generic rule for programs the tables do not know: a subcommand whose word says it formats,
// wipes, destroys, purges, prunes, resets or erases (`cryptsetup luksFormat`, `vault secrets
// destroy`, `foo-cli purge`) is taken as destructive rather than merely unknown, so that the step
// says "run only if it is safe" instead of only "check what it does".
import type { Classification } from './types.js'
import { classified } from './types.js'

const READS = /^(show|get|list|ls|describe|status|info|inspect|help|explain|view|cat)$/i
const IRREVERSIBLE = /(format|wipe|destroy|purge|prune|reset|erase)$/i

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
    .find((w) => /^[A-Za-z][\w-]*$/.test(w) && IRREVERSIBLE.test(w))
  if (verb === undefined) return c
  return classified(
    'destructive',
    c.tool === '' ? tool : c.tool,
    'irreversible-subcommand',
    `${tool} ${verb} is not in the classifier's tables, and its name says it ${(IRREVERSIBLE.exec(verb)?.[1] ?? '').toLowerCase()}s what cannot simply be put back`
  )
}
