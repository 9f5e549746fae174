// Extracts the GitHub REST operations the loopback fake serves, plus the closure of every $ref they
// use, from GitHub's published OpenAPI description (npm @octokit/openapi, api.github.com.json) into
// test/fixtures/github/openapi.json. The 29 MB package is not a dependency: this script fetches its
// tarball with `npm pack` (or reads a local copy) and keeps only what the fake needs.
//
// Regenerate (after adding an operation to OPERATIONS below, or to move to a newer description):
//   node scripts/vendor-openapi.mjs                 # npm pack @octokit/openapi@VERSION
//   node scripts/vendor-openapi.mjs path/to/api.github.com.json
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const VERSION = '23.0.2'
const OUT = 'test/fixtures/github/openapi.json'
const OPERATIONS = [
  'repos/get',
  'repos/get-collaborator-permission-level',
  'teams/get-membership-for-user-in-org',
  'issues/create',
  'issues/get',
  'issues/update',
  'issues/list-for-repo',
  'issues/list-comments',
  'issues/create-comment',
  'issues/get-comment',
  'issues/update-comment',
  'reactions/create-for-issue-comment',
  'reactions/list-for-issue-comment',
  'actions/get-workflow-run',
  'actions/list-workflow-runs',
  'actions/create-workflow-dispatch',
  'actions/list-workflow-run-artifacts',
  'actions/get-artifact',
  'actions/download-artifact',
  'actions/delete-artifact',
  'actions/get-reviews-for-run',
  'actions/get-pending-deployments-for-run',
  'actions/review-pending-deployments-for-run',
  'pulls/list-files'
]

function loadDescription(path) {
  if (path) return JSON.parse(readFileSync(path, 'utf8'))
  const dir = mkdtempSync(join(tmpdir(), 'octokit-openapi-'))
  try {
    const tgz = execFileSync('npm', ['pack', `@octokit/openapi@${VERSION}`, '--silent'], {
      cwd: dir,
      encoding: 'utf8'
    }).trim()
    const member = 'package/generated/api.github.com.json'
    execFileSync('tar', ['-xzf', tgz, member], { cwd: dir })
    return JSON.parse(readFileSync(join(dir, member), 'utf8'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const full = loadDescription(process.argv[2])
const paths = {}
const found = new Set()
for (const [p, item] of Object.entries(full.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (!OPERATIONS.includes(op?.operationId)) continue
    found.add(op.operationId)
    // Keep what validation and canned answers use; drop prose and code samples.
    const { operationId, parameters, requestBody, responses } = op
    paths[p] = { ...paths[p], [method]: { operationId, parameters, requestBody, responses } }
  }
}
const missing = OPERATIONS.filter((o) => !found.has(o))
if (missing.length > 0) throw new Error(`not in the description: ${missing.join(', ')}`)

// The closure of #/components/... references reachable from the kept operations.
const components = {}
const seen = new Set()
function walk(node) {
  if (Array.isArray(node)) return node.forEach(walk)
  if (node === null || typeof node !== 'object') return
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') take(v)
    else walk(v)
  }
}
function take(ref) {
  if (seen.has(ref)) return
  seen.add(ref)
  const [, kind, name] = ref.match(/^#\/components\/([^/]+)\/(.+)$/) ?? []
  if (!kind) throw new Error(`unsupported $ref ${ref}`)
  const target = full.components[kind]?.[name]
  if (target === undefined) throw new Error(`dangling $ref ${ref}`)
  ;(components[kind] ??= {})[name] = target
  walk(target)
}
walk(paths)
for (const kind of Object.keys(components)) {
  components[kind] = Object.fromEntries(
    Object.entries(components[kind]).sort(([a], [b]) => (a < b ? -1 : 1))
  )
}

const out = {
  openapi: full.openapi,
  info: {
    title: full.info.title,
    version: full.info.version,
    'x-vendored-from': `@octokit/openapi@${VERSION} generated/api.github.com.json`,
    'x-regenerate': 'node scripts/vendor-openapi.mjs'
  },
  paths,
  components
}
writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`)
const counts = Object.entries(components).map(([k, v]) => `${Object.keys(v).length} ${k}`)
console.log(`${OUT}: ${OPERATIONS.length} operations, ${counts.join(', ')}`)
