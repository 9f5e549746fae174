// Benchmark: the Action's start, from the runner spawning `node dist/index.js` to its first step,
// against Node spawned to create a file as its first statement (the floor of any Node action),
// interleaved over several rounds. The Action runs `command: run` of a one-step runbook against
// loopback GitHub (REST fake + artifact service on Azurite, as the e2e tests use); the step is
// `touch first-step` in the job's checkout, and the time to the step is the file's birth time
// (statx) minus the moment of the spawn. The whole job (to its exit, artifact uploaded) is timed
// too. With --before DIR another build's index.js runs in the same rounds.
// Usage: node --import tsx bench/action-start.ts [--rounds R] [--before DIR]
import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { startLoopbackGitHub } from '../test/helpers/github/index.js'
import { runJob, workspace } from '../test/helpers/github/job.js'

const at = process.argv.indexOf('--rounds')
const ROUNDS = at === -1 ? 7 : Number(process.argv[at + 1])
const beforeAt = process.argv.indexOf('--before')
const entries: Record<string, string> = { after: resolve('dist/index.js') }
if (beforeAt !== -1) entries.before = resolve(process.argv[beforeAt + 1] ?? '', 'index.js')

const RUNBOOK = `apiVersion: runbook/v0
meta:
  name: action-start
  governance: {allowed_commands: [touch]}
steps:
  - {id: first, type: cli, with: {argv: [touch, first-step]}}
`
const now = (): number => performance.timeOrigin + performance.now()
const born = (file: string): number => statSync(file).birthtimeMs

const gh = await startLoopbackGitHub()
const toStep: Record<string, number[]> = { floor: [] }
const job: Record<string, number[]> = {}
try {
  for (let r = 0; r < ROUNDS; r++) {
    const ws = workspace({})
    const t0 = now()
    const marker = join(ws, 'floor')
    const floor = spawnSync(process.execPath, [
      '-e',
      `require('fs').writeFileSync(${JSON.stringify(marker)}, '')`
    ])
    if (floor.status !== 0) throw new Error(`node -e exited ${floor.status}`)
    toStep.floor?.push(born(marker) - t0)
    for (const [name, entry] of Object.entries(entries)) {
      const dir = workspace({ 'runbook.yaml': RUNBOOK })
      const run = gh.state.startRun({
        workflow: 'runbook.yml',
        event: 'workflow_dispatch',
        actor: 'alice'
      })
      const start = now()
      const res = await runJob(gh, entry, run, dir, { command: 'run', runbook: 'runbook.yaml' })
      const end = now()
      if (res.exitCode !== 0)
        throw new Error(`${name}: the job failed:\n${res.stdout}\n${res.stderr}`)
      ;(toStep[name] ??= []).push(born(join(dir, 'first-step')) - start)
      ;(job[name] ??= []).push(end - start)
    }
  }
} finally {
  await gh.stop()
}

const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b)
const min = (xs: number[]): number => sorted(xs)[0] ?? NaN
const median = (xs: number[]): number => sorted(xs)[Math.floor(xs.length / 2)] ?? NaN
const load = spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout.split(' ').slice(0, 3)
console.log(`${ROUNDS} interleaved rounds, node ${process.version}, load ${load.join(' ')}`)
const floor = toStep.floor ?? []
for (const [name, xs] of Object.entries(toStep)) {
  const ratio = `${(min(xs) / min(floor)).toFixed(2)}x / ${(median(xs) / median(floor)).toFixed(2)}x`
  const label = name === 'floor' ? 'node, first statement' : `${name}: Action to its first step`
  console.log(
    `  ${label.padEnd(36)} min ${min(xs).toFixed(0).padStart(5)} ms  median ${median(xs).toFixed(0).padStart(5)} ms  vs node (min / median): ${ratio}`
  )
}
for (const [name, xs] of Object.entries(job))
  console.log(
    `  ${`${name}: whole job (artifact uploaded)`.padEnd(36)} min ${min(xs).toFixed(0).padStart(5)} ms  median ${median(xs).toFixed(0).padStart(5)} ms`
  )
