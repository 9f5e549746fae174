// The Action's inputs, parsed once into one typed Settings object (STYLE.md §2-3): nothing deeper
// reads core.getInput or process.env. A bad input is an InputError naming the input, the value and
// the expected form.
import type { Command } from './constants.js'
import { COMMANDS, Inputs, MODES, PAUSES } from './constants.js'

/** Who may play a runbook role: a GitHub login, an `@org/team`, or a repository role name. */
export type Grantee =
  | { kind: 'login'; login: string }
  | { kind: 'team'; org: string; team: string }
  | { kind: 'repo-role'; role: string }

export interface Settings {
  command: Command
  /** `run`: the runbook YAML or Markdown TSG, relative to the workspace. */
  runbook?: string
  /** `validate`: runbook files (the `runbook` input counts as one). */
  runbooks: string[]
  /** `test`: where the scenarios are. */
  paths: string[]
  /** `test`: minimal coverage in percent. */
  minCoverage?: number
  /** `NAME=VALUE` lines; every value is treated as a secret (masked, redacted). */
  vars: string[]
  mode: (typeof MODES)[number]
  scenario?: string
  /** `resume`, `verify`: the run (`answer` reads it from the pause issue). */
  runId?: string
  /** `resume`, `answer`: the pause issue (`answer` falls back to the event's issue). */
  issue?: number
  pause: (typeof PAUSES)[number]
  environment?: string
  /** Runbook role -> who may play it. */
  roles: Record<string, Grantee[]>
  /** Names the run; the same id with the same inputs is the same run. */
  requestId: string
  githubToken: string
  retentionDays?: number
  /** From the runner's environment. */
  runner: RunnerContext
}

export interface RunnerContext {
  /** Absolute workspace directory: relative paths are resolved against it. */
  workspace: string
  /** `owner/repo`, when known. */
  repository?: string
  serverUrl: string
  runId?: string
  actor?: string
  /** True when the artifact service can be reached (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL set). */
  artifacts: boolean
  /** The event that started the workflow (`pull_request`, ...) and its payload file. */
  eventName?: string
  eventPath?: string
  /** The REST API's base URL (GITHUB_API_URL). */
  apiUrl: string
  /** `.github/workflows/FILE` of the running workflow (from GITHUB_WORKFLOW_REF). */
  workflowPath?: string
}

/** An input with the wrong form; the message names the input and the expected form. */
export class InputError extends Error {
  override name = 'InputError'
}

/** The repository role names `roles` accepts (the permission endpoint's role_name). */
export const REPO_ROLES = ['admin', 'maintain', 'write', 'triage', 'read'] as const

type Env = Readonly<Record<string, string | undefined>>

/** Parses every input once; `input(name)` returns the trimmed value, '' when absent. */
export function parseSettings(input: (name: string) => string, env: Env, cwd: string): Settings {
  const command = oneOf(Inputs.Command, input(Inputs.Command) || 'validate', COMMANDS)
  const runbook = optional(input(Inputs.Runbook))
  const runbooks = lines(input(Inputs.Runbooks))
    .flatMap((l) => l.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '')
  if (command === 'validate' && runbook !== undefined && !runbooks.includes(runbook))
    runbooks.unshift(runbook)
  const settings: Settings = {
    command,
    ...(runbook === undefined ? {} : { runbook }),
    runbooks,
    paths: lines(input(Inputs.Paths)),
    ...numberInput(input, Inputs.MinCoverage, 'minCoverage', 0, 100, 'a percentage from 0 to 100'),
    vars: varLines(input(Inputs.Vars)),
    mode: oneOf(Inputs.Mode, input(Inputs.Mode) || 'real', MODES),
    ...opt('scenario', input(Inputs.Scenario)),
    ...opt('runId', input(Inputs.RunId)),
    ...numberInput(input, Inputs.Issue, 'issue', 1, 2 ** 31 - 1, 'an issue number such as 42'),
    pause: oneOf(Inputs.Pause, input(Inputs.Pause) || 'issue', PAUSES),
    ...opt('environment', input(Inputs.Environment)),
    roles: parseRoles(input(Inputs.Roles)),
    requestId: requestId(input(Inputs.RequestId), env),
    githubToken: input(Inputs.GithubToken),
    ...numberInput(
      input,
      Inputs.RetentionDays,
      'retentionDays',
      1,
      90,
      'a whole number of days from 1 to 90'
    ),
    runner: {
      workspace: env.GITHUB_WORKSPACE || cwd,
      ...opt('repository', env.GITHUB_REPOSITORY ?? ''),
      serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
      ...opt('runId', env.GITHUB_RUN_ID ?? ''),
      ...opt('actor', env.GITHUB_ACTOR ?? ''),
      artifacts: (env.ACTIONS_RUNTIME_TOKEN ?? '') !== '' && (env.ACTIONS_RESULTS_URL ?? '') !== '',
      ...opt('eventName', env.GITHUB_EVENT_NAME ?? ''),
      ...opt('eventPath', env.GITHUB_EVENT_PATH ?? ''),
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      ...opt('workflowPath', workflowPath(env.GITHUB_WORKFLOW_REF ?? ''))
    }
  }
  requireFor(settings)
  return settings
}

