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

// The CLI bundle must be one file: a dynamic import would leave chunks beside it.
const extra = readdirSync('build/cli').filter(
  (f) => !['index.js', 'package.json', 'licenses.txt'].includes(f)
)
if (extra.length > 0) throw new Error(`CLI bundle produced extra files: ${extra.join(', ')}`)
copyFileSync('build/cli/index.js', 'dist/cli.js')
const cli = readFileSync('dist/cli.js', 'utf8')
if (!cli.startsWith('#!')) writeFileSync('dist/cli.js', `#!/usr/bin/env node\n${cli}`)
chmodSync('dist/cli.js', 0o755)
const cliLicenses = readFileSync('build/cli/licenses.txt', 'utf8')
const licenses = readFileSync('dist/licenses.txt', 'utf8')
if (!existsSync('dist/package.json')) throw new Error('ncc did not write dist/package.json')
if (cliLicenses !== licenses) writeFileSync('dist/licenses-cli.txt', cliLicenses)
mkdirSync('build', { recursive: true })
rmSync('build/cli', { recursive: true, force: true })
