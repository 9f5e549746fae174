// Runs one command through NodeProcessRunner -> OutputCollector -> redactor, with the three
// redaction rules of examples/log-triage.yaml, and prints one JSON line: sizes, digest, duration
// and this process's peak RSS. It runs in its own process so that the peak RSS is the pipeline's
// alone. Used by test/providers/cli/output-1gib.test.ts and bench/output-1gib.ts.
//
//   node --import tsx bench/output-pipeline.ts [--verify | --raw | --plain] -- <executable> [args...]
//
// --raw only counts the bytes (no-op handlers): the cost of the runner and the pipe alone.
// --plain is a bare Node process reading the command's pipe and discarding it (child_process.spawn,
// a 'data' handler that counts): the floor for any Node pipeline.
// --verify adds a sink that searches the redacted stream for the secrets the generator writes
// (test/fixtures/bin/gen-lines.mjs), as store_full_stdout would receive it.
import { compileRedactor, OutputCollector } from '../src/engine/output/index.js'
import { NeedleWatch } from '../src/engine/output/needle-watch.js'
import type { OutputSink, ProcessSpec } from '../src/engine/ports.js'
import { spawn } from 'node:child_process'
import { NodeProcessRunner } from '../src/providers/cli/index.js'
import { RULES, SECRET_MARKS } from './log-triage-rules.js'

class LeakCheckSink implements OutputSink {
  readonly watch = new NeedleWatch(SECRET_MARKS)
  write(chunk: Buffer): Promise<void> {
    this.watch.scan(chunk)
    return Promise.resolve()
  }
  close(): Promise<string> {
    return Promise.resolve('(memory)')
  }
}

const spec = (argv: string[], onStdout: (c: Buffer) => void | Promise<void>): ProcessSpec => ({
  executable: argv[0] as string,
  argv,
  env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
  cwd: process.cwd(),
  signal: new AbortController().signal,
  onStdout,
  onStderr: (c) => void process.stderr.write(c)
})

const peakRss = (): number => process.resourceUsage().maxRSS * 1024
/** CPU seconds (user + system, every thread) this process used since `from`. */
const cpuSince = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from)
  return (d.user + d.system) / 1e6
}

/** --raw: the runner with handlers that only count. */
async function runRaw(argv: string[]): Promise<void> {
  let rawBytes = 0
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const outcome = await new NodeProcessRunner().run(spec(argv, (c) => void (rawBytes += c.length)))
  const seconds = (performance.now() - t0) / 1000
  const cpuSeconds = cpuSince(cpu0)
  const report = {
    exitCode: outcome.exitCode,
    rawBytes,
    seconds,
    cpuSeconds,
    maxRssBytes: peakRss()
  }
  process.stdout.write(JSON.stringify(report) + '\n')
}

/** --plain: spawn, count the pipe's bytes, nothing else. */
async function runPlain(argv: string[]): Promise<void> {
  let rawBytes = 0
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const child = spawn(argv[0] as string, argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] })
  child.stdout.on('data', (c: Buffer) => void (rawBytes += c.length))
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const seconds = (performance.now() - t0) / 1000
  const cpuSeconds = cpuSince(cpu0)
  const report = { exitCode, rawBytes, seconds, cpuSeconds, maxRssBytes: peakRss() }
  process.stdout.write(JSON.stringify(report) + '\n')
}

async function main(args: string[]): Promise<void> {
  const verify = args.includes('--verify')
  const argv = args.slice(args.indexOf('--') + 1)
  if (!args.includes('--') || argv[0] === undefined)
    throw new Error('usage: output-pipeline.ts [--verify | --raw] -- <executable> [args...]')
  if (args.includes('--raw')) return runRaw(argv)
  if (args.includes('--plain')) return runPlain(argv)
  const compiled = compileRedactor(RULES, [])
  if (!compiled.ok) throw new Error(compiled.errors.join('; '))
  const sink = verify ? new LeakCheckSink() : undefined
  const stdout = new OutputCollector({
    redactor: compiled.redactor,
    needles: SECRET_MARKS,
    ...(sink === undefined ? {} : { sink })
  })
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const outcome = await new NodeProcessRunner().run(spec(argv, (c) => stdout.push(c)))
  const out = await stdout.end()
  const seconds = (performance.now() - t0) / 1000
  const cpuSeconds = cpuSince(cpu0)
  const report = {
    exitCode: outcome.exitCode,
    spawnError: outcome.spawnError,
    rawBytes: out.summary.raw_bytes,
    bytes: out.summary.bytes,
    sha256: out.summary.sha256,
    overflowed: out.overflowed,
    seenRaw: Object.fromEntries(out.seen),
    leaked: sink === undefined ? undefined : Object.fromEntries(sink.watch.seen),
    head: out.summary.head.slice(0, 400),
    seconds,
    cpuSeconds,
    mbPerSecond: out.summary.raw_bytes / 1e6 / seconds,
    maxRssBytes: peakRss()
  }
  process.stdout.write(JSON.stringify(report) + '\n')
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 1
})
