// Go-style durations (`30s`, `5m`, `1h30m`, `1.5h`, `250ms`), as the peers gert and cli-replay write them.

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000
}
const WHOLE = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/
const PART = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g
/**
 * Every duration here becomes a timer, and Node's timers hold at most 2^31-1 ms (about 24.8 days):
 * a longer one fires at once (with a warning), so a 30-day timeout would kill the step at its start.
 */
export const MAX_DURATION_MS = 2 ** 31 - 1

export type DurationParse = { ok: true; ms: number } | { ok: false; error: string }

/** Parses a Go duration into milliseconds. */
export function parseDuration(text: string): DurationParse {
  if (text === '0') return { ok: true, ms: 0 }
  if (!WHOLE.test(text)) {
    return {
      ok: false,
      error: `invalid duration '${text}': expected a Go duration such as 30s, 5m or 1h30m`
    }
  }
  let ms = 0
  for (const m of text.matchAll(PART)) ms += Number(m[1]) * (UNIT_MS[m[2] as string] as number)
  if (ms > MAX_DURATION_MS)
    return {
      ok: false,
      error: `duration '${text}' is too long: the maximum is ${MAX_DURATION_MS} ms (about 24.8 days, the limit of Node's timers)`
    }
  return { ok: true, ms }
}

/** Formats milliseconds for people: `1m30s`, `250ms`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`
  const totalS = Math.round(ms / 100) / 10
  if (totalS < 60) return `${totalS}s`
  const h = Math.floor(totalS / 3600)
  const m = Math.floor((totalS % 3600) / 60)
  const s = Math.round(totalS % 60)
  return `${h > 0 ? `${h}h` : ''}${m > 0 ? `${m}m` : ''}${s > 0 ? `${s}s` : ''}`
}
