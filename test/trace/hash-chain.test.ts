import fc from 'fast-check'
import type { RunEvent, TraceRecord } from '../../src/engine/events.js'
import type { TraceHead } from '../../src/trace/index.js'
import {
  checkChain,
  GENESIS_HASH,
  parseTrace,
  recordHash,
  recordLine,
  sealRecord
} from '../../src/trace/index.js'

const text = fc.string({ unit: 'binary', maxLength: 12 })
const event: fc.Arbitrary<RunEvent> = fc.oneof(
  fc.record({
    type: fc.constant('step_started' as const),
    step_id: text,
    step_index: fc.nat(20),
    attempt: fc.integer({ min: 1, max: 5 })
  }),
  fc.record({ type: fc.constant('run_paused' as const), reason: text }),
  fc.record({
    type: fc.constant('snapshot_written' as const),
    file: text,
    sha256: fc.string({
      minLength: 64,
      maxLength: 64,
      unit: fc.constantFrom(...'0123456789abcdef')
    }),
    state_seq: fc.nat(100)
  }),
  fc.record({
    type: fc.constant('run_finished' as const),
    status: fc.constantFrom('passed' as const, 'failed' as const),
    passed: fc.nat(9),
    failed: fc.nat(9),
    error: fc.option(text, { nil: null })
  })
)
const events = fc.array(event, { minLength: 2, maxLength: 12 })

/** Seals events into the lines of a trace.jsonl; returns the lines and the head. */
function seal(list: RunEvent[]): { lines: string[]; head: TraceHead } {
  let head: TraceHead | undefined
  const lines = list.map((e, i) => {
    const r = sealRecord(e, head, `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`)
    head = { seq: r.seq, hash: r.hash }
    return recordLine(r)
  })
  return { lines, head: head ?? { seq: 0, hash: GENESIS_HASH } }
}

const bytesOf = (lines: string[]) => Buffer.from(lines.map((l) => `${l}\n`).join(''))

/** What verify does with a trace: a break, a torn tail, or a head other than the recorded one. */
function detected(bytes: Uint8Array, recorded: TraceHead): boolean {
  const t = parseTrace(bytes)
  return (
    t.broken !== undefined ||
    t.torn !== undefined ||
    t.head.seq !== recorded.seq ||
    t.head.hash !== recorded.hash
  )
}

const edit = (line: string, change: (r: Record<string, unknown>) => void, rehash: boolean) => {
  const r = JSON.parse(line) as Record<string, unknown>
  change(r)
  if (rehash) r.hash = recordHash(r as unknown as TraceRecord)
  return recordLine(r as unknown as TraceRecord)
}

