import fc from 'fast-check'
import { formatDuration, parseDuration } from '../../src/runbook/index.js'

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['1.5h', 5_400_000],
    ['250ms', 250],
    ['0', 0],
    ['2h45m30s', 9_930_000]
  ])('reads %s as %d ms', (text, ms) => {
    expect(parseDuration(text)).toEqual({ ok: true, ms })
  })

  it.each(['', '5', '5 m', '1h30', 'm5', '-5s', '5d', '1.s'])(
    'refuses %j with the expected form',
    (text) => {
      const r = parseDuration(text)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error).toContain('expected a Go duration such as 30s, 5m or 1h30m')
    }
  )

  it.each(['597h', '596h31m23.648s', '100000h'])('refuses %s: over the limit of timers', (text) => {
    expect(parseDuration(text)).toEqual({
      ok: false,
      error: `duration '${text}' is too long: the maximum is 2147483647 ms (about 24.8 days, the limit of Node's timers)`
    })
  })

  it('accepts the longest duration a timer holds', () => {
    expect(parseDuration('596h31m23.647s')).toEqual({ ok: true, ms: 2 ** 31 - 1 })
  })

  it('property: sums of units parse to their total', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(59), fc.nat(59), (h, m, s) => {
        expect(parseDuration(`${h}h${m}m${s}s`)).toEqual({
          ok: true,
          ms: ((h * 60 + m) * 60 + s) * 1000
        })
      })
    )
  })

  it('formats for people', () => {
    expect(formatDuration(250)).toBe('250ms')
    expect(formatDuration(1500)).toBe('1.5s')
    expect(formatDuration(90_000)).toBe('1m30s')
    expect(formatDuration(3_600_000)).toBe('1h')
  })
})
