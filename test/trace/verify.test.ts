import { createHash } from 'node:crypto'
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import {
  canonicalJson,
  formatVerifyReport,
  recordLine,
  sealRecord,
  verifyRun
} from '../../src/trace/index.js'
import type { RunEvent } from '../../src/engine/events.js'
import type { TraceHead, VerifyCheckId, VerifyReport } from '../../src/trace/index.js'
import type { BuiltRun } from './run-fixture.js'
import { buildRun } from './run-fixture.js'

/** The problems of each check that did not pass (skipped checks show their reason). */
function failures(report: VerifyReport): Partial<Record<VerifyCheckId, string[]>> {
  return Object.fromEntries(
    report.checks
      .filter((c) => c.status !== 'ok')
      .map((c) => [
        c.id,
        c.status === 'skipped' ? [`skipped: ${c.summary}`] : c.problems.map((p) => p.message)
      ])
  )
}

const RULES_SKIPPED = (why: string) => ({
  run: [`skipped: ${why}`],
  steps: [`skipped: ${why}`],
  evidence: [`skipped: ${why}`],
  approvals: [`skipped: ${why}`],
  assertions: [`skipped: ${why}`]
})
const UNTRUSTED = 'the trace is not intact, so its events cannot be trusted'

const file = (run: BuiltRun, rel: string) => join(run.dir, ...rel.split('/'))
async function editLines(run: BuiltRun, edit: (lines: string[]) => void): Promise<void> {
  const lines = (await readFile(file(run, 'trace.jsonl'), 'utf8')).split('\n').slice(0, -1)
  edit(lines)
  await writeFile(file(run, 'trace.jsonl'), lines.map((l) => `${l}\n`).join(''))
}

let complete: BuiltRun
beforeAll(async () => {
  complete = await buildRun()
})

describe('verifyRun on an untouched complete run', () => {
  it('passes every check and says so', async () => {
    const report = await verifyRun(complete.dir)
    expect(failures(report)).toEqual({})
    expect(report).toMatchObject({
      ok: true,
      run_id: complete.runId,
      status: 'passed',
      records: 25
    })
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
    expect(formatVerifyReport(report)).toBe(
      [
        `run ${complete.runId} (runbook 'disk-check', status passed, 25 records): verified`,
        '  ok    trace      25 records, hash chain intact',
        '  ok    manifest   run.json names the trace head (record 25)',
        '  ok    files      11 files match run.json',
        '  ok    snapshots  4 snapshots agree with the trace',
        `  ok    runbook    runbook.yaml is the runbook the run started with (${complete.state.runbook_digest.slice(0, 19)}…)`,
        '  ok    run        the run finished with status passed (record 25)',
        '  ok    steps      all 4 steps passed',
        '  ok    evidence   every manual step has its required evidence',
        '  ok    approvals  every approval requirement is met',
        '  ok    assertions every assertion passed',
        '  ok    decisions  0 decision(s) re-evaluated from the trace give the recorded results',
        ''
      ].join('\n')
    )
  })
})

