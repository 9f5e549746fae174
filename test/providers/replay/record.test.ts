// Record a real run (a scripted process provider through the real driver), write the scenario and
// its evidence, then replay the recording: same step results, same captures, nothing secret on
// disk, and a file cli-replay's own schema accepts. A changed command then fails with the diff.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, relative } from 'node:path'
import { startRun } from '../../../src/engine/driver.js'
import type { StoredFile } from '../../../src/engine/ports.js'
import { Recorder } from '../../../src/providers/replay/recorder.js'
import { renderReplayReport } from '../../../src/providers/replay/report.js'
import { planRecording } from '../../../src/providers/replay/record-plan.js'
import { writeRecording } from '../../../src/providers/replay/record-write.js'
import { loadReplayScenario } from '../../../src/providers/replay/scenario-load.js'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import {
  fakeDeps,
  MemoryStore,
  runbookFrom,
  ScriptedCli,
  START,
  SuppliedManual,
  historyOf
} from '../../helpers/engine-fakes.js'
import { peer, replayRig, startReplay } from './helpers.js'

const RUNBOOK = `
apiVersion: runbook/v0
meta: {name: web-recovery, vars: {ns: prod}}
steps:
  - {id: kernel, type: cli, with: {argv: [uname, -r]}, capture: {kernel: stdout}}
  - id: pods
    type: cli
    with: {argv: [kubectl, get, pods, -n, "{{ .ns }}", --token=hunter2]}
    assertions: [{contains: Running}]
    capture: {pods: stdout}
  - {id: logs, type: cli, with: {argv: [kubectl, logs, web-0]}}
  - id: review
    type: manual
    instructions: Read the logs of {{ .kernel }}.
    replay_mode: reuse_evidence
    required_evidence:
      - {kind: text, name: ticket}
      - {kind: checklist, name: checks, items: [logs read, errors counted]}
      - {kind: attachment, name: shot}
    approvals: {min: 1, roles: [DRI]}
  - {id: cleanup, type: cli, with: {argv: [kubectl, delete, pod, web-0]}}
  - {id: apply, type: cli, with: {argv: [kubectl, apply, -f, "-"], stdin: "kind: Pod\\n"}, capture: {applied: stdout}}
`

const LOG = `${'INFO starting {{ .Values.port }}\n'.repeat(200)}ERROR password=hunter2\n`

function answer(argv: readonly string[]) {
  const key = argv.slice(0, 2).join(' ')
  if (key === 'uname -r') return { stdout: '6.1.0\n' }
  if (key === 'kubectl get') return { stdout: 'web-0 Running hunter2\n', stderr: 'warning: x\n' }
  if (key === 'kubectl logs') return { stdout: LOG }
  if (key === 'kubectl delete') return { stdout: 'pod "web-0" deleted\n' }
  return { stdout: 'pod/web-0 created\n' }
}

/** A MemoryStore whose attachments really exist, under `runDir`. */
function diskStore(runDir: string): MemoryStore {
  const store = new MemoryStore()
  store.storeAttachment = (stepId, name, source) => {
    const file = join('attachments', stepId, name, basename(source))
    mkdirSync(join(runDir, 'attachments', stepId, name), { recursive: true })
    copyFileSync(source, join(runDir, file))
    const stored: StoredFile = { file, sha256: 'a'.repeat(64), bytes: 1 }
    return Promise.resolve({ ...stored, original_name: basename(source) })
  }
  return store
}

async function recordRealRun(tmp: string) {
  const shot = join(tmp, 'shot.txt')
  writeFileSync(shot, 'dashboard: error rate 3% (token hunter2)\n')
  const runbook = runbookFrom(RUNBOOK)
  const base = fakeDeps(runbook)
  const recorder = new Recorder(base.redact)
  const supplied = new SuppliedManual(
    {
      evidence: [
        { name: 'ticket', kind: 'text', value: 'INC-7 hunter2' },
        { name: 'checks', kind: 'checklist', items: ['logs read', 'errors counted'] },
        { name: 'shot', kind: 'attachment', path: shot }
      ],
      approvals: [{ approver: 'Dana Lee', role: 'DRI' }]
    },
    { by: 'alice', method: 'approval' }
  )
  const runDir = join(tmp, 'run')
  const store = diskStore(runDir)
  const deps = fakeDeps(runbook, {
    store,
    cli: recorder.cli(new ScriptedCli(answer)),
    manual: recorder.manual(supplied)
  })
  const state = await startRun(deps, {
    ...START,
    steps_total: runbook.steps.length,
    vars: { ns: 'prod' }
  })
  const out = join(tmp, 'out', 'rec.yaml')
  const history = historyOf(deps)
  const written = await writeRecording(
    { outPath: out, runbook, state, results: history, recorder },
    runDir
  )
  return { runbook, state: { ...state, history }, out, written }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
}

