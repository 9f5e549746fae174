// The durable head anchor's two slots (src/trace/head-anchor.ts): rewritten in place, one slot per
// commit; a torn slot reads as no claim and the other keeps the previous head; a file with no valid
// slot is refused by verify and resume, saying why; an edited slot is caught by the other.
import { readFile, stat, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import type { TraceRecord } from '../../src/engine/events.js'
import {
  canonicalJson,
  formatVerifyReport,
  openRun,
  recordLine,
  sealRecord,
  TraceTamperedError,
  verifyRun
} from '../../src/trace/index.js'
import type { TraceHead } from '../../src/trace/index.js'
import {
  ANCHOR_SIZE,
  encodeSlot,
  HEAD_FORMAT_V1,
  readAnchor,
  SLOT_SIZE
} from '../../src/trace/head-anchor.js'
import { TraceWriter } from '../../src/trace/trace-writer.js'
import type { BuiltRun } from './run-fixture.js'
import { buildRun } from './run-fixture.js'
import { fakeClock, tempDir } from './helpers.js'

const anchorOf = (run: BuiltRun) => join(run.dir, 'trace.head.json')
const traceOf = (run: BuiltRun) => join(run.dir, 'trace.jsonl')
const head = (seq: number, fill: string): TraceHead => ({ seq, hash: fill.repeat(64) })

/** The slot of the anchor's bytes holding `seq` (the newest claim when none is given). */
function slotHolding(bytes: Buffer, seq: number): number {
  const at = [0, 1].find((i) => {
    const text = bytes.subarray(i * SLOT_SIZE, (i + 1) * SLOT_SIZE).toString('latin1')
    return text.includes(`"seq":${seq}}`)
  })
  if (at === undefined) throw new Error(`no slot holds seq ${seq}`)
  return at
}

async function tearSlot(run: BuiltRun, slot: number, bytes: Buffer): Promise<void> {
  const file = await readFile(anchorOf(run))
  bytes.copy(file, slot * SLOT_SIZE)
  await writeFile(anchorOf(run), file)
}

/** The trace's problems as verify prints them. */
async function traceProblems(run: BuiltRun): Promise<string[] | undefined> {
  const check = (await verifyRun(run.dir)).checks.find((c) => c.id === 'trace')
  return check?.status === 'ok' ? undefined : check?.problems.map((p) => p.message)
}

describe('the head anchor file', () => {
  it('is created once and rewritten in place: each commit fills the slot not holding the newest head', async () => {
    const dir = await tempDir()
    const anchor = join(dir, 'trace.head.json')
    const writer = await TraceWriter.open(join(dir, 'trace.jsonl'), fakeClock(), [], anchor)
    const heads: TraceHead[] = []
    let inode: number | undefined
    for (let i = 0; i < 5; i++) {
      await writer.append({ type: 'run_paused', reason: `${i}` })
      await writer.sync()
      heads.unshift(writer.head)
      const s = await stat(anchor)
      inode ??= s.ino
      expect([s.ino, s.size]).toEqual([inode, ANCHOR_SIZE])
      // The newest claim first, then the one before it, still valid in the other slot (the file
      // is created with the first head in both).
      const want = i === 0 ? [writer.head, writer.head] : heads.slice(0, 2)
      expect(readAnchor(await readFile(anchor)).heads).toEqual(want)
    }
    await writer.sync() // nothing new: the anchor is not written again
    const bytes = await readFile(anchor)
    expect(readAnchor(bytes).heads).toEqual(heads.slice(0, 2))
    await writer.close()
    expect(await readFile(anchor)).toEqual(bytes)
    expect(bytes.toString('latin1', 0, 250)).toMatch(
      /^\{"check":"[0-9a-f]{64}","format":"runbook-trace-head\/v2","hash":"[0-9a-f]{64}","seq":\d\}/
    )
  })

  it('never makes a false claim, whichever bytes of a commit reached the disk', () => {
    // Slot 1 holds record 2 (the newest), slot 0 record 1; the commit of record 13 rewrites slot 0.
    const [older, newest, next] = [head(1, 'a'), head(2, 'b'), head(13, 'c')]
    const before = Buffer.concat([encodeSlot(older), encodeSlot(newest)])
    const written = encodeSlot(next)
    const line = written.indexOf(0x20) // the JSON line; the padding is the same in both
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: line, maxLength: line }), (reached) => {
        const torn = Buffer.from(before)
        reached.forEach((r, i) => {
          if (r) torn[i] = written[i] as number
        })
        const { heads, problem } = readAnchor(torn)
        expect(problem).toBeUndefined()
        // Every claim is one that was made durably; the newest is the last commit or this one.
        for (const h of heads) expect([older, newest, next]).toContainEqual(h)
        expect([newest, next]).toContainEqual(heads[0])
      }),
      { numRuns: 2000 }
    )
  })
})

