// Replay speed (issue 4): a generated 1,000-step runbook replayed against its generated scenario
// through the real engine driver (in-memory run store), against a dry-run (planRun) of the same
// runbook measured in the same process. Then the same at 250/500/1000/2000 steps, also with
// snapshot persistence left out and with the matcher alone, to show which part grows how:
// matching stays linear in the scenario's length.
// Run: npm run bench:replay   (node --import tsx bench/replay-1000.mjs [--runs N] [--steps N] [--file-store])
// --steps N: the headline size instead of 1,000 (also added to the per-size table).
// --file-store also times one replay of that size on the real run directory (a durable commit per
// step), then `verify` of that run and opening it to resume (read, check and fold the trace).
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { arch, cpus, platform, release, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { startRun } from '../src/engine/driver.js'
import { planRun } from '../src/engine/plan.js'
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

const option = (name) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? undefined : Number(process.argv[i + 1])
}
const RUNS = option('--runs') || 3
/** The headline size (default 1,000); with --steps it is also added to the per-size table. */
const HEAD = option('--steps') || 1000
const TOOLS = ['kubectl', 'az', 'helm', 'terraform']

/** A runbook of n cli steps; every 10th captures, every 5th asserts, argv uses a var. */
function runbookText(n) {
  const steps = Array.from({ length: n }, (_, i) => {
    const tool = TOOLS[i % TOOLS.length]
    const extra = [
      i % 10 === 0 ? `    capture: {c${i}: stdout}` : '',
      i % 5 === 0 ? '    assertions: [{contains: ok}]' : ''
    ].filter(Boolean)
    return [
      `  - id: s${i}`,
      '    type: cli',
      `    with: {argv: [${tool}, get, item-${i}, -n, "{{ .ns }}"]}`,
      ...extra
    ].join('\n')
  })
  return `apiVersion: runbook/v0\nmeta: {name: bench-${n}, vars: {ns: prod}}\nsteps:\n${steps.join('\n')}\n`
}

/** Its scenario: one step per call, {{ .any }} for the namespace, an unordered group every 100. */
function scenarioText(n) {
  const leaf = (i, indent) => {
    const tool = TOOLS[i % TOOLS.length]
    return `${indent}- match: {argv: [${tool}, get, item-${i}, -n, "{{ .any }}"]}\n${indent}  respond: {stdout: "ok ${i} {{ .capture.k }}\\n"${i === 0 ? ', capture: {k: v}' : ''}}`
  }
  const out = []
  for (let i = 0; i < n; i++) {
    if (i % 100 === 50 && i + 3 <= n) {
      const kids = [i, i + 1, i + 2].map((j) => leaf(j, '        ')).join('\n')
      out.push(`  - group:\n      mode: unordered\n      steps:\n${kids}`)
      i += 2
    } else out.push(leaf(i, '  '))
  }
  return `meta: {name: bench-${n}}\nsteps:\n${out.join('\n')}\n`
}

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

async function replay({ runbook, scenario, text }, kind) {
  const d = await deps(runbook, replayCli(scenario), kind, text)
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
  await fn() // warm-up
  const times = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    await fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

const ms = (x) => `${x.toFixed(1)} ms`.padStart(10)
const perStep = (total, n, digits = 0) => `${((total / n) * 1000).toFixed(digits)} µs`.padStart(10)
console.log(
  `node ${process.version}, ${platform()} ${release()} ${arch()}, ${cpus()[0]?.model ?? '?'} x${cpus().length}`
)
console.log(`median of ${RUNS} runs after one warm-up\n`)

const thousand = prepare(HEAD)
const r = await median(() => replay(thousand, 'memory'))
const lean = await median(() => replay(thousand, 'lean'))
const p = await median(() => dryRun(thousand))
console.log(`${HEAD.toLocaleString('en')} steps`)
console.log(`  replay, real driver + MemoryStore        ${ms(r)}`)
console.log(`  replay, snapshots not persisted          ${ms(lean)}`)
console.log(`  dry-run (planRun)                        ${ms(p)}`)
console.log(`  ratio replay / dry-run                   ${(r / p).toFixed(1).padStart(8)}x`)
console.log(`  ratio (snapshots not persisted)          ${(lean / p).toFixed(1).padStart(8)}x`)
if (process.argv.includes('--file-store')) {
  const t0 = performance.now()
  await replay(thousand, 'file')
  const f = performance.now() - t0
  console.log(`  replay, real run directory (one run)     ${ms(f)}`)
  console.log(`  ratio (real run directory)               ${(f / p).toFixed(1).padStart(8)}x`)
  // What resume and verify read back: the whole trace of that run, checked and folded.
  const v0 = performance.now()
  const report = await verifyRun(join(lastRunsDir, lastRunId))
  const v = performance.now() - v0
  const failed = report.checks.filter((c) => c.status !== 'ok')
  if (failed.length > 0) console.log('  verify reports:', JSON.stringify(failed).slice(0, 600))
  const o0 = performance.now()
  const opened = await openRun(lastRunsDir, lastRunId, { clock: systemClock })
  const o = performance.now() - o0
  await opened.store.close()
  console.log(`  verify of that run                       ${ms(v)}  (${perStep(v, HEAD)} per step)`)
  console.log(`  opening it to resume (read, check, fold) ${ms(o)}  (${perStep(o, HEAD)} per step)`)
}
console.log('')

console.log('steps      replay    /step    no snapshots    /step    matcher only     /step')
for (const n of [...new Set([250, 500, 1000, 2000, HEAD])].sort((a, b) => a - b)) {
  const input = prepare(n)
  const full = await median(() => replay(input, 'memory'))
  const bare = await median(() => replay(input, 'lean'))
  // The matcher alone takes about a millisecond: time 20 passes and divide, to rise above noise.
  const match = (await median(async () => Array.from({ length: 20 }, () => matchOnly(input)))) / 20
  console.log(
    `${String(n).padStart(5)}  ${ms(full)} ${perStep(full, n)}  ${ms(bare)} ${perStep(bare, n)}  ${ms(match)} ${perStep(match, n, 2)}`
  )
}
