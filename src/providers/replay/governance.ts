// The governance a replay runs under: the runbook's, narrowed by the scenario's security section.
// A command must be allowed by both lists when both list commands; deny_env_vars add up. Pure, so
// the CLI computes it once and hands the engine a runbook carrying the effective policy.
import { posix } from 'node:path'
import type { Governance, RunbookV0 } from '../../runbook/index.js'
import { commandName } from '../../runbook/index.js'
import type { Scenario } from './scenario-model.js'

/**
 * The allowlist entry used when the two lists share no command. It is a name no argv[0] has, so
 * every command is refused with a reason that says why (an empty list would allow everything).
 */
export const NOTHING_ALLOWED = '(none: the runbook and the scenario allow no command in common)'

export interface EffectiveGovernance {
  governance: Governance
  /** Set when no command at all may run: the lists of the runbook and the scenario are disjoint. */
  refused?: string
}

/** Entries allowing exactly the commands both lists allow (names by basename, paths normalised). */
export function intersectCommandLists(a: readonly string[], b: readonly string[]): string[] {
  const out = new Set<string>()
  for (const x of a)
    for (const y of b) {
      const [xPath, yPath] = [x.includes('/'), y.includes('/')]
      if (!xPath && !yPath) {
        if (x === y) out.add(x)
      } else if (xPath && yPath) {
        if (posix.normalize(x) === posix.normalize(y)) out.add(x)
      } else {
        // A path is narrower than a name: keep the path when its basename is that name.
        const [path, name] = xPath ? [x, y] : [y, x]
        if (commandName(path) === name) out.add(path)
      }
    }
  return [...out]
}

/** The runbook's governance with the scenario's allowed_commands and deny_env_vars applied. */
export function effectiveGovernance(
  runbook: Governance | undefined,
  scenario: Pick<Scenario, 'name' | 'allowedCommands' | 'denyEnvVars'>
): EffectiveGovernance {
  const own = runbook?.allowed_commands ?? []
  const theirs = scenario.allowedCommands
  const deny = [...new Set([...(runbook?.deny_env_vars ?? []), ...scenario.denyEnvVars])]
  const base: Governance = { ...runbook, ...(deny.length > 0 ? { deny_env_vars: deny } : {}) }
  if (theirs.length === 0) return { governance: base }
  if (own.length === 0) return { governance: { ...base, allowed_commands: [...theirs] } }
  const both = intersectCommandLists(own, theirs)
  if (both.length > 0) return { governance: { ...base, allowed_commands: both } }
  return {
    governance: { ...base, allowed_commands: [NOTHING_ALLOWED] },
    refused: `no command may run: the runbook allows only ${own.join(', ')} and scenario '${scenario.name}' only ${theirs.join(', ')}`
  }
}

/** The runbook to run a replay with: its meta.governance replaced by the effective one. */
export function withScenarioGovernance(
  runbook: RunbookV0,
  scenario: Pick<Scenario, 'name' | 'allowedCommands' | 'denyEnvVars'>
): { runbook: RunbookV0; refused?: string } {
  const { governance, refused } = effectiveGovernance(runbook.meta.governance, scenario)
  const next: RunbookV0 = { ...runbook, meta: { ...runbook.meta, governance } }
  return refused === undefined ? { runbook: next } : { runbook: next, refused }
}
