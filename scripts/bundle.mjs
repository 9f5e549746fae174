// Bundles the two entry points with @vercel/ncc into the committed dist/: the Action's
// dist/index.js and the CLI's dist/cli.js. Both run with no node_modules.
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
const build = (entry, out) =>
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'],
    { stdio: 'inherit' }
  )

rmSync('dist', { recursive: true, force: true })
rmSync('build/cli', { recursive: true, force: true })
build('src/action/main.ts', 'dist')
build('src/cli/main.ts', 'build/cli')

// The CLI: each command's module is loaded when the command runs (import() in src/cli), so ncc
// splits the bundle into an entry and chunks. They live in dist/cli/; dist/cli.js is the
// executable that imports the entry, so `runbook --version` compiles the 0.2 MB entry, not every
// command's code. Everything else in build/cli (licenses, package.json) is handled below.
const chunks = readdirSync('build/cli').filter((f) => f.endsWith('.js'))
if (!chunks.includes('index.js')) throw new Error('ncc wrote no build/cli/index.js')
mkdirSync('dist/cli')
for (const f of chunks) copyFileSync(`build/cli/${f}`, `dist/cli/${f}`)
writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport './cli/index.js'\n")
chmodSync('dist/cli.js', 0o755)
const cliLicenses = completeLicenses(
  readFileSync('build/cli/licenses.txt', 'utf8'),
  chunks.map((f) => readFileSync(`build/cli/${f}`, 'utf8'))
)
const licenses = readFileSync('dist/licenses.txt', 'utf8')
if (!existsSync('dist/package.json')) throw new Error('ncc did not write dist/package.json')
if (cliLicenses !== licenses) writeFileSync('dist/licenses-cli.txt', cliLicenses)
mkdirSync('build', { recursive: true })
rmSync('build/cli', { recursive: true, force: true })

/**
 * ncc's licence list leaves out the packages of the entry chunk when the bundle has chunks
 * (commander, here): every package whose code a chunk holds gets its licence, from its
 * package.json and LICENSE file, or the build fails.
 */
function completeLicenses(text, sources) {
  const listed = new Set(text.split('\n'))
  const bundled = new Set()
  for (const source of sources)
    for (const [, name] of source.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//g))
      bundled.add(name)
  let out = text
  for (const name of [...bundled].sort()) {
    if (listed.has(name)) continue
    const dir = `node_modules/${name}`
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f))
    if (file === undefined) throw new Error(`${name} is in the CLI bundle but has no licence file`)
    const { license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'))
    out += `\n${name}\n${license}\n${readFileSync(`${dir}/${file}`, 'utf8')}\n`
  }
  return out
}
