// The vocabulary of the safety classifier: four levels, and one classification per command.

/**
 * read-only: observes and changes nothing; mutating: changes state that can be put back;
 * destructive: deletes, evicts, wipes or stops what cannot simply be put back; unknown: the
 * classifier cannot tell (an unlisted command or subcommand, a shell, SQL it cannot see).
 */
export type SafetyLevel = 'read-only' | 'mutating' | 'destructive' | 'unknown'

export interface Classification {
  level: SafetyLevel
  /** The tool that decided: argv[0]'s basename, or the wrapped command's (sudo, env, ...). */
  tool: string
  /** Stable id of the rule that matched, e.g. `kubectl.delete` or `rm.recursive`. */
  rule: string
  /** One sentence a person can read: why this level. */
  reason: string
}

/** Builds a classification. */
export function classified(
  level: SafetyLevel,
  tool: string,
  rule: string,
  reason: string
): Classification {
  return { level, tool, rule, reason }
}

const RANK: Record<SafetyLevel, number> = {
  'read-only': 0,
  mutating: 1,
  unknown: 2,
  destructive: 3
}

/** The most dangerous of several classifications (destructive > unknown > mutating > read-only). */
export function worst(items: readonly Classification[]): Classification | undefined {
  let out: Classification | undefined
  for (const c of items) if (out === undefined || RANK[c.level] > RANK[out.level]) out = c
  return out
}

/** True for the levels a compiler may automate without a person looking first. */
export function isAutomatable(level: SafetyLevel): boolean {
  return level === 'read-only' || level === 'mutating'
}

/** Classifies a whole argv; passed to tool classifiers that wrap another command. */
export type Classify = (argv: readonly string[]) => Classification

/** Classifies one tool's arguments (argv without argv[0]); `tool` is argv[0]'s basename. */
export type ToolClassifier = (
  tool: string,
  args: readonly string[],
  classify: Classify
) => Classification
