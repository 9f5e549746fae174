import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunEvent } from '../../src/engine/events.js'
import { parseTrace, readTrace } from '../../src/trace/index.js'
import { readAnchor } from '../../src/trace/head-anchor.js'
import { TEST_BATCH_BYTES, TraceWriter } from '../../src/trace/trace-writer.js'
import { fakeClock, tempDir } from './helpers.js'

const paused = (reason: string): RunEvent => ({ type: 'run_paused', reason })

describe('TraceWriter', () => {
  it('appends one canonical line per event and returns the record as stored', async () => {
    const path = join(await tempDir(), 'trace.jsonl')
    const writer = await TraceWriter.open(path, fakeClock(), [])
    const first = await writer.append(paused('a'))
    const second = await writer.append({
      type: 'run_resumed',
      actor: 'bob',
      discarded_bytes: undefined
    })
    await writer.sync()
    await writer.close()
    const text = await readFile(path, 'utf8')
    expect(text.split('\n')).toHaveLength(3)
    expect(text.endsWith('\n')).toBe(true)
    expect(first).toMatchObject({ seq: 1, ts: '2026-11-22T15:30:42.000Z', reason: 'a' })
    expect(second).not.toHaveProperty('discarded_bytes')
    expect(parseTrace(Buffer.from(text)).records).toEqual([first, second])
  })

  it('keeps call order and an intact chain when appends are not awaited one by one', async () => {
    const path = join(await tempDir(), 'trace.jsonl')
    const writer = await TraceWriter.open(path, fakeClock(), [])
    const stored = await Promise.all(
      Array.from({ length: 200 }, (_, i) => writer.append(paused(`${i}`)))
    )
    await writer.close()
    const trace = await readTrace(path)
    expect(trace.broken).toBeUndefined()
    expect(trace.records.map((r) => (r.type === 'run_paused' ? r.reason : ''))).toEqual(
      Array.from({ length: 200 }, (_, i) => `${i}`)
    )
    expect(trace.records).toEqual(stored)
  })

  it('continues the chain of a reopened trace', async () => {
    const path = join(await tempDir(), 'trace.jsonl')
    const clock = fakeClock()
    const w1 = await TraceWriter.open(path, clock, [])
    await w1.append(paused('a'))
    await w1.close()
    const before = await readTrace(path)
    const w2 = await TraceWriter.open(path, clock, before.records)
    const r = await w2.append(paused('b'))
    await w2.close()
    expect(r.prev_hash).toBe(before.head.hash)
    const after = await readTrace(path)
    expect(after.broken).toBeUndefined()
    expect(after.head).toEqual({ seq: 2, hash: r.hash })
  })

  it('refuses to append after close, and a value JSON cannot carry', async () => {
    const path = join(await tempDir(), 'trace.jsonl')
    const writer = await TraceWriter.open(path, fakeClock(), [])
    await expect(
      writer.append({ type: 'run_finished', status: 'passed', passed: NaN, failed: 0, error: null })
    ).rejects.toThrow('$.passed: NaN is not a JSON number')
    expect(writer.head.seq).toBe(0)
    await writer.close()
    await expect(writer.append(paused('late'))).rejects.toThrow('the trace is closed')
    expect(await readFile(path, 'utf8')).toBe('')
  })

  it('not durable: sync() writes in batches, flush() writes the rest and anchors the head', async () => {
    const dir = await tempDir()
    const path = join(dir, 'trace.jsonl')
    const anchor = join(dir, 'trace.head.json')
    const writer = await TraceWriter.open(path, fakeClock(), [], anchor, { durable: false })
    const first = await writer.append(paused('a'))
    await writer.sync()
    // A step boundary writes nothing while the queue is small (a durable writer commits here).
    expect(await readFile(path, 'utf8')).toBe('')
    const big = 'x'.repeat(TEST_BATCH_BYTES)
    await writer.append(paused(big))
    await writer.sync()
    expect((await readTrace(path)).records.map((r) => r.seq)).toEqual([1, 2])
    // The anchor file exists from the first write on, still naming that first commit's head.
    expect(readAnchor(await readFile(anchor)).heads[0]).toEqual({ seq: 2, hash: writer.head.hash })
    const third = await writer.append(paused('c'))
    await writer.sync()
    expect((await readTrace(path)).records).toHaveLength(2)
    await writer.flush()
    const trace = await readTrace(path)
    expect(trace.broken).toBeUndefined()
    expect(trace.records.map((r) => r.seq)).toEqual([first.seq, 2, third.seq])
    expect(readAnchor(await readFile(anchor)).heads[0]).toEqual({ seq: 3, hash: third.hash })
    await writer.close()
  })

  it('durable (the default): every sync() writes the queue and anchors the head', async () => {
    const dir = await tempDir()
    const path = join(dir, 'trace.jsonl')
    const anchor = join(dir, 'trace.head.json')
    const writer = await TraceWriter.open(path, fakeClock(), [], anchor)
    const first = await writer.append(paused('a'))
    await writer.sync()
    expect((await readTrace(path)).records).toEqual([first])
    expect(readAnchor(await readFile(anchor)).heads[0]).toEqual({ seq: 1, hash: first.hash })
    await writer.close()
  })
})