/** What each command cannot do without. */
function requireFor(s: Settings): void {
  const need = (name: string, what: string) => {
    throw new InputError(
      `Input '${name}' is required for command '${s.command}'. Expected ${what}.`
    )
  }
  if (s.command === 'validate' && s.runbooks.length === 0)
    need(Inputs.Runbooks, 'one or more runbook paths, one per line')
  if (s.command === 'run' && s.runbook === undefined)
    need(Inputs.Runbook, 'the path of a runbook YAML or a Markdown TSG')
  if ((s.command === 'resume' || s.command === 'verify') && s.runId === undefined)
    need(Inputs.RunId, 'the run id, e.g. 20261122T153042-a7f3')
  if (s.command === 'resume' && s.issue === undefined && s.pause !== 'environment')
    need(Inputs.Issue, 'the number of the pause issue (the resume dispatch fills it)')
  if (s.command === 'run' && s.mode === 'replay' && s.scenario === undefined)
    need(
      Inputs.Scenario,
      "the cli-replay scenario file (mode 'replay' answers the cli steps from it)"
    )
  if (s.command === 'run' && s.mode !== 'replay' && s.scenario !== undefined)
    throw new InputError(
      `Input '${Inputs.Scenario}' only applies to mode 'replay' (mode is '${s.mode}').`
    )
  if (
    s.pause === 'environment' &&
    s.environment === undefined &&
    (s.command === 'run' || s.command === 'resume')
  )
    need(
      Inputs.Environment,
      "the name of the environment whose reviewers approve (pause: 'environment')"
    )
  if (s.runId !== undefined && !/^[A-Za-z0-9][A-Za-z0-9T._-]*$/.test(s.runId))
    throw new InputError(
      `Invalid input '${Inputs.RunId}': '${clip(s.runId)}'. Expected a run id such as 20261122T153042-a7f3.`
    )
}

/** `owner/repo/.github/workflows/FILE@ref` -> `.github/workflows/FILE`. */
function workflowPath(ref: string): string {
  return /(\.github\/workflows\/[^@]+)@/.exec(ref)?.[1] ?? ''
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(
    `Invalid input '${name}': '${clip(value)}'. Expected one of: ${allowed.join(', ')}.`
  )
}

function optional(value: string): string | undefined {
  return value === '' ? undefined : value
}

function opt<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value === '' ? {} : ({ [key]: value } as Record<K, string>)
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
}

function numberInput<K extends string>(
  input: (name: string) => string,
  name: string,
  key: K,
  min: number,
  max: number,
  form: string
): Partial<Record<K, number>> {
  const raw = input(name)
  if (raw === '') return {}
  const n = Number(raw)
  const whole = key !== 'minCoverage'
  if (!/^\d+(\.\d+)?$/.test(raw) || n < min || n > max || (whole && !Number.isInteger(n)))
    throw new InputError(`Invalid input '${name}': '${clip(raw)}'. Expected ${form}.`)
  return { [key]: n } as Record<K, number>
}

/** Values shorter than this are not treated as secrets (masking "1" would hide every digit). */
const MIN_SECRET_LENGTH = 4

/** The values of `vars` lines that are masked and redacted everywhere. */
export function secretValues(vars: readonly string[]): string[] {
  return vars.map((v) => v.slice(v.indexOf('=') + 1)).filter((v) => v.length >= MIN_SECRET_LENGTH)
}

/** `NAME=VALUE` per line; the value may be empty and may hold '='. */
function varLines(value: string): string[] {
  // Values are kept as given (only the line break is removed): a secret may end in spaces.
  const out: string[] = []
  value.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return
    const eq = line.indexOf('=')
    const name = eq === -1 ? '' : line.slice(0, eq).trim()
    // The line itself is never echoed: without a name it may be a pasted secret.
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw new InputError(
        `Invalid input '${Inputs.Vars}', line ${i + 1}: expected NAME=VALUE, where NAME is letters, digits and '_'${eq === -1 ? " (the line has no '=')" : ''}.`
      )
    out.push(`${name}=${line.slice(eq + 1)}`)
  })
  return out
}

/** `ROLE: who, who` per line. */
export function parseRoles(value: string): Record<string, Grantee[]> {
  const out: Record<string, Grantee[]> = {}
  value.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const where = `Invalid input '${Inputs.Roles}', line ${i + 1}`
    const colon = line.indexOf(':')
    const role = colon === -1 ? '' : line.slice(0, colon).trim()
    if (role === '' || !/^[A-Za-z0-9_.-]+$/.test(role))
      throw new InputError(
        `${where}: '${clip(line)}'. Expected ROLE: who, e.g. 'DRI: octocat, @acme/sre, maintain'.`
      )
    const who = line
      .slice(colon + 1)
      .split(/[,\s]+/)
      .filter((w) => w !== '')
    if (who.length === 0)
      throw new InputError(
        `${where}: role '${role}' names nobody. Expected ROLE: who, e.g. 'DRI: octocat'.`
      )
    out[role] = [...(out[role] ?? []), ...who.map((w) => grantee(w, where))]
  })
  return out
}

function grantee(w: string, where: string): Grantee {
  const team = /^@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9][A-Za-z0-9._-]*)$/.exec(w)
  if (team !== null) return { kind: 'team', org: team[1] ?? '', team: team[2] ?? '' }
  if ((REPO_ROLES as readonly string[]).includes(w)) return { kind: 'repo-role', role: w }
  if (/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(w))
    return { kind: 'login', login: w }
  throw new InputError(
    `${where}: '${clip(w)}' is not a GitHub login, an @org/team or a repository role (${REPO_ROLES.join(', ')}).`
  )
}

/** request-id, else the workflow run id (without the attempt: a re-run job is the same run). */
function requestId(value: string, env: Env): string {
  const id = value !== '' ? value : (env.GITHUB_RUN_ID ?? '')
  if (id === '')
    throw new InputError(
      `Input '${Inputs.RequestId}' is empty and GITHUB_RUN_ID is not set. Expected an id of letters, digits, '.', '_' or '-'.`
    )
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id))
    throw new InputError(
      `Invalid input '${Inputs.RequestId}': '${clip(id)}'. Expected 1 to 100 letters, digits, '.', '_' or '-' (it names the artifact).`
    )
  return id
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s
}
