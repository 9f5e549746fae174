// verify's manifest check: run.json names the trace's last record, and every other field it holds
// is what the fold of the trace says (manifestBody, the same function the writer uses), so no field
// of run.json can be changed, added or removed unseen.
import type { TraceRecord } from '../engine/events.js'
import type { RunState } from '../engine/model.js'
import { firstDifference } from './json-diff.js'
import type { Manifest } from './manifest.js'
import { manifestBody, stepSummary } from './manifest.js'
import type { VerifyCheck, VerifyProblem } from './verify-report.js'
import { checkResult } from './verify-report.js'

type Problem = Omit<VerifyProblem, 'check'>

/** Fields with checks of their own: the trace head (here) and the file digests (checkFiles). */
const OWN_CHECKS = new Set(['trace', 'files'])

/** run.json: present, naming the trace's last record, and agreeing with the trace field by field. */
export function checkManifest(
  manifest: Manifest | string,
  records: readonly TraceRecord[],
  traceIntact: boolean,
  final: RunState | undefined
): VerifyCheck {
  if (typeof manifest === 'string')
    return checkResult('manifest', [{ file: 'run.json', message: manifest }], '')
  const problems = headProblems(manifest, records, traceIntact)
  const last = records.at(-1)
  if (final !== undefined && last !== undefined && problems.length === 0)
    problems.push(...fieldProblems(manifest, final, records, last.ts))
  return checkResult(
    'manifest',
    problems,
    `run.json names the trace head (record ${manifest.trace.seq})`
  )
}

function headProblems(
  manifest: Manifest,
  records: readonly TraceRecord[],
  traceIntact: boolean
): Problem[] {
  const head = manifest.trace
  const at = records[head.seq - 1]
  const last = records.at(-1)
  if (at === undefined) {
    const what = traceIntact ? 'records were truncated' : 'the trace is broken before it'
    const message = `run.json records trace head ${head.seq}, but trace.jsonl holds ${records.length} intact records: ${what}`
    return [{ seq: head.seq, message }]
  }
  if (at.hash !== head.hash) {
    const message = `run.json's trace head does not match record ${head.seq} (hash differs)`
    return [{ seq: head.seq, message }]
  }
  if (traceIntact && last !== undefined && last.seq !== head.seq) {
    const message = `trace.jsonl goes on after the head run.json records (record ${head.seq}): ${last.seq - head.seq} records were added after the run was committed`
    return [{ seq: head.seq + 1, message }]
  }
  return []
}

/** One problem per top-level field of run.json that differs from the fold, naming the first leaf. */
function fieldProblems(
  manifest: Manifest,
  final: RunState,
  records: readonly TraceRecord[],
  lastTs: string
): Problem[] {
  const expected: Record<string, unknown> = manifestBody(final, stepSummary(records), lastTs)
  const stored = manifest as unknown as Record<string, unknown>
  const keys = [...new Set([...Object.keys(stored), ...Object.keys(expected)])]
  const problems: Problem[] = []
  for (const key of keys.filter((k) => !OWN_CHECKS.has(k)).sort()) {
    const d = firstDifference({ [key]: stored[key] }, { [key]: expected[key] })
    if (d === undefined) continue
    problems.push({
      file: 'run.json',
      message: `run.json says ${d.path} ${d.left}, but the trace says ${d.right}`
    })
  }
  return problems
}
