// verify's checks of the stored record itself: the hash chain, run.json and the file digests, the
// snapshots, and the runbook copy. Each returns a VerifyCheck; none throws for damage it finds.
import { readdir, readFile } from 'node:fs/promises'
import type { SnapshotWrittenEvent, TraceRecord } from '../engine/events.js'
import type { RunbookV0 } from '../runbook/index.js'
import { formatDiagnostic, validateRunbookText } from '../runbook/index.js'
import type { DigestOf } from './durable-file.js'
import { NEVER_STARTED } from './errors.js'
import { sha256Hex } from './hash-chain.js'
import type { Manifest } from './manifest.js'
import { walkRunDir } from './manifest.js'
import {
  inRun,
  isSafeRelativePath,
  RUNBOOK_FILE,
  SNAPSHOTS_DIR,
  snapshotIndex
} from './run-paths.js'
import { checkSnapshot } from './snapshot.js'
import type { FoldedTrace } from './trace-fold.js'
import type { ParsedTrace } from './trace-reader.js'
import type { VerifyCheck, VerifyProblem } from './verify-report.js'
import { checkResult, describeDigest, skippedCheck } from './verify-report.js'

type Problem = Omit<VerifyProblem, 'check'>

/** The hash chain, a torn tail, and whether the events describe a possible run. */
export function checkTrace(
  trace: ParsedTrace & { missing?: true },
  folded: FoldedTrace,
  /** What the durable head anchor proves is missing (durable-head.ts). */
  short: readonly string[] = []
): VerifyCheck {
  const problems: Problem[] = []
  const n = trace.records.length
  if (trace.broken !== undefined) {
    const { line, seq, message } = trace.broken
    problems.push({ seq, line, message: `line ${line} (record ${seq}): ${message}` })
  } else if (trace.missing === true) {
    problems.push({
      message: 'there is no trace.jsonl: this is not a run directory, or its trace was deleted'
    })
  } else {
    // A torn line is a crash's unfinished append only when nothing durable saw it: `short` says
    // when the durable head anchor proves records (or the torn line itself) were on disk.
    for (const message of short) problems.push({ seq: n + 1, message })
    if (trace.torn !== undefined) {
      const { line, bytes } = trace.torn
      problems.push({
        line,
        seq: n + 1,
        message: `the trace ends with a torn write of ${bytes} bytes at line ${line} (a crash mid-append): resume the run to set it aside`
      })
    } else if (n === 0) {
      // Nothing durable claims a record: the process ended before run_started was committed.
      const why = short.length === 0 ? `: ${NEVER_STARTED}` : ''
      problems.push({ message: `trace.jsonl holds no records${why}` })
    }
  }
  if (folded.error !== undefined) {
    const seq = folded.error.seq
    problems.push({
      seq,
      line: seq,
      message: `events do not describe a possible run: ${folded.error.message}`
    })
  }
  return checkResult('trace', problems, `${n} records, hash chain intact`)
}

/**
 * Every file of the directory against run.json's digests (changed, missing or extra files), and
 * each stored full output against the digest its step_result recorded in the chain: run.json is
 * not chained, so its digests alone would let an output be swapped along with its entry.
 */
export async function checkFiles(
  dir: string,
  manifest: Manifest,
  records: readonly TraceRecord[],
  digestOf: DigestOf
): Promise<VerifyCheck> {
  const problems: Problem[] = []
  const walk = await walkRunDir(dir)
  const present = new Set(walk.files)
  for (const [file, want] of Object.entries(manifest.files)) {
    if (!isSafeRelativePath(file)) {
      problems.push({
        file,
        message: `run.json lists ${JSON.stringify(file)}, which is not a path inside the run`
      })
    } else if (!present.has(file)) {
      problems.push({ file, message: `${file} is listed in run.json but missing` })
    } else {
      const got = await digestOf(file)
      if (got.sha256 !== want.sha256 || got.bytes !== want.bytes) {
        problems.push({
          file,
          message: `${file} changed: ${describeDigest(got)}, run.json records ${describeDigest(want)}`
        })
      }
    }
  }
  for (const file of walk.files) {
    if (!Object.hasOwn(manifest.files, file))
      problems.push({ file, message: `${file} is not listed in run.json` })
  }
  for (const file of walk.others) problems.push({ file, message: `${file} is not a regular file` })
  problems.push(...(await outputProblems(records, digestOf)))
  const count = Object.keys(manifest.files).length
  return checkResult('files', problems, `${count} files match run.json`)
}

