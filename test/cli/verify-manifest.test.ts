// `runbook verify` compares EVERY field of run.json with the fold of the trace: a table of tampered
// run.json files, one per leaf of a real run's run.json (a finished run with an outcome and a
// paused run with its pending record), each changed, removed, or an unknown field added. Each must
// fail verify (exit 1) naming the field; run.json is not in the hash chain, so only this check can
// see it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixture } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

const OUTCOME_RUNBOOK = `apiVersion: runbook/v0
meta:
  name: tamper-outcome
  vars:
    never: "no"
  governance:
    allowed_commands: [uname, echo]
steps:
  - id: kernel
    type: cli
    with: { argv: [uname, -s] }
  - id: skipped_by_guard
    type: cli
    when: vars.never == "yes"
    with: { argv: [echo, never] }
  - id: done
    type: cli
    with: { argv: [echo, done] }
    outcomes:
      - state: resolved
        recommendation: nothing else to do
`
// Leaves of run.json checked elsewhere: the trace head (its own message) and the file digests.
const OWN_CHECKS = /^(trace|files)(\.|$)/

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

/** Every leaf of `value` as [path, value] (paths like `steps.kernel.status`, `results.passed`). */
function leaves(value: Json, path = ''): [string, Json][] {
  if (value === null || typeof value !== 'object') return [[path, value]]
  const entries = Array.isArray(value)
    ? value.map((v, i) => [`${path}[${i}]`, v] as const)
    : Object.entries(value).map(([k, v]) => [path === '' ? k : `${path}.${k}`, v] as const)
  return entries.flatMap(([p, v]) => leaves(v, p))
}

function changed(v: Json): Json {
  if (typeof v === 'string') return `${v}x`
  if (typeof v === 'number') return v + 1
  if (typeof v === 'boolean') return !v
  return 'x'
}

