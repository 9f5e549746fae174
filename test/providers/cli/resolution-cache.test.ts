// Resolution caching (issue 16): the engine asks for the same names at every step; the resolver
// searches PATH once and then only re-stats what the search read. Every change that would make a
// fresh search answer differently must be seen: each case changes one thing on disk and checks
// that the next lookup answers as a resolver that never cached would.
import { createHash } from 'node:crypto'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NodeCommandResolver } from '../../../src/providers/cli/index.js'

let root: string
beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'resolution-cache-')))
  for (const d of ['early', 'late', 'work']) mkdirSync(join(root, d))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const at = (...p: string[]): string => join(root, ...p)
const PATH = (): string => `${at('early')}:${at('late')}`
const tool = (path: string, body = 'echo one', mode = 0o755): void =>
  writeFileSync(path, `#!/bin/sh\n${body}\n`, { mode })
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')
// A file changed within a clock tick of a lookup is searched again every time (racily clean):
// let the fixtures age past that before the lookups whose reuse is counted.
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 30))

describe('NodeCommandResolver caches a lookup while nothing it read changes', () => {
  it('searches PATH once for repeated lookups of an unchanged name, found or not', async () => {
    tool(at('late', 'tool'))
    await settle()
    const r = new NodeCommandResolver()
    for (let i = 0; i < 20; i++) {
      expect((await r.resolve('tool', at('work'), PATH())).path).toBe(at('late', 'tool'))
      expect(await r.resolve('absent', at('work'), PATH())).toEqual({})
    }
    expect(r.fullResolutions).toBe(2)
    // Another cwd or PATH is another lookup.
    await r.resolve('tool', at('early'), PATH())
    await r.resolve('tool', at('work'), at('late'))
    expect(r.fullResolutions).toBe(4)
  })

  it('finds a file made during the run that now comes first on PATH', async () => {
    tool(at('late', 'tool'))
    await settle()
    const r = new NodeCommandResolver()
    expect((await r.resolve('tool', at('work'), PATH())).path).toBe(at('late', 'tool'))
    tool(at('early', 'tool'))
    const now = await r.resolve('tool', at('work'), PATH())
    expect(now).toMatchObject({ path: at('early', 'tool'), newSinceStart: true })
  })

  it('finds a name that was missing once it is made, and judges it new', async () => {
    await settle()
    const r = new NodeCommandResolver()
    expect(await r.resolve('fresh', at('work'), PATH())).toEqual({})
    tool(at('late', 'fresh'))
    expect(await r.resolve('fresh', at('work'), PATH())).toMatchObject({
      path: at('late', 'fresh'),
      newSinceStart: true
    })
  })

  it('sees a skipped file made executable earlier on PATH (chmod changes no directory)', async () => {
    tool(at('early', 'tool'), 'echo early', 0o644)
    tool(at('late', 'tool'))
    await settle()
    const r = new NodeCommandResolver()
    expect((await r.resolve('tool', at('work'), PATH())).path).toBe(at('late', 'tool'))
    chmodSync(at('early', 'tool'), 0o755)
    expect((await r.resolve('tool', at('work'), PATH())).path).toBe(at('early', 'tool'))
  })

  it('sees the file found rewritten in place, replaced by a rename, or no longer executable', async () => {
    tool(at('late', 'tool'))
    await settle()
    const r = new NodeCommandResolver()
    const first = await r.resolve('tool', at('work'), PATH())
    await settle()
    tool(at('late', 'tool'), 'echo two') // same inode, new content
    const rewritten = await r.resolve('tool', at('work'), PATH())
    expect(rewritten.fileId).toBe(first.fileId)
    expect(rewritten.sha256).toBe(sha(at('late', 'tool')))
    expect(rewritten.sha256).not.toBe(first.sha256)
    tool(at('work', 'other'), 'echo three')
    renameSync(at('work', 'other'), at('late', 'tool'))
    const renamed = await r.resolve('tool', at('work'), PATH())
    expect(renamed.fileId).not.toBe(first.fileId)
    expect(renamed.sha256).toBe(sha(at('late', 'tool')))
    chmodSync(at('late', 'tool'), 0o644)
    expect(await r.resolve('tool', at('work'), PATH())).toEqual({})
  })

  it('follows a symlink pointed elsewhere, and a working directory removed', async () => {
    tool(at('early', 'a'), 'echo a')
    tool(at('early', 'b'), 'echo b')
    symlinkSync(at('early', 'a'), at('work', 'link'))
    await settle()
    const r = new NodeCommandResolver()
    expect((await r.resolve('./link', at('work'), PATH())).realPath).toBe(at('early', 'a'))
    rmSync(at('work', 'link'))
    symlinkSync(at('early', 'b'), at('work', 'link'))
    expect((await r.resolve('./link', at('work'), PATH())).realPath).toBe(at('early', 'b'))
    rmSync(at('work'), { recursive: true })
    expect(await r.resolve('./link', at('work'), PATH())).toEqual({
      cwdProblem: `working directory '${at('work')}' does not exist`
    })
  })
})
