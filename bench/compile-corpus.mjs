// Compiler benchmark (issue 16): compile time against a bare mdast parse of the same text, taken in
// the same process and interleaved (compile, parse, compile, parse, ...), so that load and JIT state
// weigh on both alike. The baseline is `fromMarkdown(text)` with the extensions the compiler's
// parser uses (GFM and YAML front matter), one parse of the whole text.
//   - corpus: the 16 golden documents, median of --rounds runs each after a warm-up; per document
//     and over the corpus (median of the per-document medians, and the sum of them);
//   - synthetic TSGs of 0.25, 0.5, 1 and 2 MB (the corpus bodies repeated under numbered headings),
//     median of --big-rounds runs; s/MB of both, for linearity.
// Run: npm run bench:compile [-- --rounds 15 --big-rounds 3 --sizes 0.25,0.5,1,2 --before DIR --phases]
// --phases: also time each stage of a compile over the corpus (CPU, as a ratio of the bare parse):
// where the time beyond the parse goes, and how much of it a 1.3x goal leaves.
// --before DIR: also compile the corpus with the compiler in DIR/src (an earlier revision:
// `git archive REV src schema | tar -x -C DIR && ln -s "$PWD/node_modules" DIR/`), interleaved too.
import { readFileSync, readdirSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import {
  compileTsg,
  extractIr,
  fidelityChecks,
  interpret,
  mappingMarkdown,
  runbookYaml
} from '../src/compiler/index.ts'
import { validateEmitted } from '../src/compiler/emit/validate.ts'
import { parseMarkdown } from '../src/compiler/extract/parse.ts'
import { withSource } from '../src/runbook/index.ts'

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '15' },
    'big-rounds': { type: 'string', default: '3' },
    sizes: { type: 'string', default: '0.25,0.5,1,2' },
    before: { type: 'string' },
    phases: { type: 'boolean', default: false }
  }
})
const rounds = Number(args.rounds)
const bigRounds = Number(args['big-rounds'])
const sizes = args.sizes
  .split(',')
  .map(Number)
  .filter((mb) => mb > 0)

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'compiler', 'inputs')
const docs = readdirSync(dir)
  .filter((f) => f !== 'SOURCES.md')
  .sort()
  .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }))

const bareParse = (text) =>
  fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])]
  })
const checked = (compileFn) => (text, file) => {
  const r = compileFn(text, { file })
  if (!r.ok) throw new Error(`${file}: compile failed: ${r.defect?.join('; ')}`)
}
const compile = checked(compileTsg)
const before =
  args.before === undefined
    ? undefined
    : checked(
        (await import(pathToFileURL(join(resolve(args.before), 'src/compiler/index.ts')).href))
          .compileTsg
      )
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
/** Wall-clock and CPU (user + system, this process) milliseconds of one call. */
const time = (fn) => {
  const c = process.cpuUsage()
  const t = performance.now()
  fn()
  const wall = performance.now() - t
  const u = process.cpuUsage(c)
  return { wall, cpu: (u.user + u.system) / 1000 }
}
/**
 * n interleaved rounds of each function; the medians (wall and CPU) of each, and the least CPU
 * time of a round (other processes only ever add to it: the steadiest figure on a loaded machine).
 */
const interleaved = (fns, n) => {
  const runs = fns.map(() => [])
  for (let i = 0; i < n; i++) fns.forEach((fn, j) => runs[j].push(time(fn)))
  return runs.map((r) => ({
    wall: median(r.map((x) => x.wall)),
    cpu: median(r.map((x) => x.cpu)),
    cpuMin: Math.min(...r.map((x) => x.cpu))
  }))
}
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
const sum = (xs) => xs.reduce((a, b) => a + b, 0)
const x = (r) => `${r.toFixed(2)}x`

console.log(`compile vs bare fromMarkdown (gfm + front matter), interleaved; load ${load()}`)

