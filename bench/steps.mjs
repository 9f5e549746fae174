// Benchmark: N trivial cli steps (`true`) through `runbook exec`, against the same N commands run
// by a plain bash script and by a bare Node loop that spawns them one after another with pipes (the
// floor for any Node executor). All three run in the same invocation, several rounds, interleaved,
// so the ratios hold on a noisy machine; min and median of each are reported. It also reports the
// run directory's size per step (trace + snapshots + run.json) and, with --strace, the system calls
// one `runbook exec` makes per step.
// CPU: each executor also runs as a child of bash, whose `times` gives the CPU seconds (user + system)
// of the process and of the commands it ran; a 1-step run of each is subtracted, so "CPU per step"
// is net of start-up. CPU time moves much less with the machine's load than wall time does.
// With --before DIR (the dist/ directory of another build, such as main before a change), that
// build's `runbook exec` runs in the same rounds too, so before and after are compared under the
// same load.
// Usage: node bench/steps.mjs [--steps N] [--rounds R] [--strace] [--before DIR]
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}
const STEPS = arg('--steps', 300)
const ROUNDS = arg('--rounds', 5)
const cli = resolve('dist/cli.js')
const beforeAt = process.argv.indexOf('--before')
const beforeCli = beforeAt === -1 ? undefined : resolve(process.argv[beforeAt + 1], 'cli.js')
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
// The same runbook with one step: what a run costs besides its steps (Node's start, loading the
// bundle and the runbook, opening and closing the run directory). (N-step exec - 1-step exec) /
// (N - 1) is the marginal cost of a step, compared with the Node loop's per-step time.
writeFileSync(join(dir, 'one.yaml'), `${runbook.slice(0, 6).join('\n')}\n`)
const loopSource = (n) =>
  `import { spawn } from 'node:child_process'\nfor (let i = 0; i < ${n}; i++) await new Promise((res, rej) => { const c = spawn(${JSON.stringify(truePath)}, [], { stdio: ['ignore', 'pipe', 'pipe'] }); c.on('error', rej); c.on('close', (code) => (code === 0 ? res() : rej(new Error(\`exit \${code}\`)))) })\n`
writeFileSync(join(dir, 'loop.mjs'), loopSource(STEPS))
writeFileSync(join(dir, 'loop1.mjs'), loopSource(1))
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

/** CPU seconds (user + system) of `cmd args` and everything it waited for, from bash's `times`. */
function cpu(cmd, args) {
  const r = spawnSync('bash', ['-c', '"$@" >/dev/null || exit; times', 'bash', cmd, ...args], {
    cwd: dir,
    encoding: 'utf8'
  })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  const secs = [
    ...r.stdout
      .trim()
      .split('\n')[1]
      .matchAll(/(\d+)m([\d.]+)s/g)
  ]
  return secs.reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0) * 1000
}
const cpuRuns = { runbook: [], node: [], before: [] }
/** CPU ms per step of an executor, net of start-up: (N-step run - 1-step run) / (N - 1). */
function cpuRound(key, cmd, many, one) {
  cpuRuns[key].push((cpu(cmd, many) - cpu(cmd, one)) / (STEPS - 1))
}
const execArgs = (bundle, file) => [bundle, 'exec', file, '--runs-dir', join(dir, 'cpu-runs')]

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

function dirBytes(path) {
  let total = 0
  for (const e of readdirSync(path, { withFileTypes: true })) {
    const p = join(path, e.name)
    total += e.isDirectory() ? dirBytes(p) : statSync(p).size
  }
  return total
}

const runsDir = join(dir, 'runs')
const exec = (bundle, file = 'runbook.yaml') =>
  time(process.execPath, [bundle, 'exec', join(dir, file), '--runs-dir', runsDir], {
    cwd: dir
  })
/** Runs one exec with `bundle` and returns the size of the run directory it left. */
function execRun(bundle, into) {
  rmSync(runsDir, { recursive: true, force: true })
  into.push(exec(bundle))
  const [run] = readdirSync(runsDir)
  return dirBytes(join(runsDir, run))
}

const results = { runbook: [], bash: [], node: [], before: [], one: [], beforeOne: [] }
let runDirBytes = 0
let beforeDirBytes = 0
for (let r = 0; r < ROUNDS; r++) {
  results.bash.push(time('bash', [join(dir, 'steps.sh')]))
  results.node.push(await nodeLoop())
  runDirBytes = execRun(cli, results.runbook)
  if (beforeCli !== undefined) beforeDirBytes = execRun(beforeCli, results.before)
  rmSync(runsDir, { recursive: true, force: true })
  results.one.push(exec(cli, 'one.yaml'))
  if (beforeCli !== undefined) results.beforeOne.push(exec(beforeCli, 'one.yaml'))
  cpuRound('node', process.execPath, ['loop.mjs'], ['loop1.mjs'])
  cpuRound('runbook', process.execPath, execArgs(cli, 'runbook.yaml'), execArgs(cli, 'one.yaml'))
  if (beforeCli !== undefined)
    cpuRound(
      'before',
      process.execPath,
      execArgs(beforeCli, 'runbook.yaml'),
      execArgs(beforeCli, 'one.yaml')
    )
}

