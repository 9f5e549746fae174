// Governance before anything runs: argv[0] of every remaining cli step is a literal, so the allow
// and deny lists can be checked for the whole run up front. One refusal stops the run before its
// first command.
import type { Governance, Step } from '../runbook/index.js'
import type { GovernanceDecisionEvent } from './events.js'
import type { RunState } from './model.js'
import type { EngineDeps } from './deps.js'
import type { Resolve } from './command-facts.js'
import type { ResolvedCommand } from './ports.js'
import { gatherFacts } from './command-facts.js'
import type { CommandDecision } from './governance.js'
import { decideCommand, decideEnv, decisionEvent } from './governance.js'
import { decideWrapped } from './wrapped-governance.js'

export interface Refusal {
  decisions: GovernanceDecisionEvent[]
  error: string
}

/** Checks the commands of the remaining steps; returns the refusals, or undefined when all may run. */
export async function preflight(deps: EngineDeps, state: RunState): Promise<Refusal | undefined> {
  const decisions: GovernanceDecisionEvent[] = []
  const pathEnv = deps.env.PATH ?? ''
  const governance = deps.runbook.meta.governance
  // One lookup per distinct command for the whole check (a runbook repeats the same few); each
  // step resolves its command again, as it runs.
  const lookups = new Map<string, Promise<ResolvedCommand>>()
  const resolve: Resolve = (argv0, cwd, path) => {
    const key = `${argv0}\u0000${cwd}\u0000${path}`
    let found = lookups.get(key)
    if (found === undefined) lookups.set(key, (found = deps.cli.resolve(argv0, cwd, path)))
    return found
  }
  for (let index = state.current_step_index; index < deps.runbook.steps.length; index++) {
    const step = deps.runbook.steps[index]
    const argv0 = step?.type === 'cli' ? step.with?.argv?.[0] : undefined
    if (step === undefined || argv0 === undefined) continue
    const resolved = await resolve(argv0, deps.cwd, pathEnv)
    const facts = await gatherFacts(resolve, governance, argv0, deps.cwd, pathEnv)
    const first = decideEnv(step) ?? decideCommand(argv0, resolved, governance, facts)
    const verdict =
      first.decision === 'denied'
        ? first
        : ((await literalWrapped(resolve, step, governance, deps.cwd, pathEnv)) ?? first)
    if (verdict.decision === 'denied') {
      decisions.push(decisionEvent(step, index, argv0, resolved, verdict, deps.redact))
    }
  }
  if (decisions.length === 0) return undefined
  const error = decisions.map((d) => `step '${d.step_id}': ${d.reason}`).join('; ')
  return { decisions, error: `governance refused the run before it started: ${error}` }
}

/** A wrapped command's refusal, when the argv is all literal (templates are checked at the step). */
async function literalWrapped(
  resolve: Resolve,
  step: Step,
  governance: Governance | undefined,
  cwd: string,
  pathEnv: string
): Promise<CommandDecision | undefined> {
  const argv = step.with?.argv ?? []
  if (argv.some((a) => a.includes('{{')) || step.with?.cwd !== undefined) return undefined
  const w = await decideWrapped(resolve, step, governance, argv, { cwd, runCwd: cwd, pathEnv })
  return w.denied
}
