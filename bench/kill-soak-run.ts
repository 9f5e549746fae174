// One run of the kill -9 soak (bench/kill-soak.ts, test/cli/kill-soak.test.ts): `exec` of a runbook
// of S `mark` steps is killed with SIGKILL at a chosen moment, its first resume optionally killed
// too, then resumed to the end and verified. What the group-commit guarantee promises is checked:
// - no completed step lost: every step passed in the trace at a kill is passed, once, at the end;
// - no completed step repeated: such a step ran exactly once (`mark` appends a line per
//   execution); only a step in flight at a kill may run again, once per kill;
// - the run resumes (exit 0) and verifies (exit 0).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** How the CLI is started: a command and the arguments before the subcommand. */
export interface SoakCli {
  command: string
  args: string[]
}

/** When to kill: after `ms` milliseconds, or once `marks` steps have run their command. */
export type KillAt = { ms: number } | { marks: number }

export interface SoakRun {
  cli: SoakCli
  /** An empty directory the run owns. */
  dir: string
  steps: number
  /** test/fixtures/bin, where `mark` lives. */
  binDir: string
  kill: KillAt
  /** Kill the first resume too (only when the exec was killed). */
  resumeKill?: KillAt
}

export interface SoakOutcome {
  /** How many SIGKILLs landed (0, 1 or 2). */
  kills: number
  /** Killed before run_started was recorded: nothing ran, nothing to resume. */
  beforeRun: boolean
  /** Steps that ran twice (each caught in flight by a kill). */
  twice: number
  problems: string[]
}

const lines = (path: string): string[] =>
  existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
    : []

interface TraceLine {
  type: string
  result?: { step_id: string; status: string }
}

/** The run's id and its complete trace lines (a torn last line after a kill is left out). */
function traceOf(dir: string): { runId?: string; records: TraceLine[] } {
  const runs = existsSync(join(dir, 'runs')) ? readdirSync(join(dir, 'runs')) : []
  const runId = runs[0]
  if (runId === undefined) return { records: [] }
  const records = lines(join(dir, 'runs', runId, 'trace.jsonl')).flatMap((l) => {
    try {
      return [JSON.parse(l) as TraceLine]
    } catch {
      return []
    }
  })
  return { runId, records }
}

const passed = (records: TraceLine[]): string[] =>
  records.flatMap((r) =>
    r.type === 'step_result' && r.result?.status === 'passed' ? [r.result.step_id] : []
  )

export function soakRunbook(steps: number): string {
  const list = Array.from(
    { length: steps },
    (_, i) => `  - {id: s${i + 1}, type: cli, with: {argv: [mark, s${i + 1}]}}`
  )
  return `apiVersion: runbook/v0\nmeta: {name: soak, governance: {allowed_commands: [mark]}}\nsteps:\n${list.join('\n')}\n`
}

function env(o: SoakRun): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NO_COLOR: '1',
    NODE_OPTIONS: '',
    PATH: `${o.binDir}:${process.env.PATH ?? ''}`,
    MARK_FILE: join(o.dir, 'marks.txt')
  }
}

/** Runs the CLI with `args`; kills it at `at`. Resolves 'killed' or its exit code. */
export function runKilled(o: SoakRun, args: string[], at: KillAt): Promise<'killed' | number> {
  return new Promise((resolve) => {
    const child = spawn(o.cli.command, [...o.cli.args, ...args], {
      cwd: o.dir,
      env: env(o),
      stdio: 'ignore'
    })
    let killed = false
    const kill = () => {
      killed = true
      child.kill('SIGKILL')
    }
    const marks = join(o.dir, 'marks.txt')
    const timer =
      'ms' in at
        ? setTimeout(kill, at.ms)
        : setInterval(() => {
            if (lines(marks).length >= at.marks) kill()
          }, 2)
    child.on('exit', (code) => {
      clearTimeout(timer)
      clearInterval(timer)
      resolve(killed ? 'killed' : (code ?? -1))
    })
  })
}

export function runCli(o: SoakRun, args: string[]): { status: number; stdout: string } {
  const r = spawnSync(o.cli.command, [...o.cli.args, ...args], {
    cwd: o.dir,
    env: env(o),
    encoding: 'utf8'
  })
  return { status: r.status ?? -1, stdout: r.stdout }
}

const settle = () => new Promise((r) => setTimeout(r, 50)) // an orphaned `mark` finishes its line

/** One soak run: kill, (kill the resume,) resume to the end, verify; what went wrong, if anything. */
export async function soakOnce(o: SoakRun): Promise<SoakOutcome> {
  writeFileSync(join(o.dir, 'soak.yaml'), soakRunbook(o.steps))
  const out: SoakOutcome = { kills: 0, beforeRun: false, twice: 0, problems: [] }
  const first = await runKilled(o, ['exec', 'soak.yaml', '--runs-dir', 'runs'], o.kill)
  if (first === 'killed') out.kills++
  await settle()
  const { runId, records } = traceOf(o.dir)
  const ranMarks = lines(join(o.dir, 'marks.txt'))
  if (runId === undefined || records.length === 0) {
    out.beforeRun = true
    if (ranMarks.length > 0) out.problems.push('a step ran before run_started was recorded')
    return out
  }
  // What each kill found completed, in order.
  const completed = [passed(records)]
  if (first === 'killed' && o.resumeKill !== undefined) {
    const second = await runKilled(o, ['resume', runId, '--runs-dir', 'runs'], o.resumeKill)
    if (second === 'killed') {
      out.kills++
      await settle()
      completed.push(passed(traceOf(o.dir).records))
    }
  }
  // A kill after run_finished was durable but before run.json was written leaves a finished run
  // that is not committed: resume commits it (nothing runs again), as an operator would.
  const finished = traceOf(o.dir).records.some((r) => r.type === 'run_finished')
  if (!finished || !existsSync(join(o.dir, 'runs', runId, 'run.json'))) {
    const resumed = runCli(o, ['resume', runId, '--runs-dir', 'runs'])
    if (resumed.status !== 0) out.problems.push(`resume exited ${resumed.status}`)
  }
  const expected = Array.from({ length: o.steps }, (_, k) => `s${k + 1}`)
  const final = passed(traceOf(o.dir).records)
  if (final.join(',') !== expected.join(','))
    out.problems.push(`passed steps at the end: ${final.join(',')}`)
  const counts = new Map<string, number>()
  for (const m of lines(join(o.dir, 'marks.txt'))) counts.set(m, (counts.get(m) ?? 0) + 1)
  for (const id of expected) {
    const n = counts.get(id) ?? 0
    // A kill before the step's result was durable may have caught it in flight, once.
    const seenAt = completed.findIndex((c) => c.includes(id))
    const allowed = 1 + (seenAt === -1 ? out.kills : seenAt)
    if (n < 1 || n > allowed) out.problems.push(`step ${id} ran ${n} times (at most ${allowed})`)
    if (n > 1) out.twice++
  }
  if (out.twice > out.kills)
    out.problems.push(`${out.twice} steps ran twice after ${out.kills} kills`)
  const verify = runCli(o, ['verify', runId, '--runs-dir', 'runs'])
  if (verify.status !== 0)
    out.problems.push(`verify exited ${verify.status}: ${verify.stdout.slice(0, 300)}`)
  return out
}