/** strace -f -c of one exec with `bundle`: calls per step, by name, with error counts. */
function straceOf(bundle) {
  rmSync(runsDir, { recursive: true, force: true })
  const out = join(dir, 'strace.txt')
  const calls = 'fsync,fdatasync,rename,mkdir,openat,write,pwrite64,writev,clone,clone3,vfork'
  const args = ['-f', '-c', '-e', `trace=${calls}`, '-o', out, process.execPath, bundle]
  spawnSync('strace', [...args, 'exec', 'runbook.yaml', '--runs-dir', runsDir], {
    cwd: dir,
    stdio: 'ignore'
  })
  const counts = new Map()
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    const m = /^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(\d+)?\s*(\w+)$/.exec(line)
    if (m) counts.set(m[3], { calls: Number(m[1]) / STEPS, errors: Number(m[2] ?? 0) })
  }
  return counts
}
const straced = process.argv.includes('--strace')
  ? { after: straceOf(cli), before: beforeCli === undefined ? undefined : straceOf(beforeCli) }
  : undefined
rmSync(dir, { recursive: true, force: true })

const sorted = (xs) => [...xs].sort((a, b) => a - b)
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)]
const min = (xs) => sorted(xs)[0]
const us = (ms) => `${((ms / STEPS) * 1000).toFixed(0)} µs/step`
console.log(
  `${STEPS} steps of \`true\`, ${ROUNDS} interleaved rounds, node ${process.version}, load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`
)
console.log('                   min                        median')
for (const [name, key] of [
  ['bash script   ', 'bash'],
  ['bare Node loop', 'node'],
  ['runbook exec  ', 'runbook'],
  ...(beforeCli === undefined ? [] : [['before: exec  ', 'before']])
]) {
  const xs = results[key]
  console.log(
    `  ${name}  ${min(xs).toFixed(0).padStart(6)} ms (${us(min(xs))})   ${median(xs).toFixed(0).padStart(6)} ms (${us(median(xs))})`
  )
}
const ratio = (a, b) =>
  `min ${(min(results[a]) / min(results[b])).toFixed(2)}x, median ${(median(results[a]) / median(results[b])).toFixed(2)}x`
console.log(`  runbook / Node loop: ${ratio('runbook', 'node')}`)
console.log(`  runbook / bash:      ${ratio('runbook', 'bash')}`)
/** Per-step cost of `key` beyond its 1-step run (`oneKey`), against the Node loop's per step. */
const marginal = (key, oneKey) => {
  const at = (f) => (f(results[key]) - f(results[oneKey])) / (STEPS - 1)
  const node = (f) => f(results.node) / STEPS
  const x = (f) => `${(at(f) * 1000).toFixed(0)} µs = ${(at(f) / node(f)).toFixed(2)}x`
  return `min ${x(min)}, median ${x(median)} the Node loop's step (1-step exec: min ${min(results[oneKey]).toFixed(0)} ms, median ${median(results[oneKey]).toFixed(0)} ms)`
}
console.log(`  runbook, per step beyond a 1-step exec: ${marginal('runbook', 'one')}`)
const cpuLine = (name, key) =>
  `  ${name}  min ${min(cpuRuns[key]).toFixed(2)} ms, median ${median(cpuRuns[key]).toFixed(2)} ms`
const cpuRatio = (a, b) =>
  `min ${(min(cpuRuns[a]) / min(cpuRuns[b])).toFixed(2)}x, median ${(median(cpuRuns[a]) / median(cpuRuns[b])).toFixed(2)}x`
console.log('  CPU per step (user + system, the commands included, net of start-up):')
console.log(cpuLine('  bare Node loop', 'node'))
console.log(cpuLine('  runbook exec  ', 'runbook'))
if (beforeCli !== undefined) console.log(cpuLine('  before: exec  ', 'before'))
console.log(`    runbook / Node loop: ${cpuRatio('runbook', 'node')}`)
if (beforeCli !== undefined)
  console.log(`    runbook / before:    ${cpuRatio('runbook', 'before')}`)
const perStep = (bytes) => `${bytes} bytes, ${(bytes / STEPS).toFixed(0)} bytes per step`
console.log(`  run directory: ${perStep(runDirBytes)}`)
if (beforeCli !== undefined) {
  console.log(`  before / Node loop:  ${ratio('before', 'node')}`)
  console.log(`  runbook / before:    ${ratio('runbook', 'before')}`)
  console.log(`  before, per step beyond a 1-step exec: ${marginal('before', 'beforeOne')}`)
  console.log(`  before's run directory: ${perStep(beforeDirBytes)}`)
}
if (straced !== undefined) {
  const { after, before } = straced
  console.log(
    `  system calls of one runbook exec (strace -f -c), per step${before ? ': after (before)' : ''}:`
  )
  const shown = (c) =>
    c === undefined ? '0' : `${c.calls.toFixed(2)}${c.errors ? ` [${c.errors} errors]` : ''}`
  for (const name of new Set([...after.keys(), ...(before?.keys() ?? [])]))
    console.log(
      `    ${name.padEnd(10)} ${shown(after.get(name))}${before ? ` (${shown(before.get(name))})` : ''}`
    )
}
