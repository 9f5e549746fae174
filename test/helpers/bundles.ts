// The Action and the CLI as users run them: one bundled file each. In CI (CI=true) that is the
// committed dist/index.js or dist/cli.js itself: .ci/run rebuilds dist/ after the tests and fails on
// any difference, so the file tested is the file shipped. On a developer's machine dist/ may lag the
// source, so the entry is bundled from the current source once per test process (esbuild: seconds,
// where ncc takes a minute), into one ESM file that runs with no node_modules beside it, as dist/
// does. Spawning a bundle costs well under half the CPU of spawning the sources through tsx, which
// matters to suites that start the CLI dozens of times (kill -9 and resume, terminals, the debugger).
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, stop } from 'esbuild'
import { ROOT } from './fixtures.js'

const bundles = new Map<string, Promise<string>>()
/** Builds in flight in this process. */
let building = 0

function bundleOf(source: string, shipped?: string): Promise<string> {
  let bundled = bundles.get(source)
  if (bundled === undefined) {
    bundled = (async () => {
      const dist = shipped === undefined ? undefined : join(ROOT, shipped)
      if (process.env.CI === 'true' && dist !== undefined && existsSync(dist)) return dist
      const outfile = join(mkdtempSync(join(tmpdir(), 'bundle-')), 'main.mjs')
      building++
      try {
        await build({
          entryPoints: [join(ROOT, source)],
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
      } finally {
        // esbuild's service process stays alive after a build and keeps the Jest worker from
        // exiting ("A worker process has failed to exit gracefully"): stop it once no build is in
        // flight (a later build starts it again).
        if (--building === 0) await stop()
      }
      return outfile
    })()
    bundles.set(source, bundled)
  }
  return bundled
}

/** Path of the bundled Action (built on first use). */
export const actionBundle = (): Promise<string> => bundleOf('src/action/main.ts', 'dist/index.js')

/** Path of the bundled `runbook` CLI (built on first use); run it as `node <path> ARGS`. */
export const cliBundle = (): Promise<string> => bundleOf('src/cli/main.ts', 'dist/cli.js')

/** Path of a test program (a path from the repository root) bundled with its dependencies. */
export const testBundle = (source: string): Promise<string> => bundleOf(source)