// Warm up the JIT on both sides, then the rounds.
for (const d of docs) {
  compile(d.text, d.file)
  bareParse(d.text)
  before?.(d.text, d.file)
}
const perDoc = docs.map((d) => {
  const fns = [() => compile(d.text, d.file), () => bareParse(d.text)]
  if (before !== undefined) fns.push(() => before(d.text, d.file))
  const [c, p, b] = interleaved(fns, rounds)
  return { ...d, kb: d.text.length / 1024, c, p, b }
})
console.log(`corpus: ${docs.length} documents, median of ${rounds} interleaved runs each`)
console.log('  compile ms   parse ms  ratio (wall)  ratio (CPU)     KB  document')
for (const d of perDoc)
  console.log(
    `  ${d.c.wall.toFixed(2).padStart(10)} ${d.p.wall.toFixed(2).padStart(10)} ${x(d.c.wall / d.p.wall).padStart(13)} ${x(d.c.cpu / d.p.cpu).padStart(12)} ${d.kb.toFixed(1).padStart(6)}  ${d.file}`
  )
const med = (k, f) => median(perDoc.map((d) => d[k][f]))
const tot = (k, f) => sum(perDoc.map((d) => d[k][f]))
console.log(
  `  median per document: compile ${med('c', 'wall').toFixed(2)} ms, parse ${med('p', 'wall').toFixed(2)} ms:` +
    ` ratio ${x(med('c', 'wall') / med('p', 'wall'))} wall, ${x(med('c', 'cpu') / med('p', 'cpu'))} CPU` +
    ` (median of the per-document ratios ${x(median(perDoc.map((d) => d.c.wall / d.p.wall)))} wall)`
)
console.log(
  `  whole corpus: compile ${tot('c', 'wall').toFixed(1)} ms, parse ${tot('p', 'wall').toFixed(1)} ms:` +
    ` ratio ${x(tot('c', 'wall') / tot('p', 'wall'))} wall, ${x(tot('c', 'cpu') / tot('p', 'cpu'))} CPU`
)
console.log(
  `  least CPU of a round: median document ${x(med('c', 'cpuMin') / med('p', 'cpuMin'))},` +
    ` median of the per-document ratios ${x(median(perDoc.map((d) => d.c.cpuMin / d.p.cpuMin)))},` +
    ` whole corpus ${x(tot('c', 'cpuMin') / tot('p', 'cpuMin'))}` +
    (before === undefined ? '' : ` (before: ${x(tot('b', 'cpuMin') / tot('p', 'cpuMin'))})`)
)

if (before !== undefined)
  console.log(
    `  before (${args.before}): whole corpus compile ${tot('b', 'wall').toFixed(1)} ms:` +
      ` ratio ${x(tot('b', 'wall') / tot('p', 'wall'))} wall, ${x(tot('b', 'cpu') / tot('p', 'cpu'))} CPU;` +
      ` after / before ${x(tot('c', 'wall') / tot('b', 'wall'))} wall, ${x(tot('c', 'cpu') / tot('b', 'cpu'))} CPU`
  )

// The stages of a compile as compileTsg runs them (finish() for a runbook Stage C accepts), each
// timed in a pass of its own over the corpus on inputs made beforehand, in rounds with a pass of
// bare parses, of the compiler's parses and of whole compiles. Whole compiles cost more than the
// sum (by about 0.3x of the parse in session 7, also with a 64 MB young generation): in a compile
// each stage runs once between the others, on inputs just made (bench/README.md, Compiler).
if (args.phases) {
  const made = docs.map((d) => {
    const ir = extractIr(d.text, d.file)
    const i = interpret(ir, {})
    const runbook = withSource(i.runbook, d.file, d.text)
    const yaml = runbookYaml(runbook)
    const { diagnostics } = validateEmitted(yaml, runbook, 'runbook.yaml')
    const { accounts, programs } = i
    const facts = { source: d.text, ir, yaml, runbook, accounts, programs, diagnostics }
    return { ...d, ir, i, runbook, yaml, facts, checks: fidelityChecks(facts) }
  })
  const stages = {
    bare: (m) => bareParse(m.text),
    compile: (m) => compile(m.text, m.file),
    parse: (m) => parseMarkdown(m.text),
    extract: (m) => extractIr(m.text, m.file),
    interpret: (m) => interpret(m.ir, {}),
    yaml: (m) => runbookYaml(m.runbook),
    validate: (m) => validateEmitted(m.yaml, m.runbook, 'runbook.yaml'),
    fidelity: (m) => fidelityChecks(m.facts),
    mapping: (m) => mappingMarkdown(m.ir, m.i, m.checks, 'runbook.yaml')
  }
  // The least CPU of a pass: other processes only ever add to it.
  const cpu = Object.fromEntries(Object.keys(stages).map((k) => [k, Infinity]))
  for (let r = 0; r < rounds; r++)
    for (const [k, fn] of Object.entries(stages))
      cpu[k] = Math.min(cpu[k], time(() => made.forEach(fn)).cpu)
  const of = (ms) => x(ms / cpu.bare).padStart(7)
  const rows = [
    ['extraction beyond the parse', cpu.extract - cpu.parse],
    ...['interpret', 'yaml', 'validate', 'fidelity', 'mapping'].map((k) => [k, cpu[k]])
  ]
  console.log(
    `stages, least CPU of ${rounds} passes over the corpus, as a ratio of the bare parse's:`
  )
  console.log(`  ${of(cpu.parse)}  the compiler's parse (chunked, no autolink transform)`)
  for (const [k, ms] of rows) console.log(`  ${of(ms)}  ${k}`)
  const beyond = sum(rows.map(([, ms]) => ms))
  console.log(
    `  ${of(cpu.parse + beyond)}  sum (whole compiles in the same rounds: ${of(cpu.compile).trim()})`
  )
  console.log(
    `  beyond the parse ${x(beyond / cpu.bare)}; for 1.3x it may be at most ${x(1.3 - cpu.parse / cpu.bare)}`
  )
}

