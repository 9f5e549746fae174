// Spawns the bundled action (dist/index.js) as the Actions runner does: inputs as INPUT_* with the
// defaults of action.yml applied by the runner (core does not), GITHUB_* for the run, the runtime
// token and results URL for artifacts, the event payload file, and the file commands. Returns what
// a workflow sees: exit code, log, annotations, masks, groups, outputs, summary.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from '../fixtures.js'
import { issueCommentEvent, workflowDispatchEvent } from './events.js'
import { GITHUB_TOKEN, type LoopbackGitHub } from './index.js'
import type { WorkflowRun } from './state.js'
import {
  annotations,
  groups,
  parseCommands,
  parseFileCommands,
  type Annotation,
  type WorkflowCommand
} from './workflow-commands.js'

export interface RunnerOptions {
  run: WorkflowRun
  /** The job's checkout (GITHUB_WORKSPACE, also the working directory). */
  workspace: string
  inputs?: Record<string, string>
  /** The event payload; by default built for the run's event from the fake's state. */
  event?: Record<string, unknown>
  /** Extra environment (as a workflow's `env:` would add). */
  env?: Record<string, string>
  /** The value `${{ github.token }}` stands for (default: the loopback GITHUB_TOKEN). */
  token?: string
  /** Another entry point than dist/index.js (a test can point at a fixture action). */
  entry?: string
  /** Kill the action after this many ms (default 120 s): a hang is a failure, never a wait. */
  timeoutMs?: number
}

export interface ActionResult {
  exitCode: number | null
  stdout: string
  stderr: string
  commands: WorkflowCommand[]
  annotations: Annotation[]
  masks: string[]
  groups: { name: string; lines: string[] }[]
  outputs: Record<string, string>
  state: Record<string, string>
  env: Record<string, string>
  summary: string
  /** Directory of the runner's files (event payload, output files, RUNNER_TEMP). */
  runnerDir: string
}

interface ActionInput {
  default?: string
}

/** The defaults of action.yml as the runner evaluates them (only `github.*` contexts). */
export function actionDefaults(
  context: Record<string, string>,
  actionYml = join(ROOT, 'action.yml')
): Record<string, string> {
  const doc = parse(readFileSync(actionYml, 'utf8')) as { inputs?: Record<string, ActionInput> }
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    if (spec.default === undefined) continue
    out[name] = String(spec.default).replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, key: string) => {
      const v = context[key]
      if (v === undefined)
        throw new Error(
          `action.yml default of '${name}' uses \${{ ${key} }}, which the harness does not provide`
        )
      return v
    })
  }
  return out
}

export async function runAction(gh: LoopbackGitHub, opts: RunnerOptions): Promise<ActionResult> {
  const { run } = opts
  const dir = mkdtempSync(join(tmpdir(), 'runner-'))
  const temp = join(dir, 'temp')
  mkdirSync(temp)
  const files = { output: 'output', state: 'state', env: 'env', summary: 'summary', path: 'path' }
  for (const f of Object.values(files)) writeFileSync(join(dir, f), '')
  const eventPath = join(dir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(opts.event ?? defaultEvent(gh, run)))
  const token = opts.token ?? GITHUB_TOKEN
  const repository = `${gh.state.owner}/${gh.state.repo}`
  const context = {
    'github.token': token,
    'github.run_id': String(run.id),
    'github.repository': repository,
    'github.workspace': opts.workspace,
    'github.server_url': 'https://github.com'
  }
  const inputs = { ...actionDefaults(context), ...opts.inputs }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: temp,
    NO_PROXY: '127.0.0.1,localhost',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: gh.state.owner,
    GITHUB_RUN_ID: String(run.id),
    GITHUB_RUN_ATTEMPT: String(run.attempt),
    GITHUB_RUN_NUMBER: String(run.runNumber),
    GITHUB_WORKFLOW: run.workflow.file.replace(/\.ya?ml$/, ''),
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/${run.workflow.file}@refs/heads/${run.headBranch}`,
    GITHUB_JOB: 'runbook',
    GITHUB_ACTION: 'runbook',
    GITHUB_ACTOR: run.actor.login,
    GITHUB_TRIGGERING_ACTOR: run.actor.login,
    GITHUB_EVENT_NAME: run.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: `refs/heads/${run.headBranch}`,
    GITHUB_REF_NAME: run.headBranch,
    GITHUB_SHA: run.headSha,
    // @actions/artifact refuses any server that is not github.com (its GHES check).
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: gh.rest.url,
    GITHUB_GRAPHQL_URL: `${gh.rest.url}/graphql`,
    GITHUB_RETENTION_DAYS: '90',
    ACTIONS_RUNTIME_TOKEN: gh.runtimeToken(run),
    ACTIONS_RESULTS_URL: `${gh.artifacts.url}/`,
    GITHUB_OUTPUT: join(dir, files.output),
    GITHUB_STATE: join(dir, files.state),
    GITHUB_ENV: join(dir, files.env),
    GITHUB_PATH: join(dir, files.path),
    GITHUB_STEP_SUMMARY: join(dir, files.summary),
    ...opts.env
  }
  // Hyphens stay in the name (INPUT_GITHUB-TOKEN): core reads it that way.
  for (const [k, v] of Object.entries(inputs))
    env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
  const { exitCode, stdout, stderr } = await spawnNode(
    opts.entry ?? join(ROOT, 'dist/index.js'),
    opts.workspace,
    env,
    opts.timeoutMs ?? 120_000
  )
  gh.state.finishRun(run.id, exitCode === 0 ? 'success' : 'failure')
  const commands = parseCommands(stdout)
  const read = (f: string) => readFileSync(join(dir, f), 'utf8')
  return {
    exitCode,
    stdout,
    stderr,
    commands,
    annotations: annotations(commands),
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    groups: groups(stdout),
    outputs: parseFileCommands(read(files.output)),
    state: parseFileCommands(read(files.state)),
    env: parseFileCommands(read(files.env)),
    summary: read(files.summary),
    runnerDir: dir
  }
}

function defaultEvent(gh: LoopbackGitHub, run: WorkflowRun): Record<string, unknown> {
  if (run.event === 'workflow_dispatch') return workflowDispatchEvent(gh, run)
  if (run.event === 'issue_comment') {
    const c = gh.state.comments.at(-1)
    if (!c) throw new Error('an issue_comment run needs a comment (or pass `event`)')
    return issueCommentEvent(gh, c)
  }
  return { repository: gh.rest.shapes.repository(), sender: gh.rest.shapes.user(run.actor) }
}

function spawnNode(entry: string, cwd: string, env: Record<string, string>, timeoutMs: number) {
  return new Promise<{ exitCode: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [entry], {
        cwd,
        env,
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(
          new Error(
            `the action did not finish in ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`
          )
        )
      }, timeoutMs)
      child.on('error', reject)
      child.on('close', (code) => {
        clearTimeout(timer)
        resolve({ exitCode: code, stdout, stderr })
      })
    }
  )
}

/**
 * An action's stderr without the one warning its bundled artifact client prints on download:
 * unzip-stream (latest, 0.3.4) calls Buffer(), and Node reports DEP0005 for code outside
 * node_modules, which is what a bundle is. Anything else on stderr is kept.
 */
export const stderrBesidesDep0005 = (stderr: string): string =>
  stderr.replace(
    /^\(node:\d+\) \[DEP0005\] DeprecationWarning: Buffer\(\) is deprecated[^\n]*\n(\(Use `node --trace-deprecation[^\n]*\n)?/m,
    ''
  )