describe('verifyRun on a damaged run directory', () => {
  let run: BuiltRun
  beforeEach(async () => {
    run = await buildRun()
  })

  it('names an edited record', async () => {
    await editLines(run, (lines) => {
      lines[5] = (lines[5] ?? '').replace('"allowed"', '"denied"')
    })
    const f = failures(await verifyRun(run.dir))
    expect(f.trace).toEqual([
      'line 6 (record 6): record 6 was edited: its content does not match its hash'
    ])
    expect(f).toMatchObject({ snapshots: [`skipped: ${UNTRUSTED}`], ...RULES_SKIPPED(UNTRUSTED) })
    expect(f.files).toEqual([expect.stringMatching(/^trace\.jsonl changed: /)])
  })

  it('names the record after a deleted one', async () => {
    await editLines(run, (lines) => lines.splice(9, 1))
    expect(failures(await verifyRun(run.dir)).trace).toEqual([
      'line 10 (record 11): expected record 10 after record 9, found record 11: records were deleted or reordered'
    ])
  })

  it('names reordered records', async () => {
    await editLines(run, (lines) => {
      ;[lines[3], lines[4]] = [lines[4] ?? '', lines[3] ?? '']
    })
    expect(failures(await verifyRun(run.dir)).trace).toEqual([
      'line 4 (record 5): expected record 4 after record 3, found record 5: records were deleted or reordered'
    ])
  })

  it('detects final records cut off, against run.json', async () => {
    await rm(file(run, 'trace.head.json'))
    await editLines(run, (lines) => lines.splice(-2))
    const f = failures(await verifyRun(run.dir))
    expect(f.trace).toBeUndefined()
    expect(f.manifest).toEqual([
      'run.json records trace head 25, but trace.jsonl holds 23 intact records: records were truncated'
    ])
    expect(f.run).toEqual([
      'the run is not finished: the trace ends at record 23 (step_result) without run_finished'
    ])
  })

  it('tells a directory without trace.jsonl from a trace with no records', async () => {
    await rm(file(run, 'trace.jsonl'))
    expect(failures(await verifyRun(run.dir)).trace).toEqual([
      'there is no trace.jsonl: this is not a run directory, or its trace was deleted'
    ])
    await writeFile(file(run, 'trace.jsonl'), '')
    expect(failures(await verifyRun(run.dir)).trace).toEqual([
      'trace.jsonl holds 0 intact records, but trace.head.json proves 25 were written durably: records were dropped or a line was cut',
      'trace.jsonl holds no records'
    ])
  })

  it('detects final records cut off, against the snapshots, even without run.json', async () => {
    await rm(file(run, 'run.json'))
    await rm(file(run, 'trace.head.json'))
    await editLines(run, (lines) => lines.splice(-3))
    const f = failures(await verifyRun(run.dir))
    expect(f.manifest).toEqual(['the run is not committed: run.json missing'])
    expect(f.files).toEqual([
      'skipped: without run.json there are no digests to check files against'
    ])
    expect(f.snapshots).toEqual([
      'snapshots/step-0004.json: no snapshot_written event records it',
      'snapshots/step-0004.json: it reflects record 23, but the trace has 22 records'
    ])
  })

  it('reports a torn final line apart from tampering', async () => {
    await appendFile(file(run, 'trace.jsonl'), '{"type":"run_res')
    const f = failures(await verifyRun(run.dir))
    expect(f.trace).toEqual([
      'the trace ends with a torn write of 16 bytes at line 26 (a crash mid-append): resume the run to set it aside'
    ])
  })

  it('refuses a trace cut short against the durable head anchor alone (no run.json, no snapshot)', async () => {
    await rm(file(run, 'run.json'))
    await rm(file(run, 'snapshots'), { recursive: true })
    await editLines(run, (lines) => lines.splice(-2))
    const report = await verifyRun(run.dir)
    expect(report.ok).toBe(false)
    expect(failures(report).trace).toEqual([
      'trace.jsonl holds 23 intact records, but trace.head.json proves 25 were written durably: records were dropped or a line was cut'
    ])
  })

  it('refuses a line cut in the middle below the durable head: not a torn append', async () => {
    const text = await readFile(file(run, 'trace.jsonl'), 'utf8')
    await writeFile(file(run, 'trace.jsonl'), text.slice(0, text.length - 40))
    expect(failures(await verifyRun(run.dir)).trace).toEqual([
      'trace.jsonl holds 24 intact records, but trace.head.json proves 25 were written durably: records were dropped or a line was cut',
      expect.stringMatching(/^the trace ends with a torn write of \d+ bytes at line 25/)
    ])
  })

  it('names records appended after the run was committed', async () => {
    const lines = (await readFile(file(run, 'trace.jsonl'), 'utf8')).split('\n')
    const last = run.records.at(-1)
    const extra = recordLine(sealRecord({ type: 'run_resumed', actor: 'mallory' }, last, 'later'))
    await writeFile(file(run, 'trace.jsonl'), `${lines.join('\n')}${extra}\n`)
    const f = failures(await verifyRun(run.dir))
    expect(f.manifest?.[0]).toBe(
      'trace.jsonl goes on after the head run.json records (record 25): 1 records were added after the run was committed'
    )
  })

  it('names a changed, a missing and an extra file', async () => {
    await writeFile(file(run, 'outputs/disk.1.stdout.txt'), 'Filesystem Size Use%\ntmpfs 1G 100%\n')
    await rm(file(run, 'attachments/sign_off/screenshot/dashboard_screenshot.png'))
    await writeFile(file(run, 'outputs/extra.txt'), 'x')
    const f = failures(await verifyRun(run.dir))
    expect(f.files).toEqual([
      'attachments/sign_off/screenshot/dashboard_screenshot.png is listed in run.json but missing',
      expect.stringMatching(
        /^outputs\/disk\.1\.stdout\.txt changed: 35 bytes with sha256 [0-9a-f]{12}…, run\.json records 33 bytes with sha256 [0-9a-f]{12}…$/
      ),
      'outputs/extra.txt is not listed in run.json',
      expect.stringMatching(
        /^outputs\/disk\.1\.stdout\.txt is 35 bytes with sha256 [0-9a-f]{12}…, but the step_result at record 8 records 33 bytes with sha256 [0-9a-f]{12}…$/
      )
    ])
    expect(f.evidence).toEqual([
      "step 'sign_off' evidence 'screenshot' (attachment): attachments/sign_off/screenshot/dashboard_screenshot.png is missing"
    ])
  })

  it('names a full output swapped together with its run.json entry, against its step_result', async () => {
    const rel = 'outputs/disk.1.stdout.txt'
    const forged = 'Filesystem Size Use%\ntmpfs 1G 1%\n'
    await writeFile(file(run, rel), forged)
    const manifest = JSON.parse(await readFile(file(run, 'run.json'), 'utf8')) as {
      files: Record<string, { sha256: string; bytes: number }>
    }
    manifest.files[rel] = {
      sha256: createHash('sha256').update(forged).digest('hex'),
      bytes: Buffer.byteLength(forged)
    }
    await writeFile(file(run, 'run.json'), JSON.stringify(manifest))
    const f = failures(await verifyRun(run.dir))
    expect(f).toEqual({
      files: [
        expect.stringMatching(
          /^outputs\/disk\.1\.stdout\.txt is 33 bytes with sha256 [0-9a-f]{12}…, but the step_result at record 8 records 33 bytes with sha256 [0-9a-f]{12}…$/
        )
      ]
    })
  })

  it('names an attachment whose content differs from its evidence record', async () => {
    const rel = 'attachments/sign_off/screenshot/dashboard_screenshot.png'
    await writeFile(file(run, rel), 'png')
    const f = failures(await verifyRun(run.dir))
    expect(f.evidence).toEqual([
      expect.stringMatching(
        /^step 'sign_off' evidence 'screenshot' \(attachment\): attachments\/sign_off\/screenshot\/dashboard_screenshot\.png is 3 bytes with sha256 [0-9a-f]{12}…, but 8 bytes with sha256 [0-9a-f]{12}… were recorded$/
      )
    ])
    expect(f.files?.[0]).toMatch(new RegExp(`^${rel.replace(/\./g, '\\.')} changed: 3 bytes`))
  })

  it('reports, rather than throws on, a rehashed trace holding an impossible event', async () => {
    const events = run.records.map(({ seq: _s, ts: _t, prev_hash: _p, hash: _h, ...e }) => e)
    const broken = events.map((e) => (e.type === 'step_result' ? { ...e, result: undefined } : e))
    let head: TraceHead | undefined
    const lines = broken.map((e) => {
      const r = sealRecord(e as RunEvent, head, 'forged')
      head = r
      return `${recordLine(r)}\n`
    })
    await writeFile(file(run, 'trace.jsonl'), lines.join(''))
    const f = failures(await verifyRun(run.dir))
    expect(f.trace).toEqual([
      "trace.head.json names record 25 with another hash than trace.jsonl's: the trace was rewritten",
      expect.stringMatching(
        /^events do not describe a possible run: event 4: step_result cannot be applied: /
      )
    ])
  })

  it('names a snapshot whose state was rewritten', async () => {
    const path = file(run, 'snapshots/step-0002.json')
    const snap = JSON.parse(await readFile(path, 'utf8')) as {
      state: { results: { passed: number; failed: number } }
    }
    // A passed step rewritten as failed.
    expect(snap.state.results.passed).toBeGreaterThan(0)
    snap.state.results.passed--
    snap.state.results.failed++
    await writeFile(path, `${canonicalJson(snap)}\n`)
    await rm(file(run, 'run.json')) // so only the snapshot checks can see it
    const f = failures(await verifyRun(run.dir))
    expect(f.snapshots).toEqual([
      'snapshots/step-0002.json differs from the digest recorded at record 9'
    ])
  })

  it('names a runbook copy that is not the one the run started with', async () => {
    await appendFile(file(run, 'runbook.yaml'), '# edited\n')
    const f = failures(await verifyRun(run.dir))
    expect(f.runbook).toEqual([
      expect.stringMatching(
        /^runbook\.yaml is sha256:[0-9a-f]{64}, but the run started with sha256:[0-9a-f]{64}$/
      )
    ])
    expect(f).toMatchObject(
      RULES_SKIPPED('the runbook the run started with is not available to check against')
    )
  })

  it('says a directory that is no run is not verified', async () => {
    const report = await verifyRun(join(run.dir, 'nothing-here'))
    expect(report.ok).toBe(false)
    expect(failures(report).trace).toEqual([
      `${join(run.dir, 'nothing-here')} is not a run directory`
    ])
  })
})

