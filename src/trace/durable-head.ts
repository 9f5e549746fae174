// The trace's durable head: what the run's durable records prove trace.jsonl held. trace.head.json
// (head-anchor.ts) names the last record each commit of the trace made durable, so it never names a
// record that did not reach the disk; snapshots and run.json name one too. A trace shorter than any
// of them lost records that were durable: a dropped tail or a line cut short by someone, never by a
// crash. resume and verify refuse such a trace, naming the count each source claims. A torn last
// line beyond every claim is the unfinished append of a crash, which nothing durable saw.
import { readdir, readFile } from 'node:fs/promises'
import type { TraceRecord } from '../engine/events.js'
import { parseJsonBytes } from './canonical-json.js'
import type { TraceHead } from './hash-chain.js'
import { readAnchor } from './head-anchor.js'
import { parseManifest } from './manifest.js'
import { HEAD_FILE, inRun, MANIFEST_FILE, SNAPSHOTS_DIR, snapshotIndex } from './run-paths.js'

/**
 * One durable record's word on the trace: `source` says record `head.seq` had hash `head.hash`; or,
 * for an anchor that makes no claim although a crash never leaves it so, `problem` says why.
 */
export type DurableClaim = { source: string; head: TraceHead } | { source: string; problem: string }

/**
 * Every claim the run directory's durable files make on the trace: each valid slot of
 * trace.head.json (or a problem when none is), run.json, and each snapshot. Another file that
 * cannot be read as such makes no claim (verify's other checks report it).
 */
export async function durableClaims(dir: string): Promise<DurableClaim[]> {
  const claims: DurableClaim[] = []
  const anchorBytes = await readFile(inRun(dir, HEAD_FILE)).catch(() => undefined)
  if (anchorBytes !== undefined) {
    const anchor = readAnchor(anchorBytes)
    if (anchor.problem !== undefined) claims.push({ source: HEAD_FILE, problem: anchor.problem })
    for (const head of anchor.heads) claims.push({ source: HEAD_FILE, head })
  }
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
 * Why the trace cannot be what the claims say it was written as, one message per source with a
 * disagreeing claim (empty when the trace honours them all): an anchor's problem first, then the
 * largest claim.
 */
export function shortfall(
  records: readonly TraceRecord[],
  claims: readonly DurableClaim[]
): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  for (const c of claims)
    if ('problem' in c) {
      out.push(`${c.source} makes no claim: ${c.problem}`)
      seen.add(c.source)
    }
  const heads = claims.flatMap((c) => ('head' in c ? [c] : []))
  for (const { source, head } of heads.sort((a, b) => b.head.seq - a.head.seq)) {
    if (seen.has(source)) continue
    const record = records[head.seq - 1]
    if (head.seq > records.length) {
      seen.add(source)
      out.push(
        `trace.jsonl holds ${records.length} intact records, but ${source} proves ${head.seq} were written durably: records were dropped or a line was cut`
      )
    } else if (head.seq > 0 && record?.hash !== head.hash) {
      seen.add(source)
      out.push(
        `${source} names record ${head.seq} with another hash than trace.jsonl's: the trace was rewritten`
      )
    }
  }
  return out
}

/** The trace head a snapshot holds under `key`. */
function headIn(bytes: Buffer | undefined, key: string): TraceHead | undefined {
  if (bytes === undefined) return undefined
  const parsed = parseJsonBytes(bytes.at(-1) === 0x0a ? bytes.subarray(0, -1) : bytes)
  const value = parsed?.value as Record<string, unknown> | null | undefined
  const head = value?.[key] as Partial<TraceHead> | null | undefined
  if (typeof head?.hash !== 'string' || !Number.isSafeInteger(head.seq)) return undefined
  return { seq: head.seq as number, hash: head.hash }
}
