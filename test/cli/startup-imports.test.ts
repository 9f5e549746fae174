import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { ROOT } from '../helpers/fixtures.js'

// What `runbook --version` and `--help` load: the modules src/cli/main.ts reaches through static
// value imports (a command's own module is an import() of its own, a chunk of the bundle read only
// when that command runs). One static import of a layer's index pulls every module behind it, the
// compiler and the expression engine included, into every start (bench/README.md, cold start).
const src = join(ROOT, 'src')

function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const out: string[] = []
  for (const m of text.matchAll(/^(import|export)(?! type)[^'"]*?from '(\.[^']+)'/gm)) {
    const target = join(dirname(file), (m[2] ?? '').replace(/\.js$/, '.ts'))
    if (existsSync(target)) out.push(target)
  }
  return out
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>()
  const todo = [entry]
  for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
    if (seen.has(f)) continue
    seen.add(f)
    todo.push(...staticImports(f))
  }
  return seen
}

describe("the CLI's start", () => {
  const loaded = [...reachable(join(src, 'cli/main.ts'))].map((f) => relative(src, f)).sort()

  it('loads commander wiring, not the layers a command needs', () => {
    const heavy = loaded.filter(
      (f) =>
        /^(compiler|engine|trace|providers\/(?!replay\/report-formats)|debugger)\//.test(f) ||
        /^(runbook|app)\/index\.ts$/.test(f)
    )
    expect(heavy).toEqual([])
  })

  it('runs and resumes without loading the compiler (only a TSG needs it)', () => {
    for (const command of ['exec', 'resume', 'verify', 'debug']) {
      const reached = [...reachable(join(src, `cli/commands/${command}.ts`))].map((f) =>
        relative(src, f)
      )
      expect({ command, compiler: reached.filter((f) => f.startsWith('compiler/')) }).toEqual({
        command,
        compiler: []
      })
    }
  })

  it('reads the graph it checks (the walk follows imports)', () => {
    expect(loaded).toEqual(
      expect.arrayContaining(['cli/main.ts', 'cli/program.ts', 'cli/run-commands.ts'])
    )
    expect(loaded.length).toBeGreaterThan(5)
  })
})
