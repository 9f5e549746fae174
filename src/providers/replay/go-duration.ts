// Go durations exactly as time.ParseDuration reads them (a sign, fractions, "0", µs and μs), for
// the scenario's respond.delay and meta.session.ttl. The runbook layer's parser is stricter.

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000
}
const WHOLE = /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/
const PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g

export type GoDuration = { ok: true; ms: number } | { ok: false; error: string }

/** Parses a Go duration into (possibly negative) milliseconds. */
export function parseGoDuration(text: string): GoDuration {
  if (!WHOLE.test(text))
    return {
      ok: false,
      error: `invalid duration '${text}': expected a Go duration such as 250ms, 1.5s or 1h30m`
    }
  let ms = 0
  for (const m of text.matchAll(PART)) ms += Number(m[1]) * (UNIT_MS[m[2] as string] as number)
  return { ok: true, ms: text.startsWith('-') ? -ms : ms }
}
