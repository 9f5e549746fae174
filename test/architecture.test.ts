import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from './helpers/fixtures.js'

// Lower layers never import higher ones (docs/ARCHITECTURE.md). Each layer lists what it may import.
const LAYERS: Record<string, string[]> = {
  runbook: [],
  compiler: ['runbook'],
  engine: ['runbook'],
  providers: ['runbook', 'engine'],
  trace: ['runbook', 'engine'],
  // The application layer: what every face does with a runbook, written once (STYLE.md §11).
  app: ['runbook', 'compiler', 'engine', 'providers', 'trace'],
  // Faces translate inputs and outputs and call the application layer. The CLI process also hosts
  // the debugger face (`runbook debug`); the debugger never imports the CLI.
  cli: ['runbook', 'compiler', 'engine', 'providers', 'trace', 'app', 'debugger'],
  action: ['runbook', 'compiler', 'engine', 'providers', 'trace', 'app'],
  debugger: ['runbook', 'compiler', 'engine', 'providers', 'trace', 'app']
}
const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  runbook: /^(@actions\/|@octokit\/|commander)/,
  compiler: /^(@actions\/|@octokit\/|commander)/,
  // The application layer serves every face, so it knows none of their libraries.
  app: /^(@actions\/|@octokit\/|commander|@vscode\/)/,
  // The engine core is pure: no processes, no files, no network (node:crypto and string decoding are fine).
  engine:
    /^(@actions\/|@octokit\/|commander|node:child_process|node:fs|node:net|node:http|node:os|node:path)/
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('layering', () => {
  const src = join(ROOT, 'src')
  const all = files(src)

  it.each(all.map((f) => [relative(src, f), f] as const))(
    '%s imports only from allowed layers',
    (rel, file) => {
      const layer = rel.split('/')[0] ?? ''
      const allowed = new Set([layer, ...(LAYERS[layer] ?? [])])
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)) {
        const spec = m[1] ?? ''
        if (spec.startsWith('.')) {
          const target = relative(src, join(file, '..', spec)).split('/')[0] ?? ''
          if (target.startsWith('..')) continue // schema/ and package.json
          expect({ file: rel, imports: target, allowed: allowed.has(target) }).toEqual({
            file: rel,
            imports: target,
            allowed: true
          })
        } else {
          const forbidden = FORBIDDEN_PACKAGES[layer]
          expect({ file: rel, imports: spec, forbidden: forbidden?.test(spec) ?? false }).toEqual({
            file: rel,
            imports: spec,
            forbidden: false
          })
        }
      }
    }
  )
})

describe('one application layer', () => {
  const src = join(ROOT, 'src')
  // Only the application layer drives the engine: a face that starts or resumes a run itself is a
  // copy of src/app/ (STYLE.md §11).
  it.each(
    files(src)
      .map((f) => [relative(src, f), f] as const)
      .filter(([rel]) => !rel.startsWith('engine/') && !rel.startsWith('app/'))
  )('%s does not drive the engine itself', (rel, file) => {
    const text = readFileSync(file, 'utf8')
    expect({ file: rel, drives: /from '[^']*engine\/driver\.js'/.test(text) }).toEqual({
      file: rel,
      drives: false
    })
  })
})
