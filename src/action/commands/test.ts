// `command: test`: the pull-request check. Replays the scenarios of the runbooks under `paths`
// (globs), or by default of the runbooks the pull request changed (or whose scenarios, evidence,
// expectations or inputs it changed), annotates each failure at the failing step's line (or the
// scenario's line for an expectation never consumed), writes the summary, and reports a changed
// TSG whose compiled runbook is now stale.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TestRun } from '../../app/test/index.js'
import { findRunbooks, runTests, scenarioText, tally } from '../../app/test/index.js'
import { affectedRunbooks, changedTsgs } from '../../app/test/affected.js'
import { checkStale } from '../../app/test/stale.js'
import type { StaleCheck } from '../../app/test/stale.js'
import type { Annotation } from '../annotations.js'
import { emitAnnotations } from '../app-errors.js'
import { changedFiles, pullRequestOf } from '../changed-files.js'
import { Outputs, RUNS_SUBDIR, STATE_DIR } from '../constants.js'
import type { ActionPorts, CommandResult } from '../ports.js'
import type { Settings } from '../settings.js'
import { renderTestSummary } from '../test-summary.js'

/** Runs the check; the job fails when a scenario fails, an input is invalid or coverage is low. */
export async function testCommand(s: Settings, ports: ActionPorts): Promise<CommandResult> {
  const ws = s.runner.workspace
  const target = await chooseRunbooks(s, ports)
  if ('failed' in target) return target
  const run: TestRun =
    target.runbooks.length === 0
      ? { runbooks: [], missing: [] }
      : await runTests({
          paths: target.runbooks,
          cwd: ws,
          runsDir: join(ws, STATE_DIR, RUNS_SUBDIR),
          vars: s.vars,
          actor: s.runner.actor ?? 'github-actions',
          jobs: 1
        })
  const stale: StaleCheck[] = []
  for (const { tsg, runbooks } of target.tsgs)
    for (const runbook of runbooks) stale.push(await checkStale(ws, tsg, runbook))
  ports.startGroup(`runbook test: ${run.runbooks.length} runbook(s) ${target.scope}`)
  for (const r of run.runbooks) for (const sc of r.scenarios) ports.info(scenarioText(sc).trimEnd())
  ports.endGroup()
  annotate(run, stale, ports)
  await ports.summary(
    renderTestSummary({
      run,
      scope: target.scope,
      skipped: target.skipped,
      stale,
      ...(s.minCoverage === undefined ? {} : { minCoverage: s.minCoverage })
    })
  )
  const t = tally(run)
  const below =
    s.minCoverage === undefined
      ? []
      : run.runbooks.filter(
          (r) => r.coverage !== undefined && r.coverage.totals.percent < (s.minCoverage as number)
        )
  const staleCount = stale.filter((x) => x.stale || x.error !== undefined).length
  const problems = [
    t.failed > 0 ? `${t.failed} scenario${t.failed === 1 ? '' : 's'} failed` : '',
    t.errors + t.invalid > 0
      ? `${t.errors + t.invalid} invalid input${t.errors + t.invalid === 1 ? '' : 's'}`
      : '',
    run.missing.length > 0 ? `paths not found: ${run.missing.join(', ')}` : '',
    below.length > 0
      ? `coverage below ${String(s.minCoverage)}%: ${below.map((r) => r.runbook).join(', ')}`
      : '',
    staleCount > 0
      ? `${staleCount} compiled runbook${staleCount === 1 ? ' is' : 's are'} stale`
      : ''
  ].filter((p) => p !== '')
  ports.info(`${t.passed} passed, ${t.failed} failed`)
  ports.setOutput(Outputs.Status, problems.length === 0 ? 'passed' : 'failed')
  return problems.length === 0
    ? {}
    : { failed: `runbook test: ${problems.join('; ')}. See the annotations and the job summary.` }
}

interface Target {
  runbooks: string[]
  tsgs: { tsg: string; runbooks: string[] }[]
  scope: string
  skipped: string[]
}

