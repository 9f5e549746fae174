// A replay on the real run directory (trace, snapshots, manifest) and the real output collectors:
// the run is marked mode replay and `runbook verify`'s checks pass on it.
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startRun } from '../../../src/engine/driver.js'
import { compileRedactor, OutputCollector } from '../../../src/engine/output/index.js'
import { ReplayCliProvider } from '../../../src/providers/replay/replay-cli.js'
import { ReplayManualProvider } from '../../../src/providers/replay/replay-manual.js'
import { systemClock } from '../../../src/providers/system-clock.js'
import { createRun, verifyRun } from '../../../src/trace/index.js'
import { runbookFrom } from '../../helpers/engine-fakes.js'
import { scenarioOf } from './helpers.js'

const RUNBOOK_TEXT = `apiVersion: runbook/v0
meta:
  name: verify-me
  governance:
    redact: [{pattern: "tok-[0-9]+"}]
steps:
  - {id: who, type: cli, with: {argv: [whoami]}, capture: {user: stdout}}
  - {id: pods, type: cli, with: {argv: [kubectl, get, pods]}, assertions: [{contains: Running}]}
  - id: review
    type: manual
    instructions: Look at {{ .user }}.
    replay_mode: reuse_evidence
    required_evidence: [{kind: text, name: ticket}]
`

describe('a replay on the real run directory', () => {
  it('writes a trace, snapshots and a manifest marked replay, which verify accepts', async () => {
    const runbook = runbookFrom(RUNBOOK_TEXT)
    const scenario = scenarioOf(`meta: {name: s}
steps:
  - {match: {argv: [whoami]}, respond: {stdout: "ops tok-123\\n"}}
  - {match: {argv: [kubectl, get, pods]}, respond: {stdout: "web-0 Running\\n"}}`)
    const compiled = compileRedactor(runbook.meta.governance?.redact ?? [], [])
    if (!compiled.ok) throw new Error(compiled.errors.join('; '))
    const redactor = compiled.redactor
    const runsDir = mkdtempSync(join(tmpdir(), 'replay-runs-'))
    const store = await createRun({
      runsDir,
      runbook: Buffer.from(RUNBOOK_TEXT),
      clock: systemClock
    })
    const state = await startRun(
      {
        runbook,
        store,
        clock: systemClock,
        cli: new ReplayCliProvider(scenario, { clock: systemClock }),
        manual: new ReplayManualProvider({
          evidence: {
            review: { evidence: [{ name: 'ticket', kind: 'text', value: 'INC-9' }], approvals: [] }
          },
          source: 'inline'
        }),
        outputs: () => ({
          collector: (_stream, needles) =>
            Promise.resolve(new OutputCollector({ redactor, needles }))
        }),
        redact: (t) => redactor.redactText(t),
        classify: () => undefined,
        joinPath: (base, rel) => join(base, rel),
        env: {},
        cwd: runsDir,
        actor: 'ci',
        signal: new AbortController().signal
      },
      {
        run_id: store.runId,
        runbook_path: 'verify-me.yaml',
        runbook_digest: `sha256:${createHash('sha256').update(RUNBOOK_TEXT).digest('hex')}`,
        runbook_name: runbook.meta.name,
        mode: 'replay',
        actor: 'ci',
        steps_total: runbook.steps.length,
        vars: {},
        redacted_vars: []
      }
    )
    await store.close()
    expect(state.status).toBe('passed')
    expect(state.captures.toObject()).toEqual({ user: 'ops <redacted>' })
    const manifest = JSON.parse(readFileSync(join(store.dir, 'run.json'), 'utf8')) as {
      mode: string
    }
    expect(manifest.mode).toBe('replay')
    const report = await verifyRun(store.dir)
    expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual([
      'trace:ok',
      'manifest:ok',
      'files:ok',
      'snapshots:ok',
      'runbook:ok',
      'run:ok',
      'steps:ok',
      'evidence:ok',
      'approvals:ok',
      'assertions:ok',
      'decisions:ok'
    ])
    expect(report.ok).toBe(true)
  })
})
