// Mutated runbooks, scenarios and evidence files through the CLI's in-process entry: whatever the
// bytes, the answer is a documented exit code, never an internal error (exit 70), a stack trace or
// a hang, and every error line is located (file:line:col). Seeded and bounded in time.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { ROOT } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

let ws: Workspace
beforeAll(() => {
  ws = workspace()
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

async function judge(args: string[], allowed: number[]): Promise<void> {
  const r = await Promise.race([
    ws.run(args),
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
