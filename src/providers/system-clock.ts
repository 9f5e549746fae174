// The real clock: wall time for records, monotonic time for durations.
import { setTimeout as delay } from 'node:timers/promises'
import type { Clock } from '../engine/ports.js'

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  monotonicMs: () => performance.now(),
  sleep: async (ms, signal) => {
    try {
      await delay(ms, undefined, signal === undefined ? {} : { signal })
    } catch {
      // aborted: the caller checks its signal
    }
  }
}
