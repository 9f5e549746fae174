// Governance decisions on a command, made before it runs. The allow and deny lists match argv[0]
// by basename and by resolved path (as given, as found on PATH, and with symlinks resolved), so
// `./rm`, `/usr/bin/../bin/rm` and a symlink to rm all match `rm`. Denial wins over the allowlist.
import type { Governance, Step } from '../runbook/index.js'
import { matchCommandList } from '../runbook/index.js'
import type { GovernanceDecisionEvent } from './events.js'
import type { ResolvedCommand } from './ports.js'

export interface CommandDecision {
  decision: 'allowed' | 'denied'
  /** denylist | allowlist | no-allowlist */
  rule: string
  reason: string
}

/** Decides whether argv[0] may run under the governance policy. Pure. */
export function decideCommand(
  argv0: string,
  resolved: ResolvedCommand,
  governance: Governance | undefined
): CommandDecision {
  const paths = [resolved.path, resolved.realPath].filter((p): p is string => p !== undefined)
  const shown = paths.length > 0 ? ` (resolves to ${[...new Set(paths)].join(' -> ')})` : ''
  const denied = matchCommandList(governance?.denied_commands ?? [], argv0, paths)
  if (denied !== undefined) {
    return {
      decision: 'denied',
      rule: 'denylist',
      reason: `'${argv0}'${shown} matches denied_commands entry '${denied}'`
    }
  }
  const allowed = governance?.allowed_commands ?? []
  if (allowed.length === 0)
    return {
      decision: 'allowed',
      rule: 'no-allowlist',
      reason: 'no allowed_commands list: every command not denied may run'
    }
  const hit = matchCommandList(allowed, argv0, paths)
  if (hit === undefined) {
    return {
      decision: 'denied',
      rule: 'allowlist',
      reason: `'${argv0}'${shown} is not in allowed_commands (${allowed.join(', ')})`
    }
  }
  return {
    decision: 'allowed',
    rule: 'allowlist',
    reason: `'${argv0}'${shown} matches allowed_commands entry '${hit}'`
  }
}

/** The governance_decision event that records a verdict (and why a confirmation is needed). */
export function decisionEvent(
  step: Step,
  index: number,
  argv0: string,
  resolved: ResolvedCommand,
  verdict: CommandDecision,
  destructive?: string
): GovernanceDecisionEvent {
  return {
    type: 'governance_decision',
    step_id: step.id,
    step_index: index,
    argv0,
    ...(resolved.path === undefined ? {} : { resolved_path: resolved.path }),
    ...(resolved.realPath === undefined || resolved.realPath === resolved.path
      ? {}
      : { real_path: resolved.realPath }),
    decision: verdict.decision,
    rule: verdict.rule,
    reason: verdict.reason,
    ...(destructive === undefined ? {} : { destructive }),
    confirmation_required:
      verdict.decision === 'allowed' && (destructive !== undefined || step.confirm === true)
  }
}