describe('verifyRun and single changed bytes', () => {
  const flipOne = async (path: string, at: number, mask: number, check: () => Promise<void>) => {
    const original = await readFile(path)
    const bytes = Buffer.from(original)
    const i = at % bytes.length
    bytes[i] = (bytes[i] ?? 0) ^ mask
    await writeFile(path, bytes)
    try {
      await check()
    } finally {
      await writeFile(path, original)
    }
  }

  it('detects any changed byte of trace.jsonl by the chain itself, not only by run.json', async () => {
    const path = file(complete, 'trace.jsonl')
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), (at, mask) =>
        flipOne(path, at, mask, async () => {
          const report = await verifyRun(complete.dir)
          expect(report.ok).toBe(false)
          const intrinsic = report.checks.filter((c) => c.id === 'trace' || c.id === 'manifest')
          expect(intrinsic.some((c) => c.status === 'failed')).toBe(true)
        })
      ),
      { numRuns: 150 }
    )
    expect((await verifyRun(complete.dir)).ok).toBe(true)
  })

  it('detects any changed byte of a snapshot by the snapshot checks', async () => {
    const names = ['step-0001.json', 'step-0002.json', 'step-0003.json', 'step-0004.json']
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (name, at, mask) =>
          flipOne(file(complete, `snapshots/${name}`), at, mask, async () => {
            const report = await verifyRun(complete.dir)
            expect(report.ok).toBe(false)
            expect(report.checks.find((c) => c.id === 'snapshots')?.problems[0]?.file).toBe(
              `snapshots/${name}`
            )
          })
      ),
      { numRuns: 100 }
    )
  })
})

