// Replay speed as a user meets it (issue 16): `runbook test` of one scenario of an N-step runbook
// (runScenario: the runbook read and validated, the scenario read and parsed, the run replayed into
// a real run directory, judged) against `runbook exec --mode dry-run` of the same runbook (read,
// validated, planned), both in this process from files on disk, in interleaved rounds, wall and
// CPU time (user + system of this process, which load moves less), with the load average.
// Also timed: the two parses alone (what both sides or only the replay pay), so the ratio of what
// is left, the run against the plan, can be read too; and with --durable, one replay at the
// headline size into a durable run directory (`runbook exec --mode replay`: fdatasync per step).
// Run: node --import tsx bench/replay-product.mjs [--runs N] [--steps N] [--sizes 1000,3000] [--durable]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { arch, cpus, platform, release, tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadRunbookForRun } from '../src/app/load.js'
import { startRunbook } from '../src/app/start.js'
import { runScenario } from '../src/app/test/run-scenario.js'
import { readScenarioFile } from '../src/providers/replay/index.js'
import { verifyRun } from '../src/trace/verify.js'
import { interleaved as inRounds, runbookText, scenarioText, timed } from './replay-common.mjs'

const option = (name) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? undefined : process.argv[i + 1]
}
const RUNS = Number(option('--runs') ?? 3)
const HEAD = Number(option('--steps') ?? 10000)
const SIZES = [
  ...new Set([...(option('--sizes') ?? '1000,3000').split(',').map(Number), HEAD])
].sort((a, b) => a - b)

const io = (cwd) => ({
  env: {},
  cwd,
  interactive: false,
  warn: () => undefined,
  note: () => undefined,
  watch: () => ({
    signal: new globalThis.AbortController().signal,
    onRecord: () => undefined,
    close: () => undefined
  })
})

/** The runbook and its scenario on disk, as `runbook test` finds them. */
function inputs(n) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-replay-product-'))
  const runbook = join(dir, `bench-${n}.yaml`)
  writeFileSync(runbook, runbookText(n))
  const scenarios = join(dir, `bench-${n}.scenarios`)
  mkdirSync(scenarios)
  const scenario = join(scenarios, 'main.yaml')
  writeFileSync(scenario, scenarioText(n))
  return { dir, runbook, scenario, scenarios }
}

/** `runbook test` of the scenario: a fresh runbook cache, so the runbook is read like the dry-run's. */
async function test(input, runsDir = join(input.dir, 'runs')) {
  const result = await runScenario(
    {
      runbook: input.runbook,
      scenario: { name: 'main', scenario: input.scenario, dir: input.scenarios },
      cwd: input.dir,
      runsDir,
      vars: [],
      actor: 'bench'
    },
    new Map()
  )
  if (result.status !== 'passed') throw new Error(`the replay ${result.status}`)
  return join(input.dir, result.runDir)
}

async function dryRun(input) {
  const loaded = await loadRunbookForRun(input.runbook, input.dir)
  const req = { mode: 'dry-run', vars: [], actor: 'bench', runsDir: 'runs', delay: false }
  const out = await startRunbook(loaded, req, io(input.dir))
  if (out.kind !== 'plan') throw new Error('no plan')
}

async function durableReplay(input) {
  const loaded = await loadRunbookForRun(input.runbook, input.dir)
  const req = {
    mode: 'replay',
    scenario: input.scenario,
    vars: [],
    actor: 'bench',
    runsDir: 'durable-runs',
    delay: false
  }
  const out = await startRunbook(loaded, req, io(input.dir))
  if (out.kind !== 'run' || out.state.status !== 'passed') throw new Error('the replay failed')
}

const parseRunbook = (input) => loadRunbookForRun(input.runbook, input.dir)
const parseScenario = async (input) => {
  const read = await readScenarioFile(input.scenario)
  if (read.scenario === undefined) throw new Error('the scenario does not load')
}

const interleaved = (fns) => inRounds(fns, RUNS)

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
const ms = (x) => `${x.toFixed(0)}`.padStart(7)
const us = (x, n) => `${((x / n) * 1000).toFixed(0)}`.padStart(5)
const x = (a, b) => `${(a / b).toFixed(2)}x`.padStart(7)
console.log(
  `node ${process.version}, ${platform()} ${release()} ${arch()}, ${cpus()[0]?.model ?? '?'} x${cpus().length}`
)
console.log(`median of ${RUNS} interleaved rounds after one warm-up; load average ${load()}\n`)
console.log('`runbook test` of one scenario (run directory without fsync) vs `exec --mode dry-run`')
console.log(
  '        |      test (ms)     | dry-run (ms)  |  test / dry-run | parse (CPU ms)  | beyond parsing (CPU)'
)
console.log(
  '  steps |   wall    CPU µs/st|  wall    CPU  |   wall     CPU  | runbook scenario| test µs/st  dry µs/st  ratio'
)
for (const n of SIZES) {
  const input = inputs(n)
  const [t, d, pr, ps] = await interleaved([
    () => test(input),
    () => dryRun(input),
    () => parseRunbook(input),
    () => parseScenario(input)
  ])
  const runPart = t.cpu - pr.cpu - ps.cpu
  const planPart = d.cpu - pr.cpu
  console.log(
    `  ${String(n).padStart(5)} |${ms(t.wall)}${ms(t.cpu)} ${us(t.cpu, n)}|${ms(d.wall)}${ms(d.cpu)} |${x(t.wall, d.wall)} ${x(t.cpu, d.cpu)} |${ms(pr.cpu)}  ${ms(ps.cpu)} |    ${us(runPart, n)}       ${us(planPart, n)}  ${x(runPart, planPart)}`
  )
  if (n === HEAD) {
    const runDir = await test(input, join(input.dir, 'verified-runs'))
    const report = await verifyRun(runDir)
    const failed = report.checks.filter((c) => c.status !== 'ok')
    console.log(
      `          verify of that run directory: ${failed.length === 0 ? 'every check ok' : JSON.stringify(failed).slice(0, 400)}`
    )
    if (process.argv.includes('--durable')) {
      const durable = await timed(() => durableReplay(input))
      console.log(
        `          one durable replay (exec --mode replay, fdatasync per step): wall ${durable.wall.toFixed(0)} ms, CPU ${durable.cpu.toFixed(0)} ms = ${x(durable.wall, t.wall)} wall the test's`
      )
    }
  }
  rmSync(input.dir, { recursive: true, force: true })
}
console.log(`(load average ${load()})`)
