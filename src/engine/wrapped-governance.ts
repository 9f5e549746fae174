// Governance of the commands a step runs through another one (sudo, timeout, flock, find -exec,
// env, ssh, ...): each is held to the deny and allow lists like argv[0], and an env hook a
// wrapper sets for it (env LD_PRELOAD=x cmd) is refused like one in with.env. Where argv does not
// show what will run (a shell string, make, an editor, git -c), the step needs a confirmation.
import type { Governance, Step } from '../runbook/index.js'
import { envHookReason } from '../runbook/index.js'
import { innerCommands } from '../runbook/safety/index.js'
import type { Resolve } from './command-facts.js'
import { gatherFacts } from './command-facts.js'
import type { CommandDecision } from './governance.js'
import { decideCommand } from './governance.js'

export interface WrappedDecision {
  /** A refusal of a wrapped command, or undefined. */
  denied?: CommandDecision
  /** Why what the step runs cannot be read from its argv (confirmation required). */
  unreadable?: string
}

/** Decides on every command `argv` runs besides argv[0]. */
export async function decideWrapped(
  resolve: Resolve,
  step: Step,
  governance: Governance | undefined,
  argv: readonly string[],
  where: { cwd: string; runCwd: string; pathEnv: string }
): Promise<WrappedDecision> {
  const found = innerCommands(argv)
  const optIn = step.with?.allow_env_hooks ?? []
  for (const a of found.assignments) {
    const reason = envHookReason(a.name)
    if (reason !== undefined && !optIn.includes(a.name))
      return {
        denied: {
          decision: 'denied',
          rule: 'env-hook',
          reason: `'${a.by}' sets ${a.name} (${reason}) for the command it runs, without with.allow_env_hooks`
        }
      }
  }
  for (const inner of found.commands) {
    const argv0 = inner.argv[0] ?? ''
    if (argv0.includes('{}'))
      return { unreadable: `'${inner.by}' runs a command named by its input ('${argv0}')` }
    const resolved = inner.remote ? {} : await resolve(argv0, where.cwd, where.pathEnv)
    const facts = inner.remote
      ? { denied: [] }
      : await gatherFacts(resolve, governance, argv0, where.runCwd, where.pathEnv)
    const verdict = decideCommand(argv0, resolved, governance, facts)
    if (verdict.decision === 'denied')
      return { denied: { ...verdict, reason: `'${inner.by}' runs ${verdict.reason}` } }
  }
  return found.opaque === undefined ? {} : { unreadable: found.opaque }
}
