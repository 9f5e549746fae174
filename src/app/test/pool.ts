// Scenarios spread over worker processes, one per core: each worker is this CLI started again with
// the hidden `__test-worker` command; it reads one job per line on stdin and answers one result per
// line on stdout. Jobs are handed out one at a time, so a slow scenario never holds up the others,
// and results are put back in job order.
import type { ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { shown } from './discover.js'
import type { ScenarioResult } from './result.js'
import type { RunbookCache, ScenarioJob } from './run-scenario.js'
import { runScenario } from './run-scenario.js'

/** Starts one worker process (stdin and stdout piped). */
export type WorkerSpawn = () => ChildProcess

/** Runs `jobs` on up to `size` workers; a worker that dies fails its job with the reason. */
export async function runInWorkers(
  jobs: readonly ScenarioJob[],
  size: number,
  spawnWorker: WorkerSpawn
): Promise<ScenarioResult[]> {
  const results: (ScenarioResult | undefined)[] = jobs.map(() => undefined)
  let next = 0
  const workers = Math.max(1, Math.min(size, jobs.length))
  await Promise.all(
    Array.from({ length: workers }, async () => {
      const child = spawnWorker()
      const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })
      const answers = lines[Symbol.asyncIterator]()
      child.stdin?.on('error', () => undefined)
      let stderr = ''
      child.stderr?.on('data', (chunk: Buffer) => {
        if (stderr.length < 4096) stderr += chunk.toString('utf8')
      })
      const exited = new Promise<string>((done) =>
        child.on('close', (code, signal) =>
          done(
            `the worker process exited (${signal ?? `code ${String(code)}`})${stderr === '' ? '' : `: ${stderr.trim()}`}`
          )
        )
      )
      try {
        while (next < jobs.length) {
          const i = next++
          const job = jobs[i] as ScenarioJob
          child.stdin?.write(`${JSON.stringify(job)}\n`)
          const answer = await Promise.race([answers.next(), exited])
          if (typeof answer === 'string' || answer.done === true) {
            results[i] = crashed(job, typeof answer === 'string' ? answer : await exited)
            // The jobs left go to the other workers (or, with none left, fail as never run).
            break
          }
          results[i] = JSON.parse(answer.value) as ScenarioResult
        }
      } finally {
        child.stdin?.end()
        lines.close()
      }
    })
  )
  return results.map((r, i) => r ?? crashed(jobs[i] as ScenarioJob, 'no worker ran it'))
}

function crashed(job: ScenarioJob, why: string): ScenarioResult {
  return {
    runbook: shown(job.cwd, job.runbook),
    name: job.scenario.name,
    status: 'error',
    durationMs: 0,
    failures: [{ kind: 'input', message: why }],
    diagnostics: [],
    reached: [],
    assertions: []
  }
}

/** The worker's side: one job per line in, one result per line out, until stdin ends. */
export async function serveWorker(
  input: NodeJS.ReadableStream,
  write: (line: string) => void
): Promise<void> {
  const cache: RunbookCache = new Map()
  for await (const line of createInterface({ input })) {
    if (line.trim() === '') continue
    write(`${JSON.stringify(await runScenario(JSON.parse(line) as ScenarioJob, cache))}\n`)
  }
}
