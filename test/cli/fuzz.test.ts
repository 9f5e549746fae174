// Mutated runbooks, scenarios and evidence files through the CLI's in-process entry: whatever the
// bytes, the answer is a documented exit code, never an internal error (exit 70), a stack trace or
// a hang, and every error line is located (file:line:col). Seeded and bounded in time. Runbooks
// with mutated values also RUN for real (exec, then verify on the run each made) with a PATH that
// holds only harmless commands, and one runs through the shipped bundle (dist/cli.js in CI).
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { cliBundle } from '../helpers/bundles.js'
import { ROOT } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

/** The only commands a mutated runbook can reach: whatever its argv becomes, nothing else is found. */
const HARMLESS = ['echo', 'uname', 'seq', 'true']
let bin: string

let ws: Workspace
beforeAll(() => {
  ws = workspace()
  bin = join(ws.dir, 'harmless-bin')
  mkdirSync(bin)
  for (const name of HARMLESS) {
    const found = ['/usr/bin', '/bin'].map((d) => join(d, name)).find((p) => existsSync(p))
    if (found === undefined) throw new Error(`${name} not found`)
    symlinkSync(found, join(bin, name))
  }
  for (const f of [
    'disk-pressure.yaml',
    'disk-pressure.scenario.yaml',
    'disk-pressure.scenario.evidence.yaml'
  ])
    copyFileSync(join(ROOT, 'examples', f), join(ws.dir, f))
})
afterAll(() => ws.cleanup())

const read = (f: string): string => readFileSync(join(ROOT, 'examples', f), 'utf8')

/** Edits that break YAML and shapes in the ways people do: characters, lines, indentation. */
const SNIPPETS = [
  '',
  ':',
  '- ',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '&a ',
  '*a',
  '\t',
  '\0',
  '  ',
  '#',
  '|',
  '>',
  '?',
  '!!binary ',
  '{{ .x }}',
  '99999999999h',
  '-1',
  'null',
  '~',
  '<<: *a'
]
const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'delete', 'replace', 'dup-line', 'drop-line', 'indent', 'anchor'),
  text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 6 }))
})

function mutate(text: string, edits: { at: number; kind: string; text: string }[]): string {
  let t = text
  for (const e of edits) {
    const at = t.length === 0 ? 0 : e.at % t.length
    const lines = t.split('\n')
    const line = lines.length === 0 ? 0 : e.at % lines.length
    if (e.kind === 'insert') t = t.slice(0, at) + e.text + t.slice(at)
    else if (e.kind === 'delete') t = t.slice(0, at) + t.slice(at + 1 + (e.text.length % 4))
    else if (e.kind === 'replace') t = t.slice(0, at) + e.text + t.slice(at + e.text.length)
    else if (e.kind === 'dup-line')
      t = [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n')
    else if (e.kind === 'drop-line')
      t = [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n')
    else if (e.kind === 'anchor') {
      // An anchor on a mapping and an alias to it from a later line: sometimes inside it (a cycle).
      const key = lines.findIndex((l, i) => i >= line && /^\s*[a-z_]+:\s*$/.test(l))
      if (key === -1) continue
      const pad = /^\s*/.exec(lines[key] ?? '')?.[0] ?? ''
      lines[key] = `${lines[key] ?? ''} &a`
      lines.splice(
        key + 1 + (e.text.length % 3),
        0,
        `${pad}  ${e.text.length % 2 === 0 ? 'x' : '- x'}: *a`
      )
      t = lines.join('\n')
    } else t = lines.map((l, i) => (i === line ? ` ${l}` : l)).join('\n')
  }
  return t
}

const BOUND_MS = 8000

async function judge(
  args: string[],
  allowed: number[],
  env: Record<string, string> = {}
): Promise<void> {
  const r = await Promise.race([
    ws.run(args, env),
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`hang: ${args.join(' ')}`)), BOUND_MS).unref()
    )
  ])
  const all = r.stdout + r.stderr
  expect(allowed).toContain(r.code)
  expect(all).not.toMatch(/internal error|\n\s+at .+:\d+:\d+\)?\n/)
  for (const line of all.split('\n').filter((l) => / error [a-z-]+: /.test(l)))
    expect(line).toMatch(/^[^:]+:\d+:\d+: error [a-z0-9-]+: /)
}

const edits = fc.array(mutation, { minLength: 1, maxLength: 4 })
const options = {
  seed: 1406,
  numRuns: 40,
  interruptAfterTimeLimit: 6000,
  markInterruptAsFailure: false
}

it('mutated runbooks: validate answers 0 or 3, located', async () => {
  const source = read('disk-pressure.yaml')
  await fc.assert(
    fc.asyncProperty(edits, async (e) => {
      writeFileSync(join(ws.dir, 'rb.yaml'), mutate(source, e))
      await judge(['validate', join(ws.dir, 'rb.yaml')], [0, 3])
    }),
    options
  )
}, 30000)

