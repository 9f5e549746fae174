import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { sourceHash, validateRunbookText } from '../../src/runbook/index.js'
import { cli } from '../helpers/cli.js'
import { workspace } from '../helpers/workspace.js'

// meta.source: the compiler records the TSG and its digest; validate warns once the TSG changed.
const TSG = `# Disk full

Check the disk:

\`\`\`bash
df -h /
\`\`\`
`

describe('meta.source and staleness', () => {
  const ws = workspace()
  afterAll(() => ws.cleanup())
  const tsg = join(ws.dir, 'docs', 'disk.md')
  const out = join(ws.dir, 'runbooks', 'disk.yaml')
  beforeAll(() => {
    mkdirSync(join(ws.dir, 'docs'))
    mkdirSync(join(ws.dir, 'runbooks'))
    writeFileSync(tsg, TSG)
  })

  it('compile writes the TSG relative to the runbook and its digest, and no timestamp', async () => {
    const r = await ws.run(['compile', 'docs/disk.md', '-o', 'runbooks/disk.yaml'])
    expect(r.code).toBe(0)
    const meta = (parse(readFileSync(out, 'utf8')) as { meta: Record<string, unknown> }).meta
    expect(meta.source).toEqual({ file: '../docs/disk.md', source_hash: sourceHash(TSG) })
    expect(sourceHash(TSG)).toMatch(/^sha256:[0-9a-f]{64}$/)
    const again = await ws.run(['compile', 'docs/disk.md', '-o', 'runbooks/again.yaml'])
    expect(again.code).toBe(0)
    expect(readFileSync(join(ws.dir, 'runbooks', 'again.yaml'), 'utf8')).toBe(
      readFileSync(out, 'utf8')
    )
  })

  it('validate is silent while the source matches, and warns at the digest once it changed', async () => {
    expect(await cli(['validate', out])).toEqual({ code: 0, stdout: `${out}: valid\n`, stderr: '' })
    writeFileSync(tsg, `${TSG}\nAlso check inodes.\n`)
    const r = await cli(['validate', out])
    expect(r.code).toBe(0)
    const line = readFileSync(out, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('source_hash'))
    expect(r.stdout).toContain(`${out}: valid (0 errors, 1 warning)`)
    expect(r.stdout).toContain(
      `${out}:${line + 1}:18: warning source-stale: the runbook is stale: its source '../docs/disk.md' changed since it was compiled`
    )
    expect(r.stdout).toContain('(at meta.source.source_hash)')
    expect((await cli(['validate', '--strict', out])).code).toBe(3)
  })

  it('a byte-order mark alone does not make a runbook stale', async () => {
    writeFileSync(tsg, `\uFEFF${TSG}`)
    expect((await cli(['validate', '--strict', out])).code).toBe(0)
  })

  it('warns when the source cannot be read', async () => {
    writeFileSync(tsg, TSG)
    const moved = join(ws.dir, 'runbooks', 'moved.yaml')
    writeFileSync(moved, readFileSync(out, 'utf8').replace('../docs/disk.md', 'gone.md'))
    const r = await cli(['validate', moved])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /warning source-unreadable: cannot check whether the runbook is stale: its source 'gone.md' .* does not exist \(at meta.source.file\)/
    )
  })

  it("reads gert's meta.source as gert writes it (compiled_at, plain hex) and refuses a malformed digest", () => {
    const doc = (source: string) =>
      `apiVersion: runbook/v0\nmeta:\n  name: x\n  source:\n${source}\nsteps:\n  - id: a\n    type: manual\n    instructions: look\n`
    const gert = validateRunbookText(
      doc(
        `    file: x.md\n    compiled_at: "2026-02-14T10:00:00Z"\n    compiled_by: gert\n    source_hash: ${'a'.repeat(64)}`
      ),
      'g.yaml'
    )
    expect(gert.diagnostics).toEqual([])
    const bad = validateRunbookText(doc('    file: x.md\n    source_hash: md5:abc'), 'b.yaml')
    expect(bad.diagnostics.map((d) => [d.line, d.path])).toEqual([[6, 'meta.source.source_hash']])
  })
})