describe('verifyRun and the governance rules (seed §8)', () => {
  it('fails a run whose manual step lacks required evidence', async () => {
    const run = await buildRun({ omitEvidence: ['screenshot'] })
    expect(failures(await verifyRun(run.dir))).toEqual({
      evidence: ["step 'sign_off' evidence 'screenshot' (attachment): not recorded"]
    })
  })

  it('fails a checklist with an item not ticked', async () => {
    const run = await buildRun({ ticked: ['error rate < 1%'] })
    expect(failures(await verifyRun(run.dir))).toEqual({
      evidence: ["step 'sign_off' evidence 'criteria' (checklist): not ticked: 'no alerts firing'"]
    })
  })

  it('fails approvals that do not meet the minimum of distinct approvers with a role', async () => {
    const run = await buildRun({ approverRoles: ['DRI', 'dev'] })
    expect(failures(await verifyRun(run.dir))).toEqual({
      approvals: [
        "step 'sign_off' needs 2 distinct approver(s) holding one of the roles DRI, SRE, has 1; not counted: dave (dev)"
      ]
    })
  })

  it('fails a run with a failed assertion, naming it and the step', async () => {
    const run = await buildRun({ failAssertion: true })
    const f = failures(await verifyRun(run.dir))
    expect(f.assertions).toEqual([
      "step 'greet' assertions[0] (equals) failed: expected ok, found not ok"
    ])
    expect(f.run).toEqual(['the run finished with status failed: assertion 0 (equals) failed'])
    expect(f.steps).toEqual([
      "step 'greet' (3 of 4) failed (record 12): assertion 0 (equals) failed",
      "step 'sign_off' (4 of 4) has no result"
    ])
    expect(f.evidence).toEqual([
      "step 'sign_off' has no result, so none of its evidence is recorded"
    ])
  })

  it('fails a run that did not finish, naming the missing steps', async () => {
    const run = await buildRun({ stopAfter: 2 })
    expect(failures(await verifyRun(run.dir))).toEqual({
      run: [
        'the run is not finished: the trace ends at record 9 (snapshot_written) without run_finished'
      ],
      steps: ["step 'greet' (3 of 4) has no result", "step 'sign_off' (4 of 4) has no result"],
      evidence: ["step 'sign_off' has no result, so none of its evidence is recorded"],
      approvals: [
        "step 'sign_off' needs 2 distinct approver(s) holding one of the roles DRI, SRE, has 0"
      ],
      assertions: ["step 'greet' has no result, so none of its assertions ran"]
    })
  })

  it('fails a run paused at a manual step, saying what it waits for', async () => {
    const run = await buildRun({ pauseAtManual: true })
    expect(failures(await verifyRun(run.dir)).run).toEqual([
      "the run is not finished: it is paused, waiting for evidence criteria, dashboard_link, screenshot and 2 approval(s) at step 'sign_off'"
    ])
  })
})