describe('record, then replay the recording', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'replay-record-'))

  it('replays green with the same step results and captures', async () => {
    const real = await recordRealRun(tmp)
    expect(real.state.status).toBe('passed')
    expect(real.written).toMatchObject({
      ok: true,
      notes: ["approver 'Dana Lee' of step 'review' is written as 'Dana_Lee'"]
    })
    expect(filesUnder(join(tmp, 'out'))).toEqual([
      'rec.evidence.yaml',
      'rec.files/003-logs.stdout',
      'rec.files/review/shot/shot.txt',
      'rec.yaml'
    ])

    const loaded = await loadReplayScenario(real.out)
    expect(loaded.diagnostics).toEqual([])
    const scenario = loaded.scenario
    if (scenario === undefined) throw new Error('the recording did not load')
    const rig = replayRig(real.runbook, scenario, { evidence: loaded.evidence })
    const replayed = await startReplay(rig, { ns: 'prod' })
    expect(replayed.status).toBe('passed')
    // The fake collectors do not redact; the engine's real ones redact what they summarise.
    const { redact } = fakeDeps(real.runbook)
    const brief = (s: typeof replayed) =>
      s.history.map(
        (h) => `${h.step_id}:${h.status}:${h.exit_code}:${redact(h.stdout?.head ?? '')}`
      )
    expect(brief(replayed)).toEqual(brief(real.state))
    expect(replayed.captures).toEqual(real.state.captures)
    expect(replayed.history[3]?.approvals?.map((a) => a.approver)).toEqual(['Dana_Lee'])
    expect(await rig.cli.finish()).toEqual([])
  })

  it("stores no secret, keeps braces literal, and passes cli-replay's own schema", () => {
    const dir = join(tmp, 'out')
    for (const f of filesUnder(dir))
      expect(readFileSync(join(dir, f), 'utf8')).not.toContain('hunter2')
    const text = readFileSync(join(dir, 'rec.yaml'), 'utf8')
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/ormasoftchile/cli-replay/main/schema/scenario.schema.json'
    )
    expect(text).toContain('- "{{ .any }}"')
    expect(text).toContain('stdout_file: rec.files/003-logs.stdout')
    expect(readFileSync(join(dir, 'rec.files/003-logs.stdout'), 'utf8')).toContain(
      'INFO starting {{"{{"}} .Values.port }}\n'
    )
    const peerSchema = JSON.parse(
      readFileSync(peer('schema', 'scenario.schema.json'), 'utf8')
    ) as object
    const validate = new Ajv({ allErrors: true, strict: false }).compile(peerSchema)
    expect(validate(parse(text)) ? [] : validate.errors).toEqual([])
  })

  it('fails the replay of a changed command with the argv diff, in JUnit too', async () => {
    const real = await recordRealRun(mkdtempSync(join(tmpdir(), 'replay-record-')))
    const loaded = await loadReplayScenario(real.out)
    const changed = runbookFrom(RUNBOOK.replace('[kubectl, logs, web-0]', '[kubectl, logs, web-1]'))
    const rig = replayRig(changed, loaded.scenario ?? (undefined as never), {
      evidence: loaded.evidence
    })
    const state = await startReplay(rig, { ns: 'prod' })
    expect(state.history.map((h) => `${h.step_id}:${h.status}`)).toEqual([
      'kernel:passed',
      'pods:passed',
      'logs:failed'
    ])
    const xml = renderReplayReport('junit', {
      runbook: changed,
      state,
      results: state.history,
      replay: rig.cli.snapshot()
    })
    expect(xml).toMatch(
      /<testcase name="logs" classname="web-recovery" time="[\d.]+">\n {6}<failure message="replay: no scenario step matches this call/
    )
    expect(xml).toContain(
      [
        '    expected  kubectl  logs  web-0',
        '    actual    kubectl  logs  web-1',
        `${' '.repeat(29)}^^^^^`
      ].join('\n')
    )
  })
})

describe('planRecording', () => {
  it('refuses an empty recording and notes executions it cannot replay', async () => {
    const runbook = runbookFrom(
      'apiVersion: runbook/v0\nmeta: {name: t}\nsteps:\n  - {id: a, type: cli, with: {argv: [sleep, "9"]}}'
    )
    const recorder = new Recorder((t) => t)
    const deps = fakeDeps(runbook, {
      cli: recorder.cli(new ScriptedCli(() => ({ cancelled: true })))
    })
    const state = await startRun(deps, { ...START, steps_total: 1, vars: {} })
    expect(recorder.skipped).toEqual([{ step_id: 'a', reason: 'interrupted' }])
    expect(
      planRecording({ outPath: 'x.yaml', runbook, state, results: historyOf(deps), recorder })
    ).toEqual({
      error:
        'nothing to record: no cli step ran to completion, and a cli-replay scenario needs at least one step'
    })
  })
})
