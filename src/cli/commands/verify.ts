// `runbook verify RUN`: checks a run directory (hash chain, manifest, snapshots, seed §8 rules).
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { formatVerifyReport, verifyRun } from '../../trace/index.js'
import { ExitCode } from '../exit-codes.js'
import type { CliIo } from '../io.js'
import { DEFAULT_RUNS_DIR } from '../outcome.js'

export interface VerifyOptions {
  format: 'text' | 'json'
  runsDir?: string
  allowSkips?: boolean
}

/** Verifies a run given as a directory or as a run id under the runs directory; exit 0 or 1. */
export async function verifyCommand(run: string, opts: VerifyOptions, io: CliIo): Promise<number> {
  const direct = resolve(io.cwd, run)
  const dir = (await isDir(direct))
    ? direct
    : resolve(io.cwd, opts.runsDir ?? DEFAULT_RUNS_DIR, run)
  if (!(await isDir(dir))) {
    const looked = dir === direct ? direct : `${direct} and ${dir}`
    io.stderr.write(`runbook: no run directory '${run}' (looked for ${looked})\n`)
    return ExitCode.InvalidInput
  }
  const report = await verifyRun(dir, { allowSkips: opts.allowSkips === true })
  io.stdout.write(
    opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatVerifyReport(report)
  )
  return report.ok ? ExitCode.Ok : ExitCode.StepFailed
}

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}