async function chooseRunbooks(
  s: Settings,
  ports: ActionPorts
): Promise<Target | (CommandResult & { failed: string })> {
  const ws = s.runner.workspace
  if (s.paths.length > 0) {
    const runbooks = await expandPaths(ws, s.paths)
    return { runbooks, tsgs: [], scope: `under paths (${s.paths.join(', ')})`, skipped: [] }
  }
  const payload = await readEvent(s.runner.eventPath)
  const pr = pullRequestOf(payload, s.runner.repository)
  if (pr === undefined)
    return {
      failed: `command 'test' needs a pull_request event to find the changed runbooks, or the 'paths' input (this is a '${s.runner.eventName ?? 'unknown'}' event)`
    }
  const changed = await changedFiles(pr, { url: s.runner.apiUrl, token: s.githubToken }, ws, (t) =>
    ports.info(t)
  )
  if ('error' in changed)
    return { failed: `command 'test': cannot list the changed files: ${changed.error}` }
  ports.info(`changed files (${changed.via}): ${changed.files.length}`)
  const runbooks = await affectedRunbooks(ws, changed.files)
  const all = (await findRunbooks(ws, ['.'])).runbooks.map((f) =>
    f
      .slice(ws.length + 1)
      .split('\\')
      .join('/')
  )
  return {
    runbooks,
    tsgs: await changedTsgs(ws, changed.files),
    scope: `changed by pull request #${pr.number}`,
    skipped: all.filter((f) => !runbooks.includes(f))
  }
}

async function readEvent(path: string | undefined): Promise<unknown> {
  if (path === undefined || path === '') return undefined
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown
  } catch {
    return undefined
  }
}

/** Each `paths` line: a file or directory, or a glob (`*`, `**`, `?`) over the workspace's runbooks. */
async function expandPaths(ws: string, patterns: readonly string[]): Promise<string[]> {
  const out = new Set<string>()
  let all: string[] | undefined
  for (const p of patterns) {
    if (!/[*?[]/.test(p)) {
      out.add(p)
      continue
    }
    all ??= (await findRunbooks(ws, ['.'])).runbooks.map((f) =>
      f
        .slice(ws.length + 1)
        .split('\\')
        .join('/')
    )
    const re = globRegExp(p.replace(/^\.\//, ''))
    for (const f of all) if (re.test(f)) out.add(f)
  }
  return [...out].sort()
}

/** `**` any directories, `*` and `?` within one path segment; everything else literal. */
export function globRegExp(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/'
      re += slash ? '(?:.*/)?' : '.*'
      i += slash ? 2 : 1
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/** Failures at the failing step's line, or at the line of the scenario or test.yaml they concern. */
function annotate(run: TestRun, stale: readonly StaleCheck[], ports: ActionPorts): void {
  const all: Annotation[] = []
  for (const r of run.runbooks) {
    for (const d of r.diagnostics)
      all.push({
        level: d.severity === 'error' ? 'error' : 'warning',
        title: `${d.rule} (runbook test)`,
        message: d.message,
        file: d.file,
        line: d.line,
        col: d.col,
        rank: 0
      })
    const lineOf = (id: string): number | undefined =>
      r.coverage?.steps.find((x) => x.id === id)?.line
    for (const sc of r.scenarios) {
      for (const d of sc.diagnostics)
        all.push({
          level: 'error',
          title: `Scenario ${sc.name}: ${d.rule}`,
          message: d.message,
          file: d.file,
          line: d.line,
          col: d.col,
          rank: 0
        })
      for (const f of sc.failures) {
        const message = f.detail === undefined ? f.message : `${f.message}\n${f.detail}`
        const title = `Scenario ${sc.name} failed`
        const stepLine = f.step === undefined ? undefined : lineOf(f.step)
        if (f.kind === 'unconsumed' && f.file !== undefined)
          all.push({
            level: 'error',
            title,
            message,
            file: f.file,
            ...(f.line === undefined ? {} : { line: f.line }),
            rank: 1
          })
        else if (stepLine !== undefined)
          all.push({
            level: 'error',
            title,
            message,
            file: r.runbook,
            line: stepLine,
            rank: f.kind === 'status' || f.kind === 'failure' ? 0 : 2
          })
        else if (f.file !== undefined)
          all.push({
            level: 'error',
            title,
            message,
            file: f.file,
            ...(f.line === undefined ? {} : { line: f.line }),
            rank: 2
          })
        else all.push({ level: 'error', title, message, file: r.runbook, line: 1, rank: 2 })
      }
    }
  }
  for (const x of stale)
    if (x.stale || x.error !== undefined)
      all.push({
        level: 'warning',
        title: 'Stale compiled runbook',
        message:
          x.error ??
          `${x.tsg} changed since ${x.runbook} was compiled from it: compile it again (runbook compile ${x.tsg} -o ${x.runbook}); the job summary has the diff`,
        file: x.runbook,
        line: 1,
        rank: 0
      })
  emitAnnotations(all, ports)
}
