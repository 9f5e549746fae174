// runbook test over 200 runbooks x 3 scenarios, against replaying the same 600 scenarios one by one
// with `runbook exec --mode replay` (what a team scripts without `runbook test`). Both use the
// committed bundle (dist/cli.js); the baseline is taken in the same run, so the ratios hold under
// the machine's load at the time. Usage: npm run bundle && node bench/test-200.mjs [--runbooks N]
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}
const RUNBOOKS = arg('--runbooks', 200)
const SCENARIOS = 3
const cli = resolve('dist/cli.js')
const dir = mkdtempSync(join(tmpdir(), 'bench-test-'))

// Each runbook: four cli steps with a capture and assertions, and a manual step answered from the
// scenario's evidence; each scenario answers the four calls.
for (let r = 0; r < RUNBOOKS; r++) {
  const name = `rb-${String(r).padStart(3, '0')}`
  writeFileSync(
    join(dir, `${name}.yaml`),
    `apiVersion: runbook/v0
meta:
  name: ${name}
  vars: {ns: prod}
  governance: {allowed_commands: [kubectl]}
steps:
  - id: pods
    type: cli
    with: {argv: [kubectl, get, pods, -n, "{{ .ns }}"]}
    capture: {pods: stdout}
    assertions: [{contains: Running}]
  - id: events
    type: cli
    with: {argv: [kubectl, get, events, -n, "{{ .ns }}"]}
    assertions: [{not_contains: OOMKilled}]
  - id: nodes
    type: cli
    with: {argv: [kubectl, get, nodes]}
    assertions: [{matches: "Ready"}]
  - id: top
    type: cli
    with: {argv: [kubectl, top, pods, -n, "{{ .ns }}"]}
  - id: judge
    type: manual
    instructions: Decide.
    replay_mode: reuse_evidence
    required_evidence: [{kind: text, name: verdict}]
`
  )
  mkdirSync(join(dir, `${name}.scenarios`))
  for (let s = 0; s < SCENARIOS; s++) {
    const file = join(dir, `${name}.scenarios`, `case-${s}.yaml`)
    const step = (argv, out) =>
      `  - match:\n      argv: [${argv}]\n    respond:\n      stdout: "${out}"\n`
    writeFileSync(
      file,
      `meta:\n  name: case-${s}\nsteps:\n${step('kubectl, get, pods, -n, prod', `web-${s} 1/1 Running`)}${step('kubectl, get, events, -n, prod', 'Normal Scheduled')}${step('kubectl, get, nodes', 'node-1 Ready')}${step('kubectl, top, pods, -n, prod', `web-${s} 10m 64Mi`)}`
    )
    writeFileSync(
      file.replace(/\.yaml$/, '.evidence.yaml'),
      'judge:\n  verdict: {kind: text, value: fine}\n'
    )
    writeFileSync(
      file.replace(/\.yaml$/, '.test.yaml'),
      `must_reach: [judge]\nexpected_captures: {pods: "/Running/"}\n`
    )
  }
}

const time = (label, fn) => {
  const start = performance.now()
  fn()
  const ms = performance.now() - start
  console.log(`${label}: ${(ms / 1000).toFixed(1)} s`)
  return ms
}
const run = (args) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' })
  if (r.status !== 0)
    throw new Error(
      `${args.join(' ')} exited ${r.status}: ${r.stdout.slice(-400)}${r.stderr.slice(-400)}`
    )
  return r.stdout
}

console.log(
  `${RUNBOOKS} runbooks x ${SCENARIOS} scenarios, ${availableParallelism()} cores, node ${process.version}`
)
const oneByOne = time('exec --mode replay, one process per scenario', () => {
  for (let r = 0; r < RUNBOOKS; r++)
    for (let s = 0; s < SCENARIOS; s++) {
      const name = `rb-${String(r).padStart(3, '0')}`
      run([
        'exec',
        `${name}.yaml`,
        '--mode',
        'replay',
        '--scenario',
        `${name}.scenarios/case-${s}.yaml`,
        '--runs-dir',
        'runs-exec'
      ])
    }
})
const serial = time('runbook test --jobs 1 (one process)', () => {
  const out = run(['test', '.', '--jobs', '1', '--runs-dir', 'runs-serial'])
  if (!out.includes(`${RUNBOOKS * SCENARIOS} passed, 0 failed`)) throw new Error(out.slice(-400))
})
const parallel = time(`runbook test (workers: one per core)`, () => {
  const out = run(['test', '.', '--runs-dir', 'runs-parallel'])
  if (!out.includes(`${RUNBOOKS * SCENARIOS} passed, 0 failed`)) throw new Error(out.slice(-400))
})
console.log(`ratio exec one by one / runbook test --jobs 1: ${(oneByOne / serial).toFixed(1)}x`)
console.log(`ratio exec one by one / runbook test (workers): ${(oneByOne / parallel).toFixed(1)}x`)
console.log(`ratio runbook test --jobs 1 / workers: ${(serial / parallel).toFixed(2)}x`)
rmSync(dir, { recursive: true, force: true })
