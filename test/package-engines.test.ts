import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './helpers/fixtures.js'

// `npm ci` warns EBADENGINE when an installed package refuses a Node version this project
// declares (package.json engines; the Action runs node24). The lock file says what gets installed.
const require = createRequire(import.meta.url)
const semver = require('semver') as {
  satisfies(version: string, range: string): boolean
  minVersion(range: string): { version: string } | null
}

interface LockEntry {
  engines?: { node?: string } | string[]
  optional?: boolean
}

test('every locked package accepts the lowest Node version package.json declares, and node24', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    engines: { node: string }
  }
  const lowest = semver.minVersion(pkg.engines.node)?.version ?? ''
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>
  }
  const refused = Object.entries(lock.packages)
    .filter(([name, entry]) => name !== '' && !entry.optional)
    .flatMap(([name, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node
      const ok = (v: string): boolean => range === undefined || semver.satisfies(v, range)
      return ok(lowest) && ok('24.0.0') ? [] : [`${name} (node ${range})`]
    })
  expect(lowest).toMatch(/^20\./)
  expect(refused).toEqual([])
})
