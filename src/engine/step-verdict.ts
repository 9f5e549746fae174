// The governance verdict on one rendered cli step: argv[0] resolved on the run's own PATH, the
// env-hook and command decisions, the commands it wraps, and the destructive classification.
// One function, so that a real run and its dry-run plan can never decide differently.
import type { Governance, Step } from '../runbook/index.js'
import type { Resolve } from './command-facts.js'
import { gatherFacts } from './command-facts.js'
import type { EngineDeps } from './deps.js'
import type { CommandDecision } from './governance.js'
import { decideCommand, decideEnv } from './governance.js'
import type { ResolvedCommand } from './ports.js'
import type { RenderedCliStep } from './render.js'
import { decideWrapped } from './wrapped-governance.js'

export interface StepVerdict {
  argv0: string
  /** The working directory the command runs in. */
  cwd: string
  resolved: ResolvedCommand
  /** The verdict on argv[0], or the refusal of a command it wraps. */
  verdict: CommandDecision
  destructive: string | undefined
  /** Why what the step runs cannot be read from its argv (confirmation required). */
  unreadable: string | undefined
}

/** Decides governance for a rendered cli step, before anything runs. */
export async function stepVerdict(
  deps: Pick<EngineDeps, 'cli' | 'classify' | 'env' | 'cwd' | 'joinPath'>,
  governance: Governance | undefined,
  step: Step,
  rendered: RenderedCliStep
): Promise<StepVerdict> {
  const argv0 = rendered.argv[0] ?? ''
  const cwd = rendered.cwd === undefined ? deps.cwd : deps.joinPath(deps.cwd, rendered.cwd)
  // argv[0] is found on the run's own PATH, never one the step sets (see decideEnv).
  const pathEnv = deps.env.PATH ?? ''
  const resolve: Resolve = (...a) => deps.cli.resolve(...a)
  const resolved = await resolve(argv0, cwd, pathEnv)
  const facts = await gatherFacts(resolve, governance, argv0, deps.cwd, pathEnv)
  const first = decideEnv(step) ?? decideCommand(argv0, resolved, governance, facts)
  const wrapped =
    first.decision === 'allowed'
      ? await decideWrapped(resolve, step, governance, rendered.argv, {
          cwd,
          runCwd: deps.cwd,
          pathEnv
        })
      : {}
  return {
    argv0,
    cwd,
    resolved,
    verdict: wrapped.denied ?? first,
    destructive: deps.classify(rendered.argv),
    unreadable: wrapped.unreadable
  }
}
