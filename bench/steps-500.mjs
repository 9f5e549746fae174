// Benchmark: 500 trivial cli steps (`true`) through `runbook exec`, against the same 500 commands
// run by a plain bash script and by a bare Node loop spawning them one after another (the floor
// for any Node executor). All three run in the same invocation, several rounds, interleaved, so
// the ratios hold on a noisy machine. Usage: node bench/steps-500.mjs [--steps N] [--rounds R]
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}
const STEPS = arg('--steps', 500)
const ROUNDS = arg('--rounds', 5)
const cli = resolve('dist/cli.js')
const dir = mkdtempSync(join(tmpdir(), 'bench-steps-'))
// The real binary, not the shell builtin: every executor must pay for a process per step.
const truePath = spawnSync('which', ['true'], { encoding: 'utf8' }).stdout.trim()
if (!truePath.startsWith('/')) throw new Error('no true binary on PATH')

const runbook = [
  'apiVersion: runbook/v0',
  'meta:',
  '  name: bench-steps',
  '  governance: {allowed_commands: ["true"]}',
  'steps:'
]
for (let i = 0; i < STEPS; i++) runbook.push(`  - {id: s${i}, type: cli, with: {argv: ["true"]}}`)
writeFileSync(join(dir, 'runbook.yaml'), `${runbook.join('\n')}\n`)
writeFileSync(
  join(dir, 'steps.sh'),
  `#!/bin/bash\nset -e\n${Array.from({ length: STEPS }, () => `${truePath}`).join('\n')}\n`
)

function time(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', ...opts })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return ms
}

async function nodeLoop() {
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < STEPS; i++) {
    await new Promise((res, rej) => {
      const c = spawn(truePath, [], { stdio: ['ignore', 'pipe', 'pipe'] })
      c.on('error', rej)
      c.on('close', (code) => (code === 0 ? res() : rej(new Error(`exit ${code}`))))
    })
  }
  return Number(process.hrtime.bigint() - t0) / 1e6
}

const results = { runbook: [], bash: [], node: [] }
for (let r = 0; r < ROUNDS; r++) {
  results.bash.push(time('bash', [join(dir, 'steps.sh')]))
  results.node.push(await nodeLoop())
  results.runbook.push(
    time(
      process.execPath,
      [cli, 'exec', join(dir, 'runbook.yaml'), '--runs-dir', join(dir, 'runs')],
      { cwd: dir }
    )
  )
}
rmSync(dir, { recursive: true, force: true })

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const m = {
  runbook: median(results.runbook),
  bash: median(results.bash),
  node: median(results.node)
}
const fmt = (ms) => `${ms.toFixed(0)} ms (${((ms / STEPS) * 1000).toFixed(0)} µs/step)`
console.log(
  `${STEPS} steps of \`true\`, median of ${ROUNDS} interleaved rounds, node ${process.version}`
)
console.log(`  bash script      ${fmt(m.bash)}`)
console.log(`  bare Node loop   ${fmt(m.node)}`)
console.log(`  runbook exec     ${fmt(m.runbook)}`)
console.log(`  ratio runbook / bash      ${(m.runbook / m.bash).toFixed(2)}x`)
console.log(`  ratio runbook / Node loop ${(m.runbook / m.node).toFixed(2)}x`)
