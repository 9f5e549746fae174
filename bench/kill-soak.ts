// Soak test of crash safety at the group-commit boundary: RUNS runs of a STEPS-step runbook through
// the bundled CLI, each killed with SIGKILL at a random moment of a calibrated run, a third of them
// with the first resume killed too, then resumed to the end and verified (bench/kill-soak-run.ts
// says what is checked). Exits 1 if any run lost or repeated a completed step, or failed to resume
// or verify. See bench/README.md.
//
//   npm run bundle && node --import tsx bench/kill-soak.ts [--runs 200] [--steps 50]
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli, soakOnce, soakRunbook } from './kill-soak-run.js'
import type { SoakRun } from './kill-soak-run.js'
import { writeFileSync } from 'node:fs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}
const RUNS = arg('--runs', 200)
const STEPS = arg('--steps', 50)
const base = {
  cli: { command: process.execPath, args: [join(ROOT, 'dist', 'cli.js')] },
  steps: STEPS,
  binDir: join(ROOT, 'test', 'fixtures', 'bin')
}
const root = mkdtempSync(join(tmpdir(), 'kill-soak-'))

// Calibrate: how long one whole run takes here, so kill times cover all of it.
const cal: SoakRun = { ...base, dir: mkdtempSync(join(root, 'cal-')), kill: { ms: 0 } }
writeFileSync(join(cal.dir, 'soak.yaml'), soakRunbook(STEPS))
const t0 = performance.now()
if (runCli(cal, ['exec', 'soak.yaml', '--runs-dir', 'runs']).status !== 0)
  throw new Error('the calibration run failed')
const full = performance.now() - t0
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')
console.log(
  `${RUNS} runs of ${STEPS} steps; one run takes ${full.toFixed(0)} ms here (load ${load()}); kills at random in [0, ${(full * 1.1).toFixed(0)}] ms`
)

const tally = { runs: 0, kills: 0, beforeRun: 0, twiceInFlight: 0, failedRuns: 0 }
const problems: string[] = []
for (let i = 0; i < RUNS; i++) {
  const dir = mkdtempSync(join(root, 'run-'))
  const outcome = await soakOnce({
    ...base,
    dir,
    kill: { ms: Math.random() * full * 1.1 },
    ...(i % 3 === 0 ? { resumeKill: { ms: Math.random() * full * 0.6 } } : {})
  })
  tally.runs++
  tally.kills += outcome.kills
  tally.twiceInFlight += outcome.twice
  if (outcome.beforeRun) tally.beforeRun++
  if (outcome.problems.length > 0) tally.failedRuns++
  problems.push(...outcome.problems.map((p) => `run ${i}: ${p}`))
  rmSync(dir, { recursive: true, force: true })
  if ((i + 1) % 20 === 0) console.log(`  ${i + 1} runs: ${JSON.stringify(tally)}`)
}
rmSync(root, { recursive: true, force: true })
console.log(`${JSON.stringify(tally)} (load ${load()})`)
for (const p of problems) console.log(`PROBLEM ${p}`)
console.log(
  problems.length === 0
    ? 'no completed step lost or repeated; every run resumed and verified'
    : `${problems.length} problems`
)
process.exitCode = problems.length === 0 ? 0 : 1
