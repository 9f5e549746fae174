// Replay speed (issue 4, issue 16): a generated runbook of N cli steps replayed against its
// generated scenario through the real engine driver (in-memory run store), against a dry-run
// (planRun) of the same runbook in the same process, in interleaved rounds, wall and CPU time.
// Then the same at 250/500/1000/2000 steps, also with snapshot persistence left out and with the
// matcher alone, to show which part grows how.
// Run: npm run bench:replay   (node --import tsx bench/replay-1000.mjs [--runs N] [--steps N]
//   [--file-store | --file-sizes 1000,3000,10000] [--no-table])
// --steps N: the headline size instead of 1,000 (also added to the per-size table).
// --file-store also replays that size once on the real run directory (a durable commit per step),
// then times `verify` of that run and opening it to resume (read, check and fold the trace);
// --file-sizes does that for each size and prints each one's cost per step against the first's.
// --no-table: stop after those (the per-size table replays every size RUNS times more).
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { arch, cpus, platform, release, tmpdir } from 'node:os'
import { join } from 'node:path'
import { startRun } from '../src/engine/driver.js'
import { planRun } from '../src/engine/plan.js'
import { foldTrace } from '../src/engine/reduce.js'
import {
  parseScenarioText,
  ReplayCliProvider,
  ReplayManualProvider,
  ReplayMatcher
} from '../src/providers/replay/index.js'
import { systemClock } from '../src/providers/system-clock.js'
import { validateRunbookText } from '../src/runbook/index.js'
import { createRun, openRun } from '../src/trace/index.js'
import { verifyRun } from '../src/trace/verify.js'
import { MemoryStore, PlainCollector } from '../test/helpers/engine-fakes.js'
import { interleaved as inRounds, runbookText, scenarioText, timed } from './replay-common.mjs'

const option = (name) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? undefined : Number(process.argv[i + 1])
}
const RUNS = option('--runs') || 3
/** The headline size (default 1,000); with --steps it is also added to the per-size table. */
const HEAD = option('--steps') || 1000
/** Sizes replayed on the real run directory: --file-sizes 1000,3000,10000, or --file-store for HEAD. */
const sizesArg = process.argv.indexOf('--file-sizes')
const FILE_SIZES =
  sizesArg !== -1
    ? process.argv[sizesArg + 1].split(',').map(Number)
    : process.argv.includes('--file-store')
      ? [HEAD]
      : []
function prepare(n) {
  const text = runbookText(n)
  const runbook = validateRunbookText(text, `bench-${n}.yaml`).runbook
  const parsed = parseScenarioText(scenarioText(n), `bench-${n}.scenario.yaml`, {
    readFile: () => ({ ok: false, reason: 'unused' }),
    resolvePath: (p) => p
  })
  if (runbook === undefined || parsed.scenario === undefined)
    throw new Error('bench inputs do not load')
  return { runbook, scenario: parsed.scenario, text }
}

/**
 * 'memory': MemoryStore, a JSON copy of the state at every snapshot; 'lean': no snapshot kept;
 * 'file': the real run directory (createRun: trace.jsonl, fsync, snapshot files, manifest).
 */
let lastRunsDir = ''
let lastRunId = ''
async function store(kind, text) {
  if (kind === 'file')
    return createRun({
      runsDir: (lastRunsDir = mkdtempSync(join(tmpdir(), 'bench-replay-'))),
      runbook: Buffer.from(text),
      clock: systemClock
    })
  const s = new MemoryStore()
  if (kind === 'lean') s.writeSnapshot = async () => ({ file: 'snap', sha256: '', bytes: 0 })
  return s
}

async function deps(runbook, cli, kind = 'memory', text = '') {
  let t = 0
  return {
    runbook,
    store: await store(kind, text),
    clock: {
      now: () => new Date(1_790_000_000_000 + t++).toISOString(),
      monotonicMs: () => t,
      sleep: async () => {}
    },
    cli,
    manual: new ReplayManualProvider({ evidence: {} }),
    outputs: () => ({ collector: async (_s, needles) => new PlainCollector(needles) }),
    redact: (s) => s,
    classify: () => undefined,
    joinPath: (base, rel) => `${base}/${rel}`,
    env: { PATH: '/usr/bin' },
    cwd: '/work',
    actor: 'bench',
    signal: new globalThis.AbortController().signal
  }
}

const replayCli = (scenario) =>
  new ReplayCliProvider(scenario, { clock: { sleep: async () => {}, monotonicMs: () => 0 } })

async function replay({ runbook, scenario, text }, kind, keep = () => {}) {
  const d = await deps(runbook, replayCli(scenario), kind, text)
  keep(d.store)
  const state = await startRun(d, {
    run_id: d.store.runId,
    runbook_path: 'bench.yaml',
    runbook_digest: `sha256:${createHash('sha256').update(text).digest('hex')}`,
    runbook_name: runbook.meta.name,
    mode: 'replay',
    actor: 'bench',
    steps_total: runbook.steps.length,
    vars: { ns: 'prod' },
    redacted_vars: []
  })
  await d.store.close()
  lastRunId = d.store.runId
  if (state.status !== 'passed') throw new Error(`replay ended ${state.status}`)
}

async function dryRun({ runbook, scenario }) {
  const d = await deps(runbook, replayCli(scenario))
  await planRun(runbook, { ns: 'prod' }, d)
}

