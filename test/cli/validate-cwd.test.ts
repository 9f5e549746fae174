// `runbook validate FILE` reads FILE, and the TSG its meta.source names, relative to the CLI's
// working directory (io.cwd, as exec does), never the test process's own cwd.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sourceHash } from '../../src/runbook/source-hash.js'
import { workspace } from '../helpers/workspace.js'

const RUNBOOK = (hash: string) => `apiVersion: runbook/v0
meta:
  name: from-tsg
  source:
    file: tsg.md
    source_hash: ${hash}
  governance:
    allowed_commands: [uname]
steps:
  - id: kernel
    type: cli
    with: { argv: [uname, -s] }
`

it('validate FILE is relative to the working directory it was started in, and so is its source', async () => {
  const ws = workspace()
  try {
    expect(process.cwd()).not.toBe(ws.dir)
    mkdirSync(join(ws.dir, 'sub'))
    writeFileSync(join(ws.dir, 'sub', 'tsg.md'), '# Disk\nRun uname.\n')
    writeFileSync(join(ws.dir, 'sub', 'ok.yaml'), RUNBOOK(sourceHash('# Disk\nRun uname.\n')))
    writeFileSync(join(ws.dir, 'sub', 'stale.yaml'), RUNBOOK(sourceHash('# Disk\nold text\n')))
    const ok = await ws.run(['validate', 'sub/ok.yaml'])
    expect(ok.stdout).toBe('sub/ok.yaml: valid\n')
    expect(ok.code).toBe(0)
    const stale = await ws.run(['validate', 'sub/stale.yaml', '--strict'])
    expect(stale.code).toBe(3)
    expect(stale.stdout).toContain(
      "sub/stale.yaml:6:18: warning source-stale: the runbook is stale: its source 'tsg.md' changed since it was compiled"
    )
    const missing = await ws.run(['validate', 'sub/none.yaml'])
    expect(missing.code).toBe(3)
    expect(missing.stdout).toContain('sub/none.yaml:1:1: error file-unreadable: no such file')
  } finally {
    ws.cleanup()
  }
})