it('mutated scenarios and evidence files: a replay answers with a documented code, located', async () => {
  const scenario = read('disk-pressure.scenario.yaml')
  const evidence = read('disk-pressure.scenario.evidence.yaml')
  await fc.assert(
    fc.asyncProperty(edits, fc.boolean(), async (e, onScenario) => {
      writeFileSync(join(ws.dir, 'sc.yaml'), onScenario ? mutate(scenario, e) : scenario)
      writeFileSync(join(ws.dir, 'sc.evidence.yaml'), onScenario ? evidence : mutate(evidence, e))
      const args = ['exec', join(ws.dir, 'disk-pressure.yaml'), '--mode', 'replay', '--no-delay']
      await judge(
        [
          ...args,
          '--scenario',
          join(ws.dir, 'sc.yaml'),
          '--evidence-file',
          join(ws.dir, 'sc.evidence.yaml')
        ],
        [0, 1, 2, 3, 5]
      )
    }),
    options
  )
}, 30000)

/** A runbook with every part a run records: vars, redaction, capture, guard, assertion, manual step. */
const RUNNABLE = `apiVersion: runbook/v0
meta:
  name: harmless
  vars:
    word: hello
  governance:
    allowed_commands:
      - echo
      - uname
      - seq
    redact:
      - pattern: 'secret-[0-9]+'
        replace: '<redacted>'
steps:
  - id: say
    type: cli
    with:
      argv:
        - echo
        - "{{ .word }}"
        - secret-42
    capture:
      said: stdout
    assertions:
      - contains: hello
  - id: kernel
    type: cli
    when: captures.said != ""
    with:
      argv:
        - uname
        - -s
    timeout: 5s
  - id: count
    type: cli
    with:
      argv:
        - seq
        - "1"
        - "3"
  - id: check
    type: manual
    instructions: Look at {{ .word }}.
    required_evidence:
      - name: note
        kind: text
`
/** Values people put where values go: templates, odd numbers and durations, other commands. */
const VALUES = [
  '',
  '""',
  '0',
  '-1',
  '1ms',
  '99999999999h',
  'null',
  '~',
  'true',
  '[]',
  '{}',
  '"{{ .word }}"',
  '"{{ .nope }}"',
  '"{{ captures.said }}"',
  'secret-7',
  'echo',
  'seq',
  '/bin/echo',
  './echo',
  'rm',
  '"a\\u0000b"',
  'captures.said == "x"',
  'vars.word == "hello"',
  'int(captures.said) > 1',
  'x'.repeat(300)
]
const valueEdits = fc.array(
  fc.record({
    at: fc.nat(),
    value: fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 8 }))
  }),
  { minLength: 1, maxLength: 3 }
)

/**
 * Replaces the value of chosen lines, keeping the YAML's structure: argv items, the var, the guard,
 * the assertion, the timeout, the instructions and the redaction (what a run reads at run time).
 */
function mutateValues(text: string, edits: { at: number; value: string }[]): string {
  const lines = text.split('\n')
  const slot = /^( {8}- |\s*(word|when|contains|timeout|instructions|replace): )/
  const slots = lines.flatMap((l, i) => (slot.test(l) ? [i] : []))
  for (const e of edits) {
    const i = slots[e.at % slots.length] ?? 0
    lines[i] = (lines[i] ?? '').replace(/^(\s*(?:- )?(?:[a-z_]+: )?).*$/, `$1${e.value}`)
  }
  return lines.join('\n')
}

const runs = (): string[] => {
  const dir = join(ws.dir, '.runbook', 'runs')
  return existsSync(dir) ? readdirSync(dir) : []
}

it('runbooks with mutated values run for real: exec answers a documented code, verify judges each run', async () => {
  const env = { PATH: bin }
  let made = 0
  await fc.assert(
    fc.asyncProperty(valueEdits, async (e) => {
      writeFileSync(join(ws.dir, 'run.yaml'), mutateValues(RUNNABLE, e))
      const before = new Set(runs())
      await judge(['exec', 'run.yaml'], [0, 1, 2, 3, 5], env)
      for (const id of runs().filter((r) => !before.has(r))) {
        made++
        await judge(['verify', id], [0, 1], env)
      }
    }),
    { ...options, numRuns: 30 }
  )
  // The property is about runs: many mutations must still make one.
  expect(made).toBeGreaterThan(5)
}, 30000)

it('one mutated runbook through the shipped bundle: exec ends in bounded time with a documented code', async () => {
  const cli = await cliBundle()
  const exec = (file: string) =>
    spawnSync(process.execPath, [cli, 'exec', file], {
      cwd: ws.dir,
      env: { PATH: bin, NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 20_000
    })
  const [e] = fc.sample(valueEdits, { seed: 1406, numRuns: 1 })
  writeFileSync(join(ws.dir, 'shipped.yaml'), mutateValues(RUNNABLE, e ?? []))
  const r = exec('shipped.yaml')
  expect(r.error).toBeUndefined()
  expect([0, 1, 2, 3, 5]).toContain(r.status)
  expect(r.stdout + r.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+\)?\n/)
  // and the unmutated runbook really runs its steps there (pauses at the manual one)
  writeFileSync(join(ws.dir, 'plain.yaml'), RUNNABLE)
  const plain = exec('plain.yaml')
  expect(plain.stdout).toMatch(/✓ \[3\/4\] count passed/)
  expect(plain.stdout).not.toContain('secret-42')
  expect(plain.status).toBe(5)
}, 30000)