function matchOnly({ runbook, scenario }) {
  const m = new ReplayMatcher(scenario, {})
  for (const step of runbook.steps) {
    const argv = step.with.argv.map((a) => a.replace('{{ .ns }}', 'prod'))
    const r = m.match({ argv, stdin: '' })
    if (!r.ok) throw new Error(`no match for ${argv.join(' ')}`)
    m.capture(r.step)
  }
}

async function median(fn) {
  return (await interleaved([fn]))[0].wall
}

const ms = (x) => `${x.toFixed(1)} ms`.padStart(10)
const perStep = (total, n, digits = 0) => `${((total / n) * 1000).toFixed(digits)} µs`.padStart(10)
const ratio = (x) => `${x.toFixed(2)}x`.padStart(8)
const interleaved = (fns) => inRounds(fns, RUNS)
const load = () =>
  `load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`
console.log(
  `node ${process.version}, ${platform()} ${release()} ${arch()}, ${cpus()[0]?.model ?? '?'} x${cpus().length}`
)
console.log(`median of ${RUNS} interleaved rounds after one warm-up; ${load()}\n`)

const head = prepare(HEAD)
const [r, lean, p] = await interleaved([
  () => replay(head, 'memory'),
  () => replay(head, 'lean'),
  () => dryRun(head)
])
console.log(`${HEAD.toLocaleString('en')} steps                               wall        CPU`)
console.log(`  replay, real driver + MemoryStore        ${ms(r.wall)} ${ms(r.cpu)}`)
console.log(`  replay, snapshots not persisted          ${ms(lean.wall)} ${ms(lean.cpu)}`)
console.log(`  dry-run (planRun)                        ${ms(p.wall)} ${ms(p.cpu)}`)
console.log(
  `  ratio replay / dry-run                   ${ratio(r.wall / p.wall)}   ${ratio(r.cpu / p.cpu)}`
)
console.log(
  `  ratio (snapshots not persisted)          ${ratio(lean.wall / p.wall)}   ${ratio(lean.cpu / p.cpu)}`
)
// What resume and verify fold: the run's trace through the reducer (the replay's own records).
let replayed
await replay(head, 'memory', (s) => (replayed = s))
const fold = await median(() => foldTrace(replayed.records))
console.log(
  `  fold of its ${replayed.records.length} trace records        ${ms(fold)}  (${perStep(fold, HEAD, 1)} per step)`
)
console.log(`  (${load()})`)

if (FILE_SIZES.length > 0) {
  // One replay of each size on the real run directory (a durable commit per step), then verify of
  // that run and opening it to resume (read, check the chain, fold, find the latest snapshot), each
  // timed in interleaved rounds. Linear means the same cost per step at every size.
  console.log('\nreal run directory: one replay, then verify and open to resume (median of RUNS)')
  console.log(
    '  steps     replay        /step    verify       /step  vs first   open        /step  vs first'
  )
  let first
  for (const n of FILE_SIZES) {
    const input = n === HEAD ? head : prepare(n)
    const f = await timed(() => replay(input, 'file'))
    const dir = join(lastRunsDir, lastRunId)
    const report = await verifyRun(dir)
    const failed = report.checks.filter((c) => c.status !== 'ok')
    if (failed.length > 0) console.log('  verify reports:', JSON.stringify(failed).slice(0, 600))
    const openOnce = async () => {
      const opened = await openRun(lastRunsDir, lastRunId, { clock: systemClock })
      await opened.store.close()
    }
    const [v, o] = await interleaved([() => verifyRun(dir), openOnce])
    first ??= { v: v.wall / n, o: o.wall / n }
    console.log(
      `  ${String(n).padStart(6)} ${ms(f.wall)} ${perStep(f.wall, n)} ${ms(v.wall)} ${perStep(v.wall, n)} ${ratio(v.wall / n / first.v)} ${ms(o.wall)} ${perStep(o.wall, n)} ${ratio(o.wall / n / first.o)}`
    )
    rmSync(lastRunsDir, { recursive: true, force: true })
  }
  console.log(`  (${load()})`)
}
console.log('')
if (process.argv.includes('--no-table')) process.exit(0)

// Per size, in interleaved rounds: replay, replay without snapshots, the dry-run; CPU time per step
// and the CPU ratio replay / dry-run (flat per step from size to size = linear).
console.log(
  'steps      replay    /step    no snapshots    /step    dry-run    /step   CPU ratio   matcher only     /step'
)
for (const n of [...new Set([250, 500, 1000, 2000, 3000, HEAD])].sort((a, b) => a - b)) {
  const input = prepare(n)
  const [full, bare, dry] = await interleaved([
    () => replay(input, 'memory'),
    () => replay(input, 'lean'),
    () => dryRun(input)
  ])
  // The matcher alone takes about a millisecond: time 20 passes and divide, to rise above noise.
  const match = (await median(async () => Array.from({ length: 20 }, () => matchOnly(input)))) / 20
  console.log(
    `${String(n).padStart(5)}  ${ms(full.cpu)} ${perStep(full.cpu, n)}  ${ms(bare.cpu)} ${perStep(bare.cpu, n)}  ${ms(dry.cpu)} ${perStep(dry.cpu, n)} ${ratio(full.cpu / dry.cpu)}  ${ms(match)} ${perStep(match, n, 2)}`
  )
}
console.log(`(CPU milliseconds; ${load()})`)
