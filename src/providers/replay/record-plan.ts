// What `--record OUT.yaml` writes, as data: OUT.yaml, a cli-replay-valid scenario (each recorded
// call a step, exactly once, in order; large outputs in OUT.files/), and OUT.evidence.yaml with
// the manual steps' evidence and approvals (attachments copied into OUT.files/) plus the
// confirmations of destructive steps. Pure; record-write.ts puts it on disk.
import { basename } from 'node:path'
import { stringify } from 'yaml'
import type { RunState, StepResult } from '../../engine/model.js'
import type { RunbookV0 } from '../../runbook/index.js'
import { escapeGoTemplate } from './go-template.js'
import type { Recorder, RecordedCall } from './recorder.js'
import { evidencePathFor } from './scenario-load.js'

/** cli-replay's published schema, for editors opening the recording. */
export const CLI_REPLAY_SCHEMA_URL =
  'https://raw.githubusercontent.com/ormasoftchile/cli-replay/main/schema/scenario.schema.json'

/** Outputs larger than this (bytes) go to a file beside the scenario. */
export const INLINE_OUTPUT_LIMIT = 4096

export interface RecordingInput {
  /** Where the scenario goes; OUT.evidence.yaml and OUT.files/ go beside it. */
  outPath: string
  runbook: RunbookV0
  /** The run's final state. */
  state: RunState
  /** The run's step results in trace order: manual evidence and approvals come from them. */
  results: readonly StepResult[]
  recorder: Recorder
  inlineLimit?: number
}

export interface RecordingPlan {
  /** Files to write, paths relative to the scenario's directory. */
  files: { path: string; text: string }[]
  /** Attachments to copy: `from` is relative to the run directory, `to` to the scenario's. */
  copies: { from: string; to: string }[]
  /** Things the reader should know: calls left out, names changed. */
  notes: string[]
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.@-]*$/

/** Plans the recording, or says why there is nothing to write. */
export function planRecording(input: RecordingInput): RecordingPlan | { error: string } {
  const { recorder, runbook, state } = input
  if (recorder.calls.length === 0)
    return {
      error:
        'nothing to record: no cli step ran to completion, and a cli-replay scenario needs at least one step'
    }
  const out = basename(input.outPath)
  const dir = `${out.replace(/\.ya?ml$/i, '')}.files`
  const files: RecordingPlan['files'] = []
  const notes = recorder.skipped.map(
    (s) => `step '${s.step_id}' is not in the recording: ${s.reason}`
  )
  const output = (call: RecordedCall, n: number, stream: 'stdout' | 'stderr') => {
    const text = escapeGoTemplate(call[stream])
    if (text === '') return {}
    if (Buffer.byteLength(text) <= (input.inlineLimit ?? INLINE_OUTPUT_LIMIT))
      return { [stream]: text }
    const path = `${dir}/${String(n + 1).padStart(3, '0')}-${call.step_id}.${stream}`
    files.push({ path, text })
    return { [`${stream}_file`]: path }
  }
  const steps = recorder.calls.map((call, n) => ({
    match: { argv: call.argv, ...(call.stdin === undefined ? {} : { stdin: call.stdin }) },
    respond: { exit: call.exit, ...output(call, n, 'stdout'), ...output(call, n, 'stderr') }
  }))
  const meta = {
    name: runbook.meta.name,
    description: `Recorded by governed-runbook from run ${state.run_id} of runbook '${runbook.meta.name}' (${state.started_at}); outputs passed through the runbook's redaction.`
  }
  const header = [
    `# yaml-language-server: $schema=${CLI_REPLAY_SCHEMA_URL}`,
    `# Replay with: runbook exec RUNBOOK --mode replay --scenario ${out}`,
    ''
  ].join('\n')
  files.unshift({ path: out, text: header + yaml({ meta, steps }) })
  const copies: RecordingPlan['copies'] = []
  const evidence = evidenceOf(input, dir, copies, notes)
  if (Object.keys(evidence).length > 0) {
    const text = `# Replay evidence for ${out} (manual steps with replay_mode: reuse_evidence)\n${yaml(evidence)}`
    files.push({ path: basename(evidencePathFor(out)), text })
  }
  return { files, copies, notes }
}

type Item = Record<string, unknown>

function evidenceOf(
  input: RecordingInput,
  dir: string,
  copies: RecordingPlan['copies'],
  notes: string[]
): Record<string, Record<string, Item>> {
  const out: Record<string, Record<string, Item>> = {}
  const entry = (step: string) => (out[step] ??= {})
  const approver = (step: string, name: string, item: Item) => {
    const safe = NAME.test(name)
      ? name
      : name.replace(/^[^A-Za-z_]/, '_').replace(/[^A-Za-z0-9_.@-]/g, '_')
    if (safe !== name) notes.push(`approver '${name}' of step '${step}' is written as '${safe}'`)
    entry(step)[safe] ??= item
  }
  for (const r of input.results) {
    if (r.type !== 'manual') continue
    for (const e of Object.values(r.evidence)) {
      if (e.kind === 'text')
        entry(r.step_id)[e.name] = { kind: 'text', value: input.recorder.redact(e.value ?? '') }
      else if (e.kind === 'checklist' && (e.items ?? []).length > 0)
        entry(r.step_id)[e.name] = { kind: 'checklist', items: e.items }
      else if (e.kind === 'attachment' && e.file !== undefined) {
        const to = `${dir}/${r.step_id}/${e.name}/${basename(e.original_name ?? e.file)}`
        copies.push({ from: e.file, to })
        entry(r.step_id)[e.name] = { kind: 'attachment', path: to }
      }
    }
    for (const a of r.approvals ?? [])
      approver(r.step_id, a.approver, {
        kind: 'approval',
        ...(a.role === undefined ? {} : { role: a.role })
      })
  }
  for (const c of input.recorder.confirmations) approver(c.step_id, c.by, { kind: 'approval' })
  return out
}

function yaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, minContentWidth: 0 })
}
