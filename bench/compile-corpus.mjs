// Compiler benchmark: median milliseconds per golden document, and the time for synthetic TSGs of
// 0.25, 0.5, 1 and 2 MB (built by repeating the corpus) to show that compile time stays linear.
// Run: npm run bench:compile
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { compileTsg } from '../src/compiler/index.ts'

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'compiler', 'inputs')
const docs = readdirSync(dir)
  .filter((f) => f !== 'SOURCES.md')
  .sort()
  .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }))

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
const time = (fn) => {
  const t = performance.now()
  fn()
  return performance.now() - t
}

// Warm up the JIT, then take the median of 15 runs per document.
for (const d of docs) compileTsg(d.text, { file: d.file })
const perDoc = docs.map((d) => ({
  file: d.file,
  kb: d.text.length / 1024,
  ms: median(Array.from({ length: 15 }, () => time(() => compileTsg(d.text, { file: d.file }))))
}))
const all = median(perDoc.map((d) => d.ms))
console.log(`corpus: ${docs.length} documents, median ${all.toFixed(2)} ms per document`)
for (const d of perDoc)
  console.log(`  ${d.ms.toFixed(2).padStart(7)} ms  ${d.kb.toFixed(1).padStart(5)} KB  ${d.file}`)

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
const sizes = [0.25, 0.5, 1, 2]
const results = sizes.map((mb) => {
  const text = synth(mb * 1024 * 1024)
  compileTsg(text, { file: 'synthetic.md' })
  const ms = median(
    Array.from({ length: 3 }, () => time(() => compileTsg(text, { file: 'synthetic.md' })))
  )
  return { mb, ms }
})
console.log('synthetic TSGs (median of 3):')
for (const r of results)
  console.log(
    `  ${String(r.mb).padStart(4)} MB  ${r.ms.toFixed(0).padStart(6)} ms  ${(r.ms / r.mb).toFixed(0)} ms/MB`
  )
const ratio = results[3].ms / results[2].ms
console.log(`2 MB / 1 MB time ratio: ${ratio.toFixed(2)} (2.00 is linear)`)
