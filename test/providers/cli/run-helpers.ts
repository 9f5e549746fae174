// Running fixture processes through NodeProcessRunner and checking what is left of them.
import { readFileSync } from 'node:fs'
import type { ProcessOutcome, ProcessSpec } from '../../../src/engine/ports.js'
import { NodeCommandResolver, NodeProcessRunner } from '../../../src/providers/cli/index.js'
import { fixture } from '../../helpers/fixtures.js'

export interface Ran {
  outcome: ProcessOutcome
  stdout: string
  stderr: string
}

/** The PATH of this test process: fixtures are /bin/sh scripts that need `sleep`, `head`, `kill`. */
export const PATH = process.env.PATH ?? '/usr/bin:/bin'

export const bin = (name: string): string => fixture('bin', name)

/** A spec running `argv` (argv[0] a fixture under test/fixtures/bin or an absolute path). */
export function spec(argv: string[], over: Partial<ProcessSpec> = {}): ProcessSpec {
  const first = argv[0] ?? ''
  return {
    executable: first.startsWith('/') ? first : bin(first),
    argv,
    env: { PATH },
    cwd: process.cwd(),
    signal: new AbortController().signal,
    onStdout: () => undefined,
    onStderr: () => undefined,
    ...over
  }
}

/** Runs a spec, collecting stdout and stderr as text (and calling the spec's own handlers). */
export async function run(
  s: ProcessSpec,
  runner = new NodeProcessRunner({ killGraceMs: 300, lingerMs: 200 })
): Promise<Ran> {
  let stdout = ''
  let stderr = ''
  const outcome = await runner.run({
    ...s,
    onStdout: (c) => {
      stdout += c.toString()
      return s.onStdout(c)
    },
    onStderr: (c) => {
      stderr += c.toString()
      return s.onStderr(c)
    }
  })
  return { outcome, stdout, stderr }
}

/** Absolute path of a system command, found on this process's PATH. */
export async function which(name: string): Promise<string> {
  const r = await new NodeCommandResolver().resolve(name, process.cwd(), PATH)
  if (r.path === undefined) throw new Error(`${name} not found on PATH`)
  return r.path
}

/**
 * True when the process no longer runs: it does not exist (ESRCH), or it is a zombie. Where PID 1
 * does not reap orphans (some containers), a killed grandchild stays a zombie: dead, but still
 * answering kill(pid, 0).
 */
export function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH'
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')
  } catch {
    return false // no /proc (macOS): kill(pid, 0) succeeded, so it runs
  }
}

/** Polls until `pid` is gone, for at most `ms`; returns whether it went. */
export async function goneWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (isGone(pid)) return true
    await new Promise((r) => setTimeout(r, 25))
  }
  return isGone(pid)
}

/** Kills what a failed test may have left behind. */
export function killIfAlive(pids: number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}