describe('the hash chain', () => {
  it('links records: seq from 1, prev_hash of the first is 64 zeros, hash covers the rest', () => {
    const a = sealRecord({ type: 'run_paused', reason: 'x' }, undefined, 't1')
    const b = sealRecord({ type: 'run_paused', reason: 'y' }, a, 't2')
    expect([a.seq, a.prev_hash, b.seq, b.prev_hash]).toEqual([1, GENESIS_HASH, 2, a.hash])
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(recordLine(a)).toBe(
      `{"hash":"${a.hash}","prev_hash":"${GENESIS_HASH}","reason":"x","seq":1,"ts":"t1","type":"run_paused"}`
    )
    expect(checkChain([a, b])).toBeUndefined()
    expect(checkChain([b])).toMatchObject({ kind: 'seq-mismatch', index: 0 })
  })

  it('accepts every untouched trace', () => {
    fc.assert(
      fc.property(events, (list) => {
        const { lines, head } = seal(list)
        const t = parseTrace(bytesOf(lines))
        expect(t.broken).toBeUndefined()
        expect(t.torn).toBeUndefined()
        expect(t.head).toEqual(head)
        expect(t.records.map(recordLine)).toEqual(lines)
      })
    )
  })

  it('detects an edited line, with or without a recomputed hash', () => {
    fc.assert(
      fc.property(events, fc.nat(), fc.boolean(), (list, at, rehash) => {
        const { lines, head } = seal(list)
        const i = at % lines.length
        lines[i] = edit(lines[i] ?? '', (r) => (r.ts = `${String(r.ts)}!`), rehash)
        expect(detected(bytesOf(lines), head)).toBe(true)
        const t = parseTrace(bytesOf(lines))
        if (!rehash)
          expect(t.broken).toMatchObject({ kind: 'hash-mismatch', line: i + 1, seq: i + 1 })
      })
    )
  })

  it('detects a deleted line and names the record after the gap', () => {
    fc.assert(
      fc.property(events, fc.nat(), (list, at) => {
        const { lines, head } = seal(list)
        const i = at % (lines.length - 1) // deleting the last line is truncation, below
        lines.splice(i, 1)
        expect(detected(bytesOf(lines), head)).toBe(true)
        expect(parseTrace(bytesOf(lines)).broken).toMatchObject({
          kind: 'seq-mismatch',
          line: i + 1,
          seq: i + 2
        })
      })
    )
  })

  it('detects an inserted line: a copy of another, or a forged record with its own hash', () => {
    fc.assert(
      fc.property(events, fc.nat(), fc.nat(), fc.boolean(), (list, at, from, forge) => {
        const { lines, head } = seal(list)
        const i = at % (lines.length + 1)
        const copy = lines[from % lines.length] ?? ''
        const extra = forge
          ? edit(copy, (r) => ((r.seq = i + 1), (r.prev_hash = head.hash)), true)
          : copy
        lines.splice(i, 0, extra)
        expect(detected(bytesOf(lines), head)).toBe(true)
      })
    )
  })

  it('detects two lines swapped', () => {
    fc.assert(
      fc.property(events, fc.nat(), fc.nat(), (list, a, b) => {
        const { lines, head } = seal(list)
        const i = a % lines.length
        const j = b % lines.length
        fc.pre(i !== j)
        ;[lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? '']
        expect(detected(bytesOf(lines), head)).toBe(true)
      })
    )
  })

  it('detects whole final lines cut off, against the recorded head', () => {
    fc.assert(
      fc.property(events, fc.integer({ min: 1, max: 12 }), (list, k) => {
        const { lines, head } = seal(list)
        const kept = lines.slice(0, Math.max(0, lines.length - k))
        const t = parseTrace(bytesOf(kept))
        expect(t.broken).toBeUndefined() // a shorter chain is a valid chain...
        expect(detected(bytesOf(kept), head)).toBe(true) // ...but not the one recorded
      })
    )
  })

  it('detects any single changed byte', () => {
    fc.assert(
      fc.property(events, fc.nat(), fc.integer({ min: 1, max: 255 }), (list, at, mask) => {
        const { lines, head } = seal(list)
        const bytes = bytesOf(lines)
        const i = at % bytes.length
        bytes[i] = (bytes[i] ?? 0) ^ mask
        expect(detected(bytes, head)).toBe(true)
      }),
      { numRuns: 500 }
    )
  })

  it('reports a final line cut short as a torn write, not as tampering', () => {
    fc.assert(
      fc.property(events, fc.nat(), (list, at) => {
        const { lines } = seal(list)
        const last = Buffer.from(lines.at(-1) ?? '')
        const cut = 1 + (at % (last.length - 1)) // a proper, non-empty prefix
        const bytes = Buffer.concat([bytesOf(lines.slice(0, -1)), last.subarray(0, cut)])
        const t = parseTrace(bytes)
        expect(t.broken).toBeUndefined()
        expect(t.torn).toEqual({ line: lines.length, offset: bytes.length - cut, bytes: cut })
        expect(t.records).toHaveLength(lines.length - 1)
      })
    )
  })

  it('reports a bad line that is not the last one as tampering, with its line and seq', () => {
    const { lines } = seal([
      { type: 'run_paused', reason: 'a' },
      { type: 'run_paused', reason: 'b' },
      { type: 'run_paused', reason: 'c' }
    ])
    const cut = [lines[0], (lines[1] ?? '').slice(0, 20), lines[2]] as string[]
    expect(parseTrace(bytesOf(cut))).toMatchObject({
      records: [{ seq: 1 }],
      broken: { kind: 'unparsable', line: 2, seq: 2 }
    })
    const spaced = [lines[0], ` ${lines[1]}`, lines[2]] as string[]
    expect(parseTrace(bytesOf(spaced)).broken).toMatchObject({ kind: 'not-canonical', line: 2 })
    const blank = [lines[0], '', lines[1]] as string[]
    expect(parseTrace(bytesOf(blank)).broken).toMatchObject({ kind: 'unparsable', line: 2 })
    const foreign = [lines[0], '{"type":"x","seq":2}'] as string[]
    expect(parseTrace(bytesOf(foreign)).broken).toMatchObject({ kind: 'malformed', line: 2 })
  })

  it('keeps a complete last record that lacks only its newline', () => {
    const { lines, head } = seal([
      { type: 'run_paused', reason: 'a' },
      { type: 'run_paused', reason: 'b' }
    ])
    const t = parseTrace(Buffer.from(`${lines[0]}\n${lines[1]}`))
    expect(t).toMatchObject({ unterminated: true, head })
    expect(t.torn).toBeUndefined()
  })
})
