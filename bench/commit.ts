// Benchmark: the durable commit at a step boundary (issue 16), in one process, three ways in the
// same interleaved rounds on the same file system:
//   floor   what any durable append costs: one writeSync of the record's line + fdatasyncSync
//   runbook TraceWriter.append + sync() as the engine calls it: the trace's write + fdatasync, then
//           the head anchor's slot (pwrite + fdatasync), on the main thread
//   old     the commit as it was before the anchor slots: fs/promises write + datasync, then the
//           anchor rewritten atomically (temp file, write, fsync, close, rename, directory fsync)
// Each commit carries one ~300-byte record, as a step's result does. Reports wall and CPU time
// (user + system of this process) per commit, min and median over the rounds, and the ratios.
// Usage: node --import tsx bench/commit.ts [--commits N] [--rounds R] [--dir D]
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { open, rename } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RunEvent, TraceRecord } from '../src/engine/events.js'
import { canonicalJson } from '../src/trace/canonical-json.js'
import { fsyncDir, tempPathFor, writeAll } from '../src/trace/durable-file.js'
import { recordLine, sealRecord } from '../src/trace/hash-chain.js'
import { TraceWriter } from '../src/trace/trace-writer.js'

const option = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : (process.argv[i + 1] ?? fallback)
}
const COMMITS = Number(option('--commits', '300'))
const ROUNDS = Number(option('--rounds', '5'))
const root = mkdtempSync(join(option('--dir', tmpdir()), 'bench-commit-'))
const clock = { now: () => new Date().toISOString(), monotonicMs: () => 0, sleep: async () => {} }
const event = (i: number): RunEvent => ({
  type: 'run_paused',
  reason: `step ${i} ${'x'.repeat(190)}`
})

type Way = (dir: string) => Promise<void>

const floor: Way = async (dir) => {
  const fd = openSync(join(dir, 'trace.jsonl'), 'a')
  let head: TraceRecord | undefined
  for (let i = 0; i < COMMITS; i++) {
    head = sealRecord(event(i), head, clock.now())
    writeSync(fd, `${recordLine(head)}\n`)
    fdatasyncSync(fd)
  }
  closeSync(fd)
  await Promise.resolve()
}

const runbook: Way = async (dir) => {
  const w = await TraceWriter.open(
    join(dir, 'trace.jsonl'),
    clock,
    [],
    join(dir, 'trace.head.json')
  )
  for (let i = 0; i < COMMITS; i++) {
    await w.append(event(i))
    await w.sync()
  }
  await w.close()
}

const old: Way = async (dir) => {
  const fh = await open(join(dir, 'trace.jsonl'), 'a')
  const anchor = join(dir, 'trace.head.json')
  let head: TraceRecord | undefined
  for (let i = 0; i < COMMITS; i++) {
    head = sealRecord(event(i), head, clock.now())
    await writeAll(fh, Buffer.from(`${recordLine(head)}\n`))
    await fh.datasync()
    const temp = tempPathFor(anchor)
    const t = await open(temp, 'wx')
    const { seq, hash } = head
    await writeAll(
      t,
      Buffer.from(`${canonicalJson({ format: 'runbook-trace-head/v1', seq, hash })}\n`)
    )
    await t.sync()
    await t.close()
    await rename(temp, anchor)
    await fsyncDir(dir)
  }
  await fh.close()
}

const ways: [string, Way][] = [
  ['floor', floor],
  ['runbook', runbook],
  ['old', old]
]
const wall = new Map<string, number[]>(ways.map(([n]) => [n, []]))
const cpu = new Map<string, number[]>(ways.map(([n]) => [n, []]))
console.log(
  `${COMMITS} commits of one record, ${ROUNDS} interleaved rounds, in ${root}, load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`
)
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, way] of ways) {
    const dir = mkdtempSync(join(root, `${name}-`))
    const c0 = process.cpuUsage()
    const t0 = process.hrtime.bigint()
    await way(dir)
    const us = Number(process.hrtime.bigint() - t0) / 1e3 / COMMITS
    const c = process.cpuUsage(c0)
    wall.get(name)?.push(us)
    cpu.get(name)?.push((c.user + c.system) / COMMITS)
    rmSync(dir, { recursive: true, force: true })
  }
}
rmSync(root, { recursive: true, force: true })

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b)
const min = (m: Map<string, number[]>, n: string) => sorted(m.get(n) ?? [])[0] ?? NaN
const median = (m: Map<string, number[]>, n: string) => {
  const s = sorted(m.get(n) ?? [])
  return s[Math.floor(s.length / 2)] ?? NaN
}
console.log('per commit         wall min   wall median   CPU min   CPU median')
for (const [name] of ways) {
  const cols = [min(wall, name), median(wall, name), min(cpu, name), median(cpu, name)]
  console.log(`  ${name.padEnd(8)} ${cols.map((x) => `${x.toFixed(0).padStart(9)} µs`).join('')}`)
}
const ratio = (a: string, b: string) =>
  [wall, cpu]
    .flatMap((m) => [min(m, a) / min(m, b), median(m, a) / median(m, b)])
    .map((x) => `${x.toFixed(2)}x`)
for (const [a, b] of [
  ['runbook', 'floor'],
  ['old', 'floor'],
  ['runbook', 'old']
] as const) {
  const [wMin, wMed, cMin, cMed] = ratio(a, b)
  console.log(
    `  ${`${a} / ${b}`.padEnd(16)} wall min ${wMin}, median ${wMed}; CPU min ${cMin}, median ${cMed}`
  )
}
