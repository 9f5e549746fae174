#!/usr/bin/env node
// Runs the Action's steps of every examples/workflows/*.yml as a runner would: `node dist/index.js`
// with INPUT_* (the step's `with:` over action.yml's defaults), GITHUB_* and the runner's file
// commands, step after step so `${{ steps.ID.outputs.NAME }}` resolves. Other steps (checkout, run)
// are skipped: the workspace is already a copy of the repository. Outside a runner there is no
// artifact service, so the Action warns and keeps the run directory in the workspace.
// Usage: node scripts/run-example-workflows.mjs WORKSPACE   (WORKSPACE holds dist/ and examples/)
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

const workspace = resolve(process.argv[2] ?? '.')
const dir = join(workspace, 'examples/workflows')
const action = parse(readFileSync(join(workspace, 'action.yml'), 'utf8'))
let failed = 0
let runs = 0

/** `${{ expr }}` as the runner evaluates it, for the contexts the examples use. */
function evaluate(value, ctx) {
  return String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr) => {
    const steps = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr)
    if (steps) return ctx.outputs[steps[1]]?.[steps[2]] ?? ''
    if (expr === 'github.token') return 'ghs_example0000000000000000000000000000'
    if (expr === 'github.run_id') return ctx.runId
    if (/^secrets\.\w+$/.test(expr)) return 'example-secret-value'
    if (/^inputs\.[\w-]+$/.test(expr)) return ctx.inputs[expr.slice(7)] ?? ''
    throw new Error(`unsupported expression \${{ ${expr} }}`)
  })
}

/** Reads the `name<<DELIM ... DELIM` blocks @actions/core writes to GITHUB_OUTPUT. */
function readOutputs(text) {
  const out = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const body = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) body.push(lines[i])
    out[m[1]] = body.join('\n')
  }
  return out
}

for (const file of readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()) {
  const wf = parse(readFileSync(join(dir, file), 'utf8'))
  if (wf.permissions?.issues === 'write') {
    // Pausing through an issue, answering and resuming need GitHub's REST API, which is a closed
    // port here: test/action/examples.e2e.test.ts runs these against the loopback GitHub.
    process.stdout.write(`skip ${file}: needs the GitHub API (test/action/examples.e2e.test.ts)\n`)
    continue
  }
  const dispatchInputs = wf.on?.workflow_dispatch?.inputs ?? {}
  const inputs = Object.fromEntries(
    Object.entries(dispatchInputs).map(([k, v]) => [k, String(v.default ?? '')])
  )
  for (const [jobName, job] of Object.entries(wf.jobs)) {
    const runner = mkdtempSync(join(tmpdir(), 'example-runner-'))
    const ctx = { outputs: {}, inputs, runId: String(1000 + runs++) }
    for (const [n, step] of (job.steps ?? []).entries()) {
      if (
        typeof step.uses !== 'string' ||
        !/^(governed-runbook\/governed-runbook@|\.\/?$)/.test(step.uses)
      )
        continue
      const files = Object.fromEntries(
        ['output', 'summary', 'env', 'state', 'path'].map((f) => {
          const p = join(runner, `${n}-${f}`)
          writeFileSync(p, '')
          return [f, p]
        })
      )
      const env = {
        PATH: process.env.PATH,
        HOME: process.env.HOME ?? runner,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_REPOSITORY: 'example/repo',
        GITHUB_RUN_ID: ctx.runId,
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'example',
        GITHUB_SERVER_URL: 'https://github.com',
        RUNNER_TEMP: runner,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_ENV: files.env,
        GITHUB_STATE: files.state,
        GITHUB_PATH: files.path,
        ...pullRequestEvent(wf, runner)
      }
      for (const [name, spec] of Object.entries(action.inputs)) {
        const given = step.with?.[name]
        const value = given ?? spec.default
        if (value !== undefined) env[`INPUT_${name.toUpperCase()}`] = evaluate(value, ctx).trim()
      }
      for (const name of Object.keys(step.with ?? {}))
        if (!(name in action.inputs))
          throw new Error(
            `${file}: step ${n + 1} gives an input '${name}' that action.yml does not declare`
          )
      const r = spawnSync(process.execPath, [join(workspace, 'dist/index.js')], {
        cwd: workspace,
        env,
        encoding: 'utf8'
      })
      const label = `${file} ${jobName} step ${n + 1} (${step.with?.command ?? 'validate'})`
      if (step.id) ctx.outputs[step.id] = readOutputs(readFileSync(files.output, 'utf8'))
      if (r.status !== 0) {
        failed++
        process.stderr.write(`FAIL ${label}: exit ${r.status}\n${r.stdout}${r.stderr}\n`)
      } else {
        const summary = readFileSync(files.summary, 'utf8')
        const outputs = readOutputs(readFileSync(files.output, 'utf8'))
        process.stdout.write(
          `ok   ${label}${outputs.status ? `: ${outputs.status}` : ''}${summary ? `, summary ${summary.length} bytes` : ''}\n`
        )
      }
    }
  }
}
/**
 * A workflow `on: pull_request` gets a pull_request event whose base is an empty commit, so the pull
 * request changes every file of the workspace (each example runbook is tested). The REST API is a
 * closed port here: the Action falls back to git diff against the base, as in a shallow-API job.
 */
function pullRequestEvent(wf, runner) {
  if (wf.on?.pull_request === undefined) return {}
  const git = (...args) =>
    spawnSync('git', args, {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'example',
        GIT_AUTHOR_EMAIL: 'example@example.com',
        GIT_COMMITTER_NAME: 'example',
        GIT_COMMITTER_EMAIL: 'example@example.com'
      }
    }).stdout.trim()
  if (git('rev-parse', '--is-inside-work-tree') !== 'true') {
    git('init', '-q')
    git('commit', '-q', '--allow-empty', '-m', 'base')
    git('tag', 'pr-base')
    git('add', '-A')
    git('commit', '-q', '-m', 'the pull request')
  }
  const event = join(runner, 'event.json')
  const number = 1
  writeFileSync(
    event,
    JSON.stringify({
      action: 'opened',
      number,
      pull_request: {
        number,
        base: { sha: git('rev-parse', 'pr-base') },
        head: { sha: git('rev-parse', 'HEAD') }
      },
      repository: { full_name: 'example/repo' }
    })
  )
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_API_URL: 'http://127.0.0.1:9'
  }
}

if (failed > 0) {
  process.stderr.write(`${failed} example workflow step(s) failed\n`)
  process.exit(1)
}
