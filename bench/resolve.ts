// Benchmark: command lookups (issue 16). The engine resolves argv[0] for every step (and each
// denied command, and the plan before the run), on the same PATH with the same names. A lookup
// made before is answered from the resolver's cache after a stat of each file it read; a lookup
// that misses searches PATH in full. Both run here in the same rounds, for the name given (default
// `true`) on this process's PATH. Usage: node --import tsx bench/resolve.ts [--name N] [--lookups N]
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { NodeCommandResolver } from '../src/providers/cli/index.js'

const option = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : (process.argv[i + 1] ?? fallback)
}
const NAME = option('--name', 'true')
const LOOKUPS = Number(option('--lookups', '1000'))
const PATH = process.env.PATH ?? ''
const dir = mkdtempSync(join(tmpdir(), 'bench-resolve-'))
const resolver = new NodeCommandResolver({ startedAtMs: Date.now() + 1000 })

async function perLookup(path: (i: number) => string): Promise<number> {
  const t = process.hrtime.bigint()
  for (let i = 0; i < LOOKUPS; i++) await resolver.resolve(NAME, dir, path(i))
  return Number(process.hrtime.bigint() - t) / 1e3 / LOOKUPS
}

const found = await resolver.resolve(NAME, dir, PATH)
if (found.path === undefined) throw new Error(`${NAME} is not on PATH`)
console.log(
  `${NAME} -> ${found.path}, ${PATH.split(':').length} PATH entries, load ${loadavg()[0]?.toFixed(1)}`
)
for (let round = 1; round <= 3; round++) {
  // Another PATH is another cache key: with an entry after the one that holds the name (never
  // reached), every lookup of this loop searches PATH in full, as an uncached resolver does.
  const full = await perLookup((i) => `${PATH}:/nonexistent/${round}/${i}`)
  const cached = await perLookup(() => PATH)
  console.log(
    `round ${round}: full search ${full.toFixed(1)} µs, cached ${cached.toFixed(1)} µs per lookup: ${(cached / full).toFixed(2)}x`
  )
}
console.log(`full resolutions made: ${resolver.fullResolutions}`)
rmSync(dir, { recursive: true, force: true })
