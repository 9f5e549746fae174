// The trace's durable head: what the run's durable records prove trace.jsonl held. trace.head is
// rewritten atomically after every fsync of the trace (TraceWriter.sync), so it always names a
// record that reached the disk; snapshots and run.json name one too. A trace shorter than any of
// them lost records that were durable: a dropped tail or a line cut short by someone, never by a
// crash. resume and verify refuse such a trace, naming the count each source claims. A torn last
// line beyond every claim is the unfinished append of a crash, which nothing durable saw.
import { readdir, readFile } from 'node:fs/promises'
import type { TraceRecord } from '../engine/events.js'
import { canonicalJson, parseJsonBytes } from './canonical-json.js'
import { writeFileAtomic } from './durable-file.js'
import type { TraceHead } from './hash-chain.js'
import { parseManifest } from './manifest.js'
import { HEAD_FILE, inRun, MANIFEST_FILE, SNAPSHOTS_DIR, snapshotIndex } from './run-paths.js'

export const HEAD_FORMAT = 'runbook-trace-head/v1'

/** Rewrites the anchor atomically: after it returns, `head` is the durable head. */
export async function writeHeadAnchor(path: string, head: TraceHead): Promise<void> {
  await writeFileAtomic(path, `${canonicalJson({ format: HEAD_FORMAT, ...head })}\n`)
}

/** One durable record's word on the trace: `source` says record `head.seq` had hash `head.hash`. */
export interface DurableClaim {
  source: string
  head: TraceHead
}

/**
 * Every claim the run directory's durable files make on the trace: trace.head, run.json, and each
 * snapshot. A file that cannot be read as such makes no claim (verify's other checks report it).
 */
export async function durableClaims(dir: string): Promise<DurableClaim[]> {
  const claims: DurableClaim[] = []
  const anchor = headIn(await readFile(inRun(dir, HEAD_FILE)).catch(() => undefined))
  if (anchor !== undefined) claims.push({ source: HEAD_FILE, head: anchor })
  const manifestBytes = await readFile(inRun(dir, MANIFEST_FILE)).catch(() => undefined)
  const manifest = manifestBytes === undefined ? undefined : parseManifest(manifestBytes)
  if (manifest !== undefined && typeof manifest !== 'string')
    claims.push({ source: MANIFEST_FILE, head: manifest.trace })
  const names = await readdir(inRun(dir, SNAPSHOTS_DIR)).catch(() => [] as string[])
  for (const name of names.filter((n) => snapshotIndex(n) !== undefined).sort()) {
    const file = `${SNAPSHOTS_DIR}/${name}`
    const head = headIn(await readFile(inRun(dir, file)).catch(() => undefined), 'trace')
    if (head !== undefined) claims.push({ source: file, head })
  }
  return claims
}

/**
 * Why the trace cannot be what the claims say it was written as, one message per disagreeing
 * claim (empty when the trace honours them all). The first message names the largest claim.
 */
export function shortfall(
  records: readonly TraceRecord[],
  claims: readonly DurableClaim[]
): string[] {
  const out: string[] = []
  const sorted = [...claims].sort((a, b) => b.head.seq - a.head.seq)
  for (const { source, head } of sorted) {
    const record = records[head.seq - 1]
    if (head.seq > records.length) {
      out.push(
        `trace.jsonl holds ${records.length} intact records, but ${source} proves ${head.seq} were written durably: records were dropped or a line was cut`
      )
    } else if (head.seq > 0 && record?.hash !== head.hash) {
      out.push(
        `${source} names record ${head.seq} with another hash than trace.jsonl's: the trace was rewritten`
      )
    }
  }
  return out
}

/** The trace head a file holds: the anchor's own fields, or those under `key` (a snapshot). */
function headIn(bytes: Buffer | undefined, key?: string): TraceHead | undefined {
  if (bytes === undefined) return undefined
  const parsed = parseJsonBytes(bytes.at(-1) === 0x0a ? bytes.subarray(0, -1) : bytes)
  const value = parsed?.value as Record<string, unknown> | null | undefined
  const head = (key === undefined ? value : value?.[key]) as Partial<TraceHead> | null | undefined
  if (typeof head?.hash !== 'string' || !Number.isSafeInteger(head.seq)) return undefined
  return { seq: head.seq as number, hash: head.hash }
}
