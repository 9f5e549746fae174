// Governance decisions on a command, made before it runs. The allow and deny lists match argv[0]
// by basename and by resolved path (as given, as found on PATH, and with symlinks resolved), so
// `./rm`, `/usr/bin/../bin/rm` and a symlink to rm all match `rm`; a copy or hard link of a denied
// command matches it by identity under any name. Denial wins over the allowlist. A by-name
// allowlist entry allows the file that name finds on the run's PATH; a path entry, exactly that
// path; an executable made after the run's process started needs a path entry.
import type { Governance, Step } from '../runbook/index.js'
import { envHooks, matchCommandList } from '../runbook/index.js'
import type { CommandFacts } from './command-facts.js'
import { deniedFile, sameFile } from './command-facts.js'
import type { GovernanceDecisionEvent } from './events.js'
import type { ResolvedCommand } from './ports.js'

export interface CommandDecision {
  decision: 'allowed' | 'denied'
  /** denylist | denied-file | new-executable | allowlist | allowlist-path | no-allowlist | env-hook */
  rule: string
  reason: string
}

const denied = (rule: string, reason: string): CommandDecision => ({
  decision: 'denied',
  rule,
  reason
})

/** Decides whether argv[0] may run under the governance policy. Pure. */
export function decideCommand(
  argv0: string,
  resolved: ResolvedCommand,
  governance: Governance | undefined,
  facts: CommandFacts = { denied: [] }
): CommandDecision {
  const paths = [resolved.path, resolved.realPath].filter((p): p is string => p !== undefined)
  const shown = paths.length > 0 ? ` (resolves to ${[...new Set(paths)].join(' -> ')})` : ''
  const what = `'${argv0}'${shown}`
  const deny = matchCommandList(governance?.denied_commands ?? [], argv0, paths)
  if (deny !== undefined)
    return denied('denylist', `${what} matches denied_commands entry '${deny}'`)
  const copy = deniedFile(resolved, facts)
  if (copy !== undefined)
    return denied(
      'denied-file',
      `${what} is the same file as denied command '${copy.entry}' (${copy.file.realPath ?? ''}): a copy or a link of it under another name`
    )
  const allowed = governance?.allowed_commands ?? []
  const hit = matchCommandList(allowed, argv0, paths)
  const byPath = hit?.includes('/') === true
  if (resolved.newSinceStart === true && !byPath)
    return denied(
      'new-executable',
      `${what} was created or changed after this run's process started; only an allowed_commands entry naming its path lets it run`
    )
  if (allowed.length === 0)
    return {
      decision: 'allowed',
      rule: 'no-allowlist',
      reason: 'no allowed_commands list: every command not denied may run'
    }
  if (hit === undefined)
    return denied('allowlist', `${what} is not in allowed_commands (${allowed.join(', ')})`)
  if (!byPath && argv0.includes('/')) {
    if (!argv0.startsWith('/'))
      return denied(
        'allowlist-path',
        `${what} is a path relative to the working directory, and allowed_commands entry '${hit}' allows only what that name finds on the run's PATH; run '${hit}' or list the path`
      )
    const onPath = facts.byName
    if (onPath?.realPath === undefined || !sameFile(onPath, resolved))
      return denied(
        'allowlist-path',
        `${what} is not the '${hit}' found on the run's PATH${onPath?.realPath === undefined ? '' : ` (${onPath.realPath})`}; list the path in allowed_commands to allow it`
      )
  }
  return {
    decision: 'allowed',
    rule: 'allowlist',
    reason: `${what} matches allowed_commands entry '${hit}'`
  }
}

/**
 * Refuses a step whose with.env sets a loader or interpreter hook it did not opt in to
 * (with.allow_env_hooks): such a variable could make an allowed name run other code. Pure.
 */
export function decideEnv(step: Step): CommandDecision | undefined {
  const hooks = envHooks(step.with?.env, step.with?.allow_env_hooks)
  if (hooks.length === 0) return undefined
  return {
    decision: 'denied',
    rule: 'env-hook',
    reason: hooks
      .map((h) => `with.env sets ${h.name} (${h.reason}) without with.allow_env_hooks`)
      .join('; ')
  }
}

/** The governance_decision event that records a verdict (and why a confirmation is needed). */
export function decisionEvent(
  step: Step,
  index: number,
  argv0: string,
  resolved: ResolvedCommand,
  verdict: CommandDecision,
  redact: (text: string) => string,
  needs: { destructive?: string; unreadable?: string } = {}
): GovernanceDecisionEvent {
  const { destructive, unreadable } = needs
  // Paths can hold a redacted value (a templated with.cwd): every string is redacted.
  return {
    type: 'governance_decision',
    step_id: step.id,
    step_index: index,
    argv0: redact(argv0),
    ...(resolved.path === undefined ? {} : { resolved_path: redact(resolved.path) }),
    ...(resolved.realPath === undefined || resolved.realPath === resolved.path
      ? {}
      : { real_path: redact(resolved.realPath) }),
    ...(resolved.sha256 === undefined ? {} : { sha256: resolved.sha256 }),
    decision: verdict.decision,
    rule: verdict.rule,
    reason: redact(verdict.reason),
    ...(destructive === undefined ? {} : { destructive: redact(destructive) }),
    ...(unreadable === undefined ? {} : { unreadable: redact(unreadable) }),
    confirmation_required:
      verdict.decision === 'allowed' &&
      (destructive !== undefined || unreadable !== undefined || step.confirm === true)
  }
}

/** Why a step needs its two-step confirmation, as the operator reads it. */
export function confirmationReason(d: {
  destructive?: string | undefined
  unreadable?: string | undefined
}): string {
  if (d.destructive !== undefined) return `destructive command: ${d.destructive}`
  if (d.unreadable !== undefined)
    return `what it runs cannot be read from its argv: ${d.unreadable}`
  return 'the step asks for confirmation (confirm: true)'
}
