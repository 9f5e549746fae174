// The Action as a runner spawns it. In CI (CI=true) that is the committed dist/index.js itself:
// .ci/run rebuilds dist/ after the tests and fails on any difference, so the file tested is the
// file shipped. On a developer's machine dist/ may lag the source, so the Action is bundled from
// the current source once per test process (esbuild: seconds, where ncc takes a minute), into one
// ESM file that runs with no node_modules beside it, as dist/ does.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { ROOT } from './fixtures.js'

let bundled: Promise<string> | undefined

/** Path of the bundled Action (built on first use). */
export function actionBundle(): Promise<string> {
  bundled ??= (async () => {
    const shipped = join(ROOT, 'dist/index.js')
    if (process.env.CI === 'true' && existsSync(shipped)) return shipped
    const dir = mkdtempSync(join(tmpdir(), 'action-bundle-'))
    mkdirSync(dir, { recursive: true })
    const outfile = join(dir, 'index.mjs')
    await build({
      entryPoints: [join(ROOT, 'src/action/main.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
      // CommonJS dependencies call require() for Node built-ins.
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
      }
    })
    return outfile
  })()
  return bundled
}
