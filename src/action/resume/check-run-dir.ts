// The second half of the resume checks, on the downloaded run directory (whose zip already matched
// the digest GitHub recorded): the format this Action reads, the same run, an intact hash chain
// whose head is the one the pause issue names, and the same runbook bytes as at the pause.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MANIFEST_FORMAT, readTrace, verifyRun } from '../../trace/index.js'
import type { VerifyCheckId } from '../../trace/index.js'
import type { PauseRecord } from '../pause/issue-body.js'
import { ResumeRefusedError } from './check-dispatch.js'

const INTEGRITY: VerifyCheckId[] = ['trace', 'manifest', 'files', 'snapshots', 'runbook']

/** Checks a downloaded run directory against the pause record; throws ResumeRefusedError. */
export async function checkRunDir(
  dir: string,
  record: PauseRecord,
  checkoutDigest: string
): Promise<void> {
  let manifest: { format?: unknown; run_id?: unknown; runbook_digest?: unknown; status?: unknown }
  try {
    manifest = JSON.parse(await readFile(join(dir, 'run.json'), 'utf8')) as typeof manifest
  } catch {
    throw new ResumeRefusedError(`the artifact of run ${record.run_id} has no readable run.json`)
  }
  if (manifest.format !== MANIFEST_FORMAT)
    throw new ResumeRefusedError(
      `the run directory was written in format ${JSON.stringify(manifest.format)}; this version of the Action reads ${MANIFEST_FORMAT}. Resume it with the version that paused it, or start the run again`
    )
  if (manifest.run_id !== record.run_id)
    throw new ResumeRefusedError(
      `the artifact holds run ${String(manifest.run_id)}, not run ${record.run_id}`
    )
  const report = await verifyRun(dir)
  if (report.status !== 'paused')
    throw new ResumeRefusedError(
      `run ${record.run_id} is ${report.status ?? 'unreadable'}, not paused: there is nothing to resume`
    )
  // The integrity checks must pass; the others (run, steps, evidence, approvals, assertions) judge
  // a finished run and report the paused step and those after it as missing.
  const checks = report.checks.filter((c) => INTEGRITY.includes(c.id))
  const first = checks.flatMap((c) => c.problems)[0]
  if (first !== undefined || checks.some((c) => c.status !== 'ok'))
    throw new ResumeRefusedError(
      `the run directory of ${record.run_id} does not verify: ${first?.message ?? 'a check could not run'}`
    )
  const trace = await readTrace(join(dir, 'trace.jsonl'))
  if (trace.head.hash !== record.trace_head)
    throw new ResumeRefusedError(
      `the trace of run ${record.run_id} ends at ${trace.head.hash}, but the pause issue names ${record.trace_head}: the artifact is not the one that paused`
    )
  if (manifest.runbook_digest !== record.runbook_digest || checkoutDigest !== record.runbook_digest)
    throw new ResumeRefusedError(
      `the runbook changed since run ${record.run_id} paused (paused with ${record.runbook_digest}, the checkout has ${checkoutDigest}): a paused run resumes only the runbook it was approved for`
    )
}
