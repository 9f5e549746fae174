// `runbook test PATH...`: replay every scenario of every runbook found, judge each against its
// expectations, report (text, JSON, JUnit; coverage as text, lcov or JSON). Exit 0 all passed, 1 a
// scenario failed (or coverage is below --min-coverage, or a runbook is untested with
// --require-scenarios), 3 invalid input.
import { resolve } from 'node:path'
import { ExitCode } from '../exit-codes.js'
import type { CliIo } from '../io.js'
import { writeOutputFile } from '../output-file.js'
import { DEFAULT_RUNS_DIR } from '../outcome.js'
import { actorName } from '../../app/deps.js'
import type { RunbookCoverage, TestRun } from '../../app/test/index.js'
import {
  coverageJson,
  jsonReport,
  junitReport,
  lcov,
  runTests,
  tally,
  textReport
} from '../../app/test/index.js'

import type { COVERAGE_FORMATS, TEST_REPORT_FORMATS } from './test-formats.js'

export interface TestOptions {
  var: string[]
  runsDir?: string
  as?: string
  requireScenarios: boolean
  coverage: boolean
  coverageFile?: string
  coverageFormat: (typeof COVERAGE_FORMATS)[number]
  minCoverage?: string
  report?: (typeof TEST_REPORT_FORMATS)[number]
  reportFile?: string
  jobs?: string
}

/** Runs `runbook test`; returns the exit code. */
export async function testCommand(paths: string[], opts: TestOptions, io: CliIo): Promise<number> {
  const min = opts.minCoverage === undefined ? undefined : Number(opts.minCoverage)
  if (min !== undefined && !(opts.minCoverage?.trim() !== '' && min >= 0 && min <= 100))
    return usage(
      io,
      `--min-coverage takes a percentage from 0 to 100, got '${opts.minCoverage ?? ''}'`
    )
  const jobs = opts.jobs === undefined ? undefined : Number(opts.jobs)
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1))
    return usage(
      io,
      `--jobs takes a whole number of worker processes (1 or more), got '${opts.jobs ?? ''}'`
    )
  if (opts.reportFile !== undefined && opts.report === undefined)
    return usage(io, '--report-file needs --report text|json|junit')
  const run = await runTests({
    paths,
    cwd: io.cwd,
    runsDir: resolve(io.cwd, opts.runsDir ?? DEFAULT_RUNS_DIR),
    vars: opts.var,
    actor: actorName(opts.as, io.env),
    jobs: jobs ?? 'auto',
    ...(io.spawnWorker === undefined ? {} : { worker: io.spawnWorker })
  })
  const showCoverage = opts.coverage || min !== undefined
  const t = tally(run)
  // The terminal gets the text; a report goes to its file, or replaces the text on stdout.
  if (opts.report === undefined || opts.reportFile !== undefined)
    io.stdout.write(textReport(run, showCoverage))
  if (opts.report !== undefined) {
    const text =
      opts.report === 'json'
        ? jsonReport(run)
        : opts.report === 'junit'
          ? junitReport(run)
          : textReport(run, showCoverage)
    if (!(await output(io, opts.reportFile, text, `test report (${opts.report})`)))
      return ExitCode.InvalidInput
  }
  if (opts.coverageFile !== undefined) {
    const text =
      opts.coverageFormat === 'json'
        ? `${JSON.stringify(
            covered(run).map((c) => ({ runbook: c.runbook, ...coverageJson(c) })),
            null,
            2
          )}\n`
        : lcov(covered(run))
    if (!(await output(io, opts.coverageFile, text, `coverage (${opts.coverageFormat})`)))
      return ExitCode.InvalidInput
  }
  for (const u of t.untested)
    io.stderr.write(
      `runbook test: ${opts.requireScenarios ? 'error' : 'warning'}: ${u} has no scenario (untested); add ${u.replace(/\.ya?ml$/, '')}.scenario.yaml\n`
    )
  const below = min === undefined ? [] : covered(run).filter((c) => c.totals.percent < min)
  for (const c of below)
    io.stderr.write(
      `runbook test: ${c.runbook}: coverage ${c.totals.percent}% is below --min-coverage ${String(min)}%\n`
    )
  if (run.runbooks.length === 0 && run.missing.length === 0)
    io.stderr.write(`runbook test: no runbook found under ${paths.join(', ')}\n`)
  if (run.missing.length > 0 || t.invalid > 0 || t.errors > 0 || run.runbooks.length === 0)
    return ExitCode.InvalidInput
  if (t.failed > 0 || below.length > 0 || (opts.requireScenarios && t.untested.length > 0))
    return ExitCode.StepFailed
  return ExitCode.Ok
}

function covered(run: TestRun): RunbookCoverage[] {
  return run.runbooks.flatMap((r) => (r.coverage === undefined ? [] : [r.coverage]))
}

async function output(
  io: CliIo,
  file: string | undefined,
  text: string,
  what: string
): Promise<boolean> {
  if (file === undefined) {
    io.stdout.write(text)
    return true
  }
  return writeOutputFile(io, file, text, what, 'runbook test')
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`runbook: ${message}\n`)
  return ExitCode.InvalidInput
}
