// Literal secrets: the values of environment variables matched by deny_env_vars. They are replaced
// wherever they occur in a line, before and after the redaction rules run.
import { quoteRegex } from '../../runbook/index.js'

/** What a redacted secret, or a rule without `replace`, becomes. */
export const REDACTED = '<redacted>'

/**
 * Values shorter than this are not redacted. A one- to three-character value (`1`, `yes`, `dev`)
 * occurs by chance all over ordinary output: replacing every occurrence would shred the output and,
 * worse, the pattern of replacements would reveal the value. Such a value is not a secret worth
 * the name; a real credential is longer.
 */
export const MIN_SECRET_LENGTH = 4

/**
 * Splits secret values into what can be found in a line: redaction is line by line, so a value
 * holding line breaks (a PEM key) is redacted line by line, each line long enough being a secret.
 */
export function secretPieces(values: readonly string[]): string[] {
  const pieces = new Set<string>()
  for (const value of values) {
    for (const piece of value.split(/[\r\n]+/)) {
      if (piece.length >= MIN_SECRET_LENGTH) pieces.add(piece)
    }
  }
  // Longest first: at one position the alternation prefers the longest secret.
  return [...pieces].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
}

/** One global regex matching any of the pieces, or undefined when there are none. */
export function secretRegex(pieces: readonly string[]): RegExp | undefined {
  if (pieces.length === 0) return undefined
  return new RegExp(pieces.map(quoteRegex).join('|'), 'g')
}