// Synthetic TSGs: the corpus bodies under numbered headings, repeated up to the target size.
const synth = (bytes) => {
  const parts = ['# Synthetic TSG\n']
  let size = parts[0].length
  for (let i = 0; size < bytes; i++) {
    const d = docs[i % docs.length]
    const body = `\n## Part ${i}\n\n${d.text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^#/gm, '###')}\n`
    parts.push(body)
    size += body.length
  }
  return parts.join('')
}
// A bare fromMarkdown of a whole long text grows faster than the text (micromark's edit maps); the
// compiler parses a long text in chunks cut at headings (the same tree). Both baselines are shown.
console.log(
  `synthetic TSGs: median of ${bigRounds} interleaved runs after a warm-up (wall s, s/MB)`
)
console.log(
  '    size        compile   bare fromMarkdown   chunked parse   compile/bare (wall, CPU)   compile/chunked (wall, CPU)'
)
const results = sizes.map((mb) => {
  const text = synth(mb * 1024 * 1024)
  const fns = [
    () => compile(text, 'synthetic.md'),
    () => bareParse(text),
    () => parseMarkdown(text)
  ]
  fns.forEach((f) => f())
  const [c, p, k] = interleaved(fns, bigRounds)
  const cell = (r) => `${(r.wall / 1000).toFixed(2)} s ${(r.wall / 1000 / mb).toFixed(2)}`
  console.log(
    `  ${String(mb).padStart(4)} MB ${cell(c).padStart(14)} ${cell(p).padStart(19)} ${cell(k).padStart(15)} ${`${x(c.wall / p.wall)}, ${x(c.cpu / p.cpu)}`.padStart(26)} ${`${x(c.wall / k.wall)}, ${x(c.cpu / k.cpu)}`.padStart(29)}`
  )
  return { mb, c, p, k }
})
if (results.length > 0)
  console.log(
    `CPU s/MB: compile ${results.map((r) => (r.c.cpu / 1000 / r.mb).toFixed(2)).join(' / ')},` +
      ` chunked parse ${results.map((r) => (r.k.cpu / 1000 / r.mb).toFixed(2)).join(' / ')}` +
      ` (${results.map((r) => `${r.mb} MB`).join(' / ')})`
  )
const at = (mb) => results.find((r) => r.mb === mb)
if (at(1) !== undefined && at(2) !== undefined)
  console.log(
    `2 MB / 1 MB time: compile ${(at(2).c.wall / at(1).c.wall).toFixed(2)}, bare parse ${(at(2).p.wall / at(1).p.wall).toFixed(2)}, chunked parse ${(at(2).k.wall / at(1).k.wall).toFixed(2)} (2.00 is linear)`
  )
console.log(`load at the end ${load()}`)
