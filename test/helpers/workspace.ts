// A temporary working directory for end-to-end runs, with helpers to read what a run wrote.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TraceRecord } from '../../src/engine/events.js'
import { cli } from './cli.js'
import type { CliRun } from './cli.js'

export interface Workspace {
  dir: string
  runsDir: string
  /** Runs the CLI in-process in this directory, with the real PATH and no colour. */
  run(args: string[], env?: Record<string, string>): Promise<CliRun>
  /** The only run id (fails when there is not exactly one). */
  onlyRun(): string
  trace(runId: string): TraceRecord[]
  runDir(runId: string): string
  cleanup(): void
}

export function workspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-e2e-'))
  const runsDir = join(dir, '.runbook', 'runs')
  return {
    dir,
    runsDir,
    run: (args, env = {}) =>
      cli(args, { cwd: dir, env: { ...process.env, NO_COLOR: '1', ...env } }),
    onlyRun: () => {
      const runs = readdirSync(runsDir)
      if (runs.length !== 1) throw new Error(`expected one run, found ${runs.join(', ')}`)
      return runs[0] as string
    },
    trace: (runId) =>
      readFileSync(join(runsDir, runId, 'trace.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as TraceRecord),
    runDir: (runId) => join(runsDir, runId),
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}