describe('verify and resume read the newest valid slot', () => {
  let run: BuiltRun
  beforeEach(async () => {
    run = await buildRun()
  })

  it('a torn newest slot leaves the older claim: the trace verifies, and resume rewrites the slot', async () => {
    const bytes = await readFile(anchorOf(run))
    const torn = encodeSlot(head(26, 'f')).subarray(0, 100) // a commit that never finished
    await tearSlot(run, slotHolding(bytes, 25), torn)
    expect(await traceProblems(run)).toBeUndefined()
    const opened = await openRun(run.runsDir, run.runId, { clock: fakeClock() })
    await opened.store.close()
    // The commit at open went to the torn slot: both hold a claim again, the newest the head.
    const after = readAnchor(await readFile(anchorOf(run)))
    expect(after.heads).toHaveLength(2)
    expect(after.heads[0]).toEqual(opened.store.head)
  })

  it('a torn newest slot still proves the older head: a trace cut below it is refused', async () => {
    const [newest, older] = readAnchor(await readFile(anchorOf(run))).heads
    expect(older?.seq).toBeLessThan(newest?.seq ?? 0)
    await tearSlot(run, slotHolding(await readFile(anchorOf(run)), 25), Buffer.from('\0\0\0\0'))
    const lines = (await readFile(traceOf(run), 'utf8')).split('\n')
    const kept = (older?.seq ?? 0) - 1
    await writeFile(traceOf(run), lines.slice(0, kept).join('\n') + '\n')
    const why = `trace.jsonl holds ${kept} intact records, but trace.head.json proves ${older?.seq} were written durably: records were dropped or a line was cut`
    expect(await traceProblems(run)).toEqual([why])
    await expect(openRun(run.runsDir, run.runId, { clock: fakeClock() })).rejects.toThrow(why)
  })

  it('both slots torn: no claim, verify says why and resume refuses', async () => {
    // 'x' is no hex digit: the bytes differ from any check (a '0' left the slot intact when its check began with 0)
    await tearSlot(run, 0, Buffer.from('{"check":"x'))
    await tearSlot(run, 1, encodeSlot(head(25, 'e')).subarray(0, 80))
    const why =
      'trace.head.json makes no claim: neither slot holds a valid claim (slot 1 fails its check (a torn or edited write); slot 2 fails its check (a torn or edited write)); a crash tears at most one, so the file was damaged or edited'
    expect(await traceProblems(run)).toEqual([why])
    expect(formatVerifyReport(await verifyRun(run.dir))).toContain(`  FAIL  trace      ${why}`)
    const refused = openRun(run.runsDir, run.runId, { clock: fakeClock() })
    await expect(refused).rejects.toThrow(TraceTamperedError)
    await expect(refused).rejects.toThrow(why)
  })

  it('a file of another size makes no claim either', async () => {
    await truncate(anchorOf(run), 100)
    expect(await traceProblems(run)).toEqual([
      'trace.head.json makes no claim: it is 100 bytes, neither two 4096-byte slots of runbook-trace-head/v2 nor a runbook-trace-head/v1 anchor'
    ])
  })

  it('an attacker who rewrites the trace and one slot, with a valid check, is caught by the other slot', async () => {
    const bytes = await readFile(anchorOf(run))
    const [, older] = readAnchor(bytes).heads
    let forged: TraceRecord | undefined
    const lines = run.records.map(({ seq: _s, ts: _t, prev_hash: _p, hash: _h, ...event }) => {
      forged = sealRecord(event, forged, 'forged')
      return `${recordLine(forged)}\n`
    })
    await writeFile(traceOf(run), lines.join(''))
    await tearSlot(run, slotHolding(bytes, 25), encodeSlot(forged as TraceRecord))
    expect(await traceProblems(run)).toEqual([
      `trace.head.json names record ${older?.seq} with another hash than trace.jsonl's: the trace was rewritten`
    ])
    const report = await verifyRun(run.dir)
    const files = report.checks.find((c) => c.id === 'files')?.problems.map((p) => p.file)
    expect(files).toContain('trace.head.json') // and run.json's digest of the anchor, as before
  })

  it('reads the v1 anchor of an earlier version; resuming such a run replaces it with the slots', async () => {
    const last = run.records.at(-1)
    const v1 = { format: HEAD_FORMAT_V1, seq: 25, hash: last?.hash }
    await writeFile(anchorOf(run), `${canonicalJson(v1)}\n`)
    expect(await traceProblems(run)).toBeUndefined()
    // Opened and closed with nothing recorded: the file stays as run.json records it.
    const looked = await openRun(run.runsDir, run.runId, { clock: fakeClock() })
    await looked.store.close()
    expect(await readFile(anchorOf(run), 'utf8')).toBe(`${canonicalJson(v1)}\n`)
    const opened = await openRun(run.runsDir, run.runId, { clock: fakeClock() })
    await opened.store.append({ type: 'run_resumed', actor: 'bob' })
    await opened.store.close()
    const bytes = await readFile(anchorOf(run))
    expect(bytes.length).toBe(ANCHOR_SIZE)
    expect(readAnchor(bytes).heads[0]).toEqual(opened.store.head)

    const cut = await buildRun()
    await writeFile(anchorOf(cut), `${canonicalJson(v1)}\n`)
    const text = await readFile(traceOf(cut), 'utf8')
    await writeFile(traceOf(cut), text.split('\n').slice(0, 23).join('\n') + '\n')
    expect(await traceProblems(cut)).toEqual([
      'trace.jsonl holds 23 intact records, but trace.head.json proves 25 were written durably: records were dropped or a line was cut'
    ])
  })
})
