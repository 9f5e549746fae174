import fc from 'fast-check'
import type { RunEvent } from '../../src/engine/events.js'
import type { TraceHead } from '../../src/trace/index.js'
import { canonicalJson } from '../../src/trace/canonical-json.js'
import { recordHash, recordLine, sealLine, sealRecord } from '../../src/trace/hash-chain.js'

// sealLine encodes a record once for its hash and its line: it must give byte for byte what
// sealRecord + recordLine give, wherever "hash" falls among the keys.
const key = fc.oneof(
  fc.constantFrom('a', 'h', 'has', 'hash_', 'hasa', 'hat', 'hb', 'prev', 'z', '\u00e9', 'A', '_'),
  fc.string({ maxLength: 6 })
)
const event = fc
  .dictionary(key, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 })
  .filter((o) => !['hash', 'seq', 'ts', 'prev_hash', 'type'].some((k) => k in o))
  .map((o) => ({ type: 'run_paused', reason: 'r', ...o }) as unknown as RunEvent)
const head = fc.option(
  fc.record({ seq: fc.nat({ max: 1e6 }), hash: fc.stringMatching(/^[0-9a-f]{64}$/) }),
  { nil: undefined }
)

describe('sealLine', () => {
  it('gives the record, hash and line of sealRecord + recordLine for any event', () => {
    fc.assert(
      fc.property(event, head, fc.string(), (e, prev: TraceHead | undefined, ts) => {
        const want = sealRecord(e, prev, ts)
        const got = sealLine(e, prev, ts)
        expect(got.line).toBe(recordLine(want))
        expect(got.record.hash).toBe(want.hash)
        expect(recordHash(JSON.parse(got.line) as typeof want)).toBe(got.record.hash)
      }),
      { numRuns: 2000 }
    )
  })

  it('puts "hash" between the keys around it, and leaves undefined fields out', () => {
    const e = {
      type: 'run_paused',
      reason: 'x',
      hasa: 1,
      hat: undefined,
      hb: 2
    } as unknown as RunEvent
    const { line, record } = sealLine(e, undefined, 't')
    expect(Object.keys(JSON.parse(line) as object)).toEqual([
      'hasa',
      'hash',
      'hb',
      'prev_hash',
      'reason',
      'seq',
      'ts',
      'type'
    ])
    expect(line).toBe(canonicalJson(record))
  })
})