/** Sets (or with `remove`, deletes) the leaf at a dotted path; array indexes as `[i]`. */
function edit(doc: Json, path: string, value: Json, remove = false): Json {
  const copy = JSON.parse(JSON.stringify(doc)) as Json
  const keys = path.split(/\.|(?=\[)/).map((k) => (k.startsWith('[') ? Number(k.slice(1, -1)) : k))
  let at = copy as Record<string | number, Json>
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string | number, Json>
  const last = keys.at(-1) as string | number
  if (remove && !Array.isArray(at)) delete at[last]
  else at[last] = value
  return copy
}

let ws: Workspace
const runs: { id: string; manifest: string; original: Json; leaves: [string, Json][] }[] = []
beforeAll(async () => {
  ws = workspace()
  writeFileSync(join(ws.dir, 'outcome.yaml'), OUTCOME_RUNBOOK)
  writeFileSync(
    join(ws.dir, 'seed-11.yaml'),
    readFileSync(fixture('runbooks', 'exec', 'seed-11.yaml'))
  )
  // The finished run first, then the paused one: run ids made in one second sort by their random
  // suffix, so each id is taken as the run its exec made.
  const made: string[] = []
  const newRun = () => readdirSync(ws.runsDir).filter((id) => !made.includes(id))
  expect((await ws.run(['exec', 'outcome.yaml'])).code).toBe(0)
  made.push(...newRun())
  expect((await ws.run(['exec', 'seed-11.yaml'])).code).toBe(5)
  made.push(...newRun())
  expect(made).toHaveLength(2)
  for (const id of made) {
    const manifest = join(ws.runDir(id), 'run.json')
    const original = JSON.parse(readFileSync(manifest, 'utf8')) as Json
    runs.push({
      id,
      manifest,
      original,
      leaves: leaves(original).filter(([p]) => !OWN_CHECKS.test(p))
    })
  }
})
afterAll(() => ws.cleanup())

/** verify's exit code and the problems its manifest check prints (FAIL line and those after it). */
async function verifyManifest(id: string): Promise<{ code: number; manifest: string[] }> {
  const r = await ws.run(['verify', id, '--format', 'json'])
  const report = JSON.parse(r.stdout) as {
    checks: { id: string; problems: { message: string }[] }[]
  }
  const check = report.checks.find((c) => c.id === 'manifest')
  return { code: r.code, manifest: (check?.problems ?? []).map((p) => p.message) }
}

describe('verify checks every field of run.json against the trace', () => {
  it('covers a finished run with an outcome and a paused run with its pending record', () => {
    const paths = runs.map((r) => r.leaves.map(([p]) => p))
    const all = new Set(paths.flat())
    for (const field of [
      'format',
      'run_id',
      'runbook_path',
      'runbook_digest',
      'runbook_name',
      'mode',
      'status',
      'actor',
      'started_at',
      'updated_at',
      'steps_total',
      'results.passed',
      'results.not_taken',
      'outcome.state',
      'outcome.recommendation',
      'outcome.step_id',
      'outcome.step_index',
      'pending.kind',
      'pending.step_id',
      'pending.evidence[0]',
      'pending.approvals_needed',
      'steps.kernel.status',
      'steps.kernel.attempt',
      'steps.skipped_by_guard.status'
    ])
      expect(all).toContain(field)
  })

  it('accepts both runs untouched (no manifest problem; the finished one verifies, exit 0)', async () => {
    const [finished, paused] = runs
    expect(await verifyManifest(finished?.id ?? '')).toEqual({ code: 0, manifest: [] })
    expect((await verifyManifest(paused?.id ?? '')).manifest).toEqual([])
  })

  it('refuses each leaf changed, each leaf removed, and an unknown field added, naming it (exit 1)', async () => {
    const missed: string[] = []
    for (const run of runs) {
      const tampers: [string, Json][] = [
        ...run.leaves.map(([p, v]): [string, Json] => [
          `${p} changed`,
          edit(run.original, p, changed(v))
        ]),
        ...run.leaves.map(([p]): [string, Json] => [
          `${p} removed`,
          edit(run.original, p, null, true)
        ]),
        ['added', edit(run.original, 'approved_by', 'mallory')]
      ]
      for (const [what, doc] of tampers) {
        writeFileSync(run.manifest, `${JSON.stringify(doc, null, 2)}\n`)
        const got = await verifyManifest(run.id)
        const field = what === 'added' ? 'approved_by' : (what.split(' ')[0] ?? '')
        const top = field.split(/\.|\[/)[0] ?? ''
        const named = got.manifest.some((m) => m.includes(top))
        if (got.code !== 1 || !named) missed.push(`${run.id} ${what}: ${JSON.stringify(got)}`)
      }
      writeFileSync(run.manifest, `${JSON.stringify(run.original, null, 2)}\n`)
    }
    expect(missed).toEqual([])
  })

  it('says which field and both values, e.g. a step status or the pause record', async () => {
    const [finished, paused] = runs
    if (finished === undefined || paused === undefined) throw new Error('two runs expected')
    writeFileSync(
      finished.manifest,
      JSON.stringify(edit(finished.original, 'steps.kernel.status', 'failed'))
    )
    expect(await verifyManifest(finished.id)).toEqual({
      code: 1,
      manifest: ["run.json says steps.kernel.status 'failed', but the trace says 'passed'"]
    })
    writeFileSync(paused.manifest, JSON.stringify(edit(paused.original, 'pending', null, true)))
    const got = await verifyManifest(paused.id)
    expect(got.manifest).toHaveLength(1)
    expect(got.manifest[0]).toMatch(/^run\.json says pending \(absent\), but the trace says /)
    const text = await ws.run(['verify', finished.id])
    expect(text.code).toBe(1)
    expect(text.stdout).toContain(
      "FAIL  manifest   run.json says steps.kernel.status 'failed', but the trace says 'passed'"
    )
    writeFileSync(finished.manifest, JSON.stringify(finished.original))
    writeFileSync(paused.manifest, JSON.stringify(paused.original))
  })
})
