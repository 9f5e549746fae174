// Who may answer a paused run, decided from facts GitHub reported (never from the comment text or
// author_association): the commenter's repository permission and role name, and their membership
// of the teams the role map names. Fails closed: an unknown fact refuses.
import type { AnswerCommand } from './comment-grammar.js'

export type RepoPermission = 'admin' | 'write' | 'read' | 'none'

/** Who may play a role (the `roles` input, parsed by the Action's settings). */
export type RoleGrant =
  | { kind: 'login'; login: string }
  | { kind: 'team'; org: string; team: string }
  | { kind: 'repo-role'; role: string }

export type RoleMap = Record<string, RoleGrant[]>

/** The teams (`org/team`) a role map names: whose membership must be looked up. */
export function teamsIn(roles: RoleMap): string[] {
  const out = new Set<string>()
  for (const grants of Object.values(roles))
    for (const g of grants) if (g.kind === 'team') out.add(`${g.org}/${g.team}`)
  return [...out]
}

/** What GitHub said about one commenter. */
export interface CommenterFacts {
  login: string
  permission: RepoPermission
  /** The real or custom role (`maintain`, `triage`, …) from the permission endpoint. */
  roleName: string
  /** `org/slug` -> member, or the reason membership could not be read. */
  teams: Record<string, boolean | { unreadable: string }>
}

export interface AuthorisationContext {
  roles: RoleMap
  /** Who started the paused workflow run (actor and triggering actor). */
  starters: string[]
  /** The roles the step's approvals accept (none: any approver with write). */
  stepRoles?: string[]
  /** The step's approvals allow the run's starter to approve (`allow_self: true`). */
  allowSelf: boolean
}

export type Decision = { ok: true; role?: string } | { ok: false; reason: string }

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** The roles of the map that COMMENTER holds, or the reason a team could not be checked. */
export function rolesHeld(
  facts: CommenterFacts,
  roles: RoleMap
): { held: string[]; unreadable: string[] } {
  const held: string[] = []
  const unreadable: string[] = []
  for (const [role, principals] of Object.entries(roles)) {
    const holds = principals.some((p) => {
      if (p.kind === 'login') return same(p.login, facts.login)
      if (p.kind === 'repo-role') return same(p.role, facts.roleName)
      const m = facts.teams[`${p.org}/${p.team}`]
      if (typeof m === 'object') unreadable.push(`@${p.org}/${p.team}: ${m.unreadable}`)
      return m === true
    })
    if (holds) held.push(role)
  }
  return { held, unreadable }
}

/** Whether FACTS' author may give COMMAND to the paused step. */
export function authorise(
  command: AnswerCommand,
  facts: CommenterFacts,
  ctx: AuthorisationContext
): Decision {
  if (facts.permission !== 'admin' && facts.permission !== 'write')
    return {
      ok: false,
      reason: `@${facts.login} has ${facts.permission} access to this repository; answering needs write access`
    }
  if (command.kind !== 'approve') return { ok: true }
  if (!ctx.allowSelf && ctx.starters.some((s) => same(s, facts.login)))
    return {
      ok: false,
      reason: `@${facts.login} started this run and may not approve it (the step's approvals do not say allow_self: true)`
    }
  const stepRoles = ctx.stepRoles ?? []
  if (stepRoles.length === 0) return { ok: true }
  const { held, unreadable } = rolesHeld(facts, ctx.roles)
  const role = stepRoles.find((r) => held.includes(r))
  if (role !== undefined) return { ok: true, role }
  const unmapped = stepRoles.filter((r) => ctx.roles[r] === undefined)
  const why = [
    `@${facts.login} holds none of the roles this step accepts (${stepRoles.join(', ')})`,
    ...(unmapped.length > 0 ? [`the roles input names nobody for ${unmapped.join(', ')}`] : []),
    ...(unreadable.length > 0
      ? [`team membership could not be read: ${[...new Set(unreadable)].join('; ')}`]
      : [])
  ]
  return { ok: false, reason: why.join('; ') }
}