/** Each full output a step_result names (store_full_stdout) against that result's digest. */
async function outputProblems(
  records: readonly TraceRecord[],
  digestOf: DigestOf
): Promise<Problem[]> {
  const problems: Problem[] = []
  for (const r of records) {
    if (r.type !== 'step_result') continue
    for (const summary of [r.result.stdout, r.result.stderr]) {
      const file = summary?.file
      if (summary === undefined || file === undefined) continue
      const recorded = `the step_result at record ${r.seq} records ${describeDigest(summary)}`
      if (!isSafeRelativePath(file)) {
        const message = `the step_result at record ${r.seq} names ${JSON.stringify(file)}, which is not a path inside the run`
        problems.push({ file, seq: r.seq, message })
        continue
      }
      const got = await digestOf(file).catch(() => undefined)
      if (got === undefined) {
        problems.push({ file, seq: r.seq, message: `${file} is missing; ${recorded}` })
      } else if (got.sha256 !== summary.sha256 || got.bytes !== summary.bytes) {
        problems.push({
          file,
          seq: r.seq,
          message: `${file} is ${describeDigest(got)}, but ${recorded}`
        })
      }
    }
  }
  return problems
}

/** Each snapshot against the trace: recorded digest, trace head, and state equal to the fold. */
export async function checkSnapshots(
  dir: string,
  records: readonly TraceRecord[],
  folded: FoldedTrace
): Promise<VerifyCheck> {
  const problems: Problem[] = []
  const recorded = new Map<string, TraceRecord & SnapshotWrittenEvent>()
  for (const r of records) if (r.type === 'snapshot_written') recorded.set(r.file, r)
  const names = await readdir(inRun(dir, SNAPSHOTS_DIR)).catch(() => [] as string[])
  const files = names
    .filter((n) => snapshotIndex(n) !== undefined)
    .map((n) => `${SNAPSHOTS_DIR}/${n}`)
  for (const file of files.sort()) {
    const bytes = await readFile(inRun(dir, file))
    const event = recorded.get(file)
    if (event === undefined) {
      problems.push({ file, message: `${file}: no snapshot_written event records it` })
    } else if (event.sha256 !== sha256Hex(bytes)) {
      problems.push({
        file,
        seq: event.seq,
        message: `${file} differs from the digest recorded at record ${event.seq}`
      })
      continue
    }
    const check = checkSnapshot(file, bytes, records, folded)
    if (!check.ok) problems.push({ file, message: `${file}: ${check.problem}` })
  }
  for (const [file, event] of recorded) {
    if (!files.includes(file)) {
      problems.push({
        file,
        seq: event.seq,
        message: `${file}, recorded at record ${event.seq}, is missing`
      })
    }
  }
  return checkResult('snapshots', problems, `${files.length} snapshots agree with the trace`)
}

/** runbook.yaml is the runbook the run started with, and it validates; returns it parsed. */
export async function checkRunbookCopy(
  dir: string,
  digest: string | undefined
): Promise<{ check: VerifyCheck; runbook?: RunbookV0 }> {
  if (digest === undefined) {
    return { check: skippedCheck('runbook', 'the trace has no run_started record') }
  }
  const fail = (message: string) => ({
    check: checkResult('runbook', [{ file: RUNBOOK_FILE, message }], '')
  })
  const bytes = await readFile(inRun(dir, RUNBOOK_FILE)).catch(() => undefined)
  if (bytes === undefined) return fail(`${RUNBOOK_FILE} is missing`)
  const got = `sha256:${sha256Hex(bytes)}`
  if (got !== digest) return fail(`${RUNBOOK_FILE} is ${got}, but the run started with ${digest}`)
  const parsed = validateRunbookText(bytes.toString('utf8'), RUNBOOK_FILE)
  const error = parsed.diagnostics.find((d) => d.severity === 'error')
  if (parsed.runbook === undefined) {
    return fail(
      `${RUNBOOK_FILE} does not validate: ${error === undefined ? '' : formatDiagnostic(error)}`
    )
  }
  const summary = `${RUNBOOK_FILE} is the runbook the run started with (${digest.slice(0, 19)}…)`
  return { check: checkResult('runbook', [], summary), runbook: parsed.runbook }
}
