import {
  chmodSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync
} from 'node:fs'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NodeCommandResolver } from '../../../src/providers/cli/index.js'
import { fixture } from '../../helpers/fixtures.js'

let resolver: NodeCommandResolver
let root: string

// root/
//   a/tool          executable copy of a fixture
//   a/plain         not executable
//   a/dir/          a directory
//   b/tool          executable (shadowed by a/tool)
//   b/plain, b/dir  executable files named like the skipped ones in a/
//   links/linked -> ../a/tool
beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'resolver-')))
  for (const d of ['a', 'b', 'links', 'a/dir']) mkdirSync(join(root, d), { recursive: true })
  const exe = (path: string, mode = 0o755): void => {
    copyFileSync(fixture('bin', 'exit-with.sh'), path)
    chmodSync(path, mode)
  }
  exe(join(root, 'a/tool'))
  exe(join(root, 'a/plain'), 0o644)
  exe(join(root, 'b/tool'))
  exe(join(root, 'b/plain'))
  exe(join(root, 'b/dir'))
  symlinkSync('../a/tool', join(root, 'links/linked'))
  // Everything above exists before the resolver (the run's process) starts.
  resolver = new NodeCommandResolver({ startedAtMs: Date.now() + 1000 })
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

const path = (...dirs: string[]): string => dirs.map((d) => join(root, d)).join(':')
const where = (r: { path?: string; realPath?: string }) => ({ path: r.path, realPath: r.realPath })

describe('NodeCommandResolver', () => {
  it('searches PATH in order and takes the first executable file', async () => {
    expect(where(await resolver.resolve('tool', '/', path('a', 'b')))).toEqual({
      path: join(root, 'a/tool'),
      realPath: join(root, 'a/tool')
    })
  })

  it('skips files that are not executable and directories', async () => {
    expect((await resolver.resolve('plain', '/', path('a', 'b'))).path).toBe(join(root, 'b/plain'))
    expect((await resolver.resolve('dir', '/', path('a', 'b'))).path).toBe(join(root, 'b/dir'))
  })

  it('returns {} when nothing is found', async () => {
    expect(await resolver.resolve('nope', '/', path('a', 'b'))).toEqual({})
    expect(await resolver.resolve('tool', '/', '')).toEqual({})
    expect(await resolver.resolve('', '/', path('a'))).toEqual({})
  })

  it('resolves a name holding a slash against cwd, without searching PATH', async () => {
    expect((await resolver.resolve('./tool', join(root, 'a'), '')).path).toBe(join(root, 'a/tool'))
    expect((await resolver.resolve('./plain', join(root, 'a'), path('b'))).path).toBeUndefined()
    expect((await resolver.resolve('a/tool', root, '')).path).toBe(join(root, 'a/tool'))
  })

  it('normalises .. and . in the path', async () => {
    const r = await resolver.resolve('../b/./tool', join(root, 'a'), '')
    expect(r.path).toBe(join(root, 'b/tool'))
    const abs = await resolver.resolve(`${root}/a/../a/./tool`, '/', '')
    expect(abs.path).toBe(join(root, 'a/tool'))
  })

  it('keeps the symlink as path and resolves it in realPath', async () => {
    expect(where(await resolver.resolve('linked', '/', path('links')))).toEqual({
      path: join(root, 'links/linked'),
      realPath: join(root, 'a/tool')
    })
  })

  it('does not search the working directory for an empty PATH entry', async () => {
    expect(where(await resolver.resolve('tool', join(root, 'a'), `:${path('b')}:`))).toEqual({
      path: join(root, 'b/tool'),
      realPath: join(root, 'b/tool')
    })
  })

  it('skips a relative PATH entry: a working directory never changes what a name finds', async () => {
    expect(await resolver.resolve('tool', root, 'b')).toEqual({})
    expect((await resolver.resolve('tool', root, `b:${path('a')}`)).path).toBe(join(root, 'a/tool'))
  })

  it('names a missing or non-directory working directory instead of resolving', async () => {
    expect(await resolver.resolve('tool', join(root, 'gone'), path('a'))).toEqual({
      cwdProblem: `working directory '${join(root, 'gone')}' does not exist`
    })
    expect(await resolver.resolve('./tool', join(root, 'a/tool'), path('a'))).toEqual({
      cwdProblem: `working directory '${join(root, 'a/tool')}' is not a directory`
    })
  })

  it('identifies the real file: inode for links, sha256 of the content for copies', async () => {
    const tool = await resolver.resolve('tool', '/', path('a'))
    const content = readFileSync(join(root, 'a/tool'))
    expect(tool.sha256).toBe(createHash('sha256').update(content).digest('hex'))
    expect(tool.newSinceStart).toBeUndefined()
    const linked = await resolver.resolve('linked', '/', path('links'))
    expect(linked.fileId).toBe(tool.fileId)
    const copy = await resolver.resolve('tool', '/', path('b'))
    expect(copy.fileId).not.toBe(tool.fileId)
    expect(copy.sha256).toBe(tool.sha256)
  })

  it('flags an executable created, copied or hard-linked after the process started', async () => {
    const fresh = new NodeCommandResolver({ startedAtMs: Date.now() - 1 })
    const late = join(root, 'late')
    mkdirSync(late)
    writeFileSync(join(late, 'made'), '#!/bin/sh\n', { mode: 0o755 })
    copyFileSync(join(root, 'a/tool'), join(late, 'copied'))
    chmodSync(join(late, 'copied'), 0o755)
    linkSync(join(root, 'b/tool'), join(late, 'linked'))
    for (const name of ['made', 'copied', 'linked'])
      expect((await fresh.resolve(name, '/', join(root, 'late'))).newSinceStart).toBe(true)
    expect((await fresh.resolve('sh', '/', '/usr/bin:/bin')).newSinceStart).toBeUndefined()
  })

  it('finds real system commands, /usr/bin/../bin style paths included', async () => {
    const sh = await resolver.resolve('sh', '/', '/usr/bin/../bin:/bin')
    expect(sh.path).toMatch(/^\/(usr\/)?bin\/sh$/)
    expect(sh.realPath).toBe(realpathSync(sh.path as string))
  })
})
