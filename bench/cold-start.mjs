// Benchmark: the CLI's cold start. `node -e 0` (Node's own start), `runbook --version` and
// `runbook validate` of an example, each a fresh process, interleaved over several rounds; min and
// median, and the ratio to `node -e 0` of the same rounds. With --before DIR another build's
// dist/cli.js runs in the same rounds.
// Usage: npm run bundle && node bench/cold-start.mjs [--rounds R] [--before DIR]
import { spawnSync } from 'node:child_process'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'

const at = (name) => process.argv.indexOf(name)
const ROUNDS = at('--rounds') === -1 ? 7 : Number(process.argv[at('--rounds') + 1])
const bundles = { after: resolve('dist/cli.js') }
if (at('--before') !== -1) bundles.before = resolve(process.argv[at('--before') + 1], 'cli.js')
const example = resolve('examples/disk-branch.yaml')

const cases = { 'node -e 0': ['-e', '0'] }
for (const [name, cli] of Object.entries(bundles)) {
  cases[`${name}: --version`] = [cli, '--version']
  cases[`${name}: validate`] = [cli, 'validate', example]
}
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]))
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, args] of Object.entries(cases)) {
    const t0 = process.hrtime.bigint()
    const run = spawnSync(process.execPath, args, { stdio: 'ignore' })
    if (run.status !== 0) throw new Error(`${name} exited ${run.status}`)
    times[name].push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
}
const sorted = (xs) => [...xs].sort((a, b) => a - b)
const min = (xs) => sorted(xs)[0]
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)]
const base = times['node -e 0']
console.log(
  `${ROUNDS} interleaved rounds, node ${process.version}, load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`
)
for (const [name, xs] of Object.entries(times)) {
  const ratio = `${(min(xs) / min(base)).toFixed(2)}x / ${(median(xs) / median(base)).toFixed(2)}x`
  console.log(
    `  ${name.padEnd(20)} min ${min(xs).toFixed(0).padStart(5)} ms  median ${median(xs).toFixed(0).padStart(5)} ms  vs node -e 0 (min / median): ${ratio}`
  )
}
