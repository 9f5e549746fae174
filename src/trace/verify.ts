// verifyRun: what an auditor runs on a run directory. It checks the stored record (hash chain,
// run.json and every file digest, snapshots, the runbook copy) and then the governance rules of
// seed §8 against the runbook the run started with. It reads only; it never repairs.
import { readFile, stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import type { RunStartedEvent } from '../engine/events.js'
import { digestsOnce } from './durable-file.js'
import { durableClaims, shortfall } from './durable-head.js'
import { parseManifest } from './manifest.js'
import { HEAD_FILE, inRun, MANIFEST_FILE, TRACE_FILE } from './run-paths.js'
import { foldStates } from './trace-fold.js'
import { readTrace } from './trace-reader.js'
import { checkRules } from './verify-rules.js'
import type { Deviation } from './verify-rules.js'
import { checkDecisions } from './verify-decisions.js'
import type { VerifyCheck, VerifyCheckId, VerifyReport } from './verify-report.js'
import { checkResult, skippedCheck } from './verify-report.js'
import { checkManifest } from './verify-manifest.js'
import { checkFiles, checkRunbookCopy, checkSnapshots, checkTrace } from './verify-storage.js'

export { formatVerifyReport } from './verify-report.js'
export type { VerifyCheck, VerifyCheckId, VerifyProblem, VerifyReport } from './verify-report.js'

const RULE_CHECKS: VerifyCheckId[] = [
  'run',
  'steps',
  'evidence',
  'approvals',
  'assertions',
  'decisions'
]

/** Verifies the run directory `dir`. Damage is reported, never thrown. */
export async function verifyRun(
  dir: string,
  opts: { allowSkips?: boolean } = {}
): Promise<VerifyReport> {
  const abs = resolve(dir)
  const run_id = basename(abs)
  if (
    !(await stat(abs).then(
      (s) => s.isDirectory(),
      () => false
    ))
  ) {
    const check = checkResult('trace', [{ message: `${dir} is not a run directory` }], '')
    return { ok: false, run_id, records: 0, checks: [check] }
  }
  const digestOf = digestsOnce(abs)
  const trace = await readTrace(inRun(abs, TRACE_FILE))
  const records = trace.records
  const folded = foldStates(records)
  const final = folded.states.at(-1)
  // run.json's and the snapshots' claims have their own checks below; the anchor's is the trace's.
  const anchor = (await durableClaims(abs)).filter((c) => c.source === HEAD_FILE)
  const traceCheck = checkTrace(trace, folded, shortfall(records, anchor))
  const intact = traceCheck.status === 'ok'
  const checks: VerifyCheck[] = [traceCheck]

  const manifestBytes = await readFile(inRun(abs, MANIFEST_FILE)).catch(() => undefined)
  const manifest =
    manifestBytes === undefined
      ? 'the run is not committed: run.json missing'
      : parseManifest(manifestBytes)
  checks.push(checkManifest(manifest, records, intact, final))
  checks.push(
    typeof manifest === 'string'
      ? skippedCheck('files', 'without run.json there are no digests to check files against')
      : await checkFiles(abs, manifest, intact ? records : [], digestOf)
  )
  const untrusted = 'the trace is not intact, so its events cannot be trusted'
  checks.push(
    intact ? await checkSnapshots(abs, records, folded) : skippedCheck('snapshots', untrusted)
  )

  const started = records[0]?.type === 'run_started' ? (records[0] as RunStartedEvent) : undefined
  const copy = await checkRunbookCopy(abs, started?.runbook_digest)
  const deviations: Deviation[] = []
  checks.push(copy.check)
  if (!intact || final === undefined) {
    checks.push(...RULE_CHECKS.map((id) => skippedCheck(id, untrusted)))
  } else if (copy.runbook === undefined) {
    const why = 'the runbook the run started with is not available to check against'
    checks.push(...RULE_CHECKS.map((id) => skippedCheck(id, why)))
  } else {
    const rules = await checkRules(copy.runbook, final, records, digestOf, opts.allowSkips)
    checks.push(...rules.checks)
    deviations.push(...rules.deviations)
    checks.push(checkDecisions(copy.runbook, records, (seq) => folded.states[seq - 2]))
  }
  return {
    ok: checks.every((c) => c.status === 'ok'),
    run_id,
    ...(final === undefined ? {} : { runbook_name: final.runbook_name, status: final.status }),
    ...(final?.outcome === undefined
      ? {}
      : {
          outcome: {
            state: final.outcome.state,
            step_id: final.outcome.step_id,
            ...(final.outcome.recommendation === undefined
              ? {}
              : { recommendation: final.outcome.recommendation })
          }
        }),
    records: records.length,
    checks,
    ...(deviations.length === 0 ? {} : { deviations })
  }
}
