// Shared by the trace tests: clocks that make time explicit, and temporary directories.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Clock } from '../../src/engine/ports.js'

/** A clock that moves one second per reading, from a fixed start. */
export function fakeClock(start = '2026-11-22T15:30:42.000Z'): Clock {
  let t = Date.parse(start)
  return {
    now: () => {
      const s = new Date(t).toISOString()
      t += 1000
      return s
    },
    monotonicMs: () => t,
    sleep: () => Promise.resolve()
  }
}

/** A clock frozen at one instant: every run created with it starts in the same second. */
export function frozenClock(at = '2026-11-22T15:30:42.000Z'): Clock {
  return { now: () => at, monotonicMs: () => 0, sleep: () => Promise.resolve() }
}

const made: string[] = []

/** A fresh temporary directory, removed after the test file. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'trace-test-'))
  made.push(dir)
  return dir
}

afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true })
})
