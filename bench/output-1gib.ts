// Benchmark: 1 GiB of step output through the real pipeline (NodeProcessRunner -> OutputCollector
// -> three redaction rules, store_full_stdout off), against `cat file > /dev/null` on the same
// bytes in the same run. Reports throughput and peak RSS, absolute and as ratios to the baseline.
// See bench/README.md.
//
//   npm run bench:output            (or: node --import tsx bench/output-1gib.ts [--runs N] [--mib N])
//   --clean: output no rule can change (the generator writes no secret lines)
import { execFile, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const GENERATOR = join(ROOT, 'test', 'fixtures', 'bin', 'gen-lines.mjs')
const DRIVER = join(ROOT, 'bench', 'output-pipeline.ts')
const GNU_TIME = '/usr/bin/time'

interface Measure {
  seconds: number
  /** CPU seconds of the measured Node process (not of cat); absent for cat itself. */
  cpuSeconds?: number
  maxRssBytes: number
}

const option = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}

/** Writes `bytes` of generated log lines to `file`. */
async function generate(file: string, bytes: number): Promise<void> {
  const fd = openSync(file, 'w')
  try {
    const clean = process.argv.includes('--clean') ? ['clean'] : []
    const child = spawn(process.execPath, [GENERATOR, String(bytes), ...clean], {
      stdio: ['ignore', fd, 'inherit']
    })
    await new Promise((resolve, reject) => child.on('exit', resolve).on('error', reject))
  } finally {
    closeSync(fd)
  }
}

/** `cat file > /dev/null`: wall time, and peak RSS from GNU time (or sampled from /proc). */
async function catToDevNull(file: string): Promise<Measure> {
  const devNull = openSync('/dev/null', 'w')
  const useTime = existsSync(GNU_TIME)
  const argv = useTime ? [GNU_TIME, '-f', '%M', 'cat', file] : ['cat', file]
  const t0 = performance.now()
  const child = spawn(argv[0] as string, argv.slice(1), { stdio: ['ignore', devNull, 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()))
  let sampled = 0
  const sampler = setInterval(() => (sampled = Math.max(sampled, vmHwm(child.pid))), 5)
  await new Promise((resolve) => child.on('close', resolve))
  const seconds = (performance.now() - t0) / 1000
  clearInterval(sampler)
  closeSync(devNull)
  const kib = Number(stderr.trim().split('\n').pop())
  return { seconds, maxRssBytes: useTime && kib > 0 ? kib * 1024 : sampled }
}

function vmHwm(pid: number | undefined): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m === null ? 0 : Number(m[1]) * 1024
  } catch {
    return 0
  }
}

/** The pipeline in a separate Node process (output-pipeline.ts), reading the file via `cat`. */
async function pipeline(file: string, extra: string[]): Promise<Measure & { bytes: number }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', DRIVER, ...extra, '--', '/bin/cat', file],
    { cwd: ROOT, encoding: 'utf8' }
  )
  const r = JSON.parse(stdout) as {
    rawBytes: number
    maxRssBytes: number
    seconds: number
    cpuSeconds: number
  }
  // The driver times the run itself, from spawning cat to the collected summary: the start-up of
  // Node and tsx (absent from the bundled CLI) is left out. Its peak RSS includes that start-up.
  return {
    seconds: r.seconds,
    cpuSeconds: r.cpuSeconds,
    maxRssBytes: r.maxRssBytes,
    bytes: r.rawBytes
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] as number
}
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1)

async function main(): Promise<void> {
  const runs = option('--runs', 3)
  const bytes = option('--mib', 1024) * 1024 * 1024
  const dir = mkdtempSync(join(tmpdir(), 'bench-output-'))
  const file = join(dir, 'output.log')
  try {
    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')
    await generate(file, bytes)
    await catToDevNull(file) // warm the page cache
    // The fixed cost: Node, tsx and the pipeline's modules with nothing to read.
    const idle = await pipeline('/dev/null', [])
    const rows: [string, Measure[]][] = [
      ['cat file > /dev/null (baseline)', []],
      ['bare Node pipe: cat file -> child_process.spawn, data discarded', []],
      ['runner only: cat file -> NodeProcessRunner, no-op handlers', []],
      ['pipeline: cat file -> NodeProcessRunner -> OutputCollector, 3 rules', []]
    ]
    for (let i = 0; i < runs; i++) {
      rows[0]?.[1].push(await catToDevNull(file))
      rows[1]?.[1].push(await pipeline(file, ['--plain']))
      rows[2]?.[1].push(await pipeline(file, ['--raw']))
      const p = await pipeline(file, [])
      if (p.bytes !== bytes) throw new Error(`pipeline read ${p.bytes} bytes, expected ${bytes}`)
      rows[3]?.[1].push(p)
    }
    const summary = rows.map(([name, ms]) => ({
      name,
      mbPerSecond: bytes / 1e6 / median(ms.map((m) => m.seconds)),
      mbPerCpuSecond: bytes / 1e6 / median(ms.map((m) => m.cpuSeconds ?? NaN)),
      maxRssBytes: median(ms.map((m) => m.maxRssBytes))
    }))
    const base = summary[0] as (typeof summary)[number]
    const cpu = cpus()
    console.log(
      `${new Date().toISOString().slice(0, 10)}, ${cpu.length} x ${cpu[0]?.model ?? '?'}, ` +
        `${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Linux ${release()}, Node ${process.version}; ` +
        `load average before ${load}; ${mb(bytes)} MB, median of ${runs} runs\n`
    )
    console.log('| Measured | Throughput | vs cat | Peak RSS | vs cat |')
    console.log('| --- | ---: | ---: | ---: | ---: |')
    for (const s of summary) {
      console.log(
        `| ${s.name} | ${s.mbPerSecond.toFixed(0)} MB/s | ${(s.mbPerSecond / base.mbPerSecond).toFixed(3)}x ` +
          `| ${mb(s.maxRssBytes)} MB | ${(s.maxRssBytes / base.maxRssBytes).toFixed(0)}x |`
      )
    }
    const plain = summary[1] as (typeof summary)[number]
    const full = summary[3] as (typeof summary)[number]
    console.log(
      `\npipeline / bare Node pipe: ${(full.mbPerSecond / plain.mbPerSecond).toFixed(3)}x throughput` +
        `${process.argv.includes('--clean') ? ' (output no rule can change)' : ''}`
    )
    // Wall-clock throughput swings with the machine's load; the CPU the Node process spends per byte
    // does much less: MB per CPU second is the throughput on a core of its own.
    console.log(
      `MB per CPU second of the Node process: bare pipe ${plain.mbPerCpuSecond.toFixed(0)}, ` +
        `runner only ${(summary[2] as (typeof summary)[number]).mbPerCpuSecond.toFixed(0)}, ` +
        `pipeline ${full.mbPerCpuSecond.toFixed(0)}: pipeline / bare Node pipe ` +
        `${(full.mbPerCpuSecond / plain.mbPerCpuSecond).toFixed(3)}x`
    )
    console.log(
      `Pipeline process with empty output (start-up): peak RSS ${mb(idle.maxRssBytes)} MB`
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
