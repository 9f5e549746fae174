// Template variables: meta.vars defaults, then environment variables of the same name, then
// --var name=value, as in cli-replay. deny_env_vars keeps matching environment variables out of
// templates entirely, and their values become secrets for redaction.
import type { RunbookV0 } from '../runbook/index.js'
import { matchesAnyGlob } from './glob.js'

export interface ResolvedVars {
  vars: Record<string, string>
  /** Where each var's value came from. */
  sources: Record<string, 'default' | 'env' | 'flag'>
  /** Values of every environment variable matched by deny_env_vars: redacted wherever they appear. */
  secrets: string[]
  /** Vars whose same-named environment variable was ignored because deny_env_vars matches it. */
  denied: string[]
}

/** A --var flag that does not name a var of the runbook, or is malformed. */
export class VarError extends Error {
  override name = 'VarError'
}

/** Parses `name=value` flags; the value may be empty and may contain `=`. */
export function parseVarFlags(flags: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const flag of flags) {
    const eq = flag.indexOf('=')
    const name = eq === -1 ? flag : flag.slice(0, eq)
    if (eq === -1 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new VarError(
        `invalid --var '${flag}': expected name=value, where name is letters, digits and '_'`
      )
    }
    out[name] = flag.slice(eq + 1)
  }
  return out
}

/** Resolves the runbook's vars against the environment and explicit flags. */
export function resolveVars(
  runbook: RunbookV0,
  env: Readonly<Record<string, string | undefined>>,
  flags: Readonly<Record<string, string>>
): ResolvedVars {
  const defaults = runbook.meta.vars ?? {}
  const deny = runbook.meta.governance?.deny_env_vars ?? []
  const vars: Record<string, string> = {}
  const sources: ResolvedVars['sources'] = {}
  const denied: string[] = []
  for (const name of Object.keys(flags)) {
    if (!(name in defaults)) {
      const known = Object.keys(defaults)
      throw new VarError(
        `--var ${name}: the runbook has no var '${name}'; its vars are: ${known.length > 0 ? known.join(', ') : '(none)'}`
      )
    }
  }
  for (const [name, value] of Object.entries(defaults)) {
    vars[name] = value ?? ''
    sources[name] = 'default'
    const fromEnv = env[name]
    if (fromEnv !== undefined) {
      if (matchesAnyGlob(name, deny)) denied.push(name)
      else {
        vars[name] = fromEnv
        sources[name] = 'env'
      }
    }
    const fromFlag = flags[name]
    if (fromFlag !== undefined) {
      vars[name] = fromFlag
      sources[name] = 'flag'
    }
  }
  // gert's inputs without a default must be given (`from: prompt` is asked at a terminal first).
  for (const [name, input] of Object.entries(runbook.meta.inputs ?? {})) {
    if (input === undefined || input.default !== undefined || sources[name] !== 'default') continue
    const about = input.description === undefined ? '' : ` (${input.description})`
    const eg = input.example === undefined ? 'VALUE' : input.example
    throw new VarError(
      `input '${name}'${about} has no default and was not given: pass --var ${name}=${eg} (its source is '${input.from}')`
    )
  }
  const secrets = Object.entries(env)
    .filter(([name, value]) => value !== undefined && value !== '' && matchesAnyGlob(name, deny))
    .map(([, value]) => value as string)
  return { vars, sources, secrets, denied }
}
