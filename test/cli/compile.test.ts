import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../helpers/cli.js'
import { GOLDEN, INPUTS } from '../compiler/goldens.js'
import { validateRunbookText } from '../../src/runbook/index.js'

const initInput = join(
  INPUTS,
  'kubernetes__website__content_en_docs_tasks_debug_debug-application_debug-init-containers.md'
)
const tmp = (): string => mkdtempSync(join(tmpdir(), 'compile-'))

describe('runbook compile', () => {
  it('writes the runbook and mapping, prints a summary and exits 1 when TODOs remain', async () => {
    const dir = tmp()
    const out = join(dir, 'runbook.yaml')
    const mapping = join(dir, 'mapping.md')
    const r = await cli(['compile', initInput, '--out', out, '--mapping', mapping])
    expect(r).toEqual({
      code: 1,
      stdout: `${initInput}: 5 steps (4 automated, 1 manual), 2 TODOs -> ${out}, ${mapping}\n`,
      stderr: ''
    })
    // Written outside the working directory, meta.source.file keeps only the TSG's name.
    expect(readFileSync(out, 'utf8')).toBe(
      readFileSync(join(GOLDEN, 'k8s-debug-init-containers', 'runbook.yaml'), 'utf8')
    )
    expect(readFileSync(mapping, 'utf8')).toBe(
      readFileSync(join(GOLDEN, 'k8s-debug-init-containers', 'mapping.md'), 'utf8')
    )
  })

  it('prints the runbook on standard output without --out, the summary on standard error', async () => {
    const r = await cli(['compile', initInput])
    expect(r.code).toBe(1)
    expect(r.stdout.startsWith('# yaml-language-server: $schema=https://')).toBe(true)
    expect(validateRunbookText(r.stdout, 'stdout').diagnostics).toEqual([])
    expect(r.stderr).toBe(`${initInput}: 5 steps (4 automated, 1 manual), 2 TODOs\n`)
  })

  it('exits 0 when nothing is left to do', async () => {
    const dir = tmp()
    const tsg = join(dir, 'disk.md')
    writeFileSync(tsg, '# Disk full\n\n## Check usage\n\n```sh\ndf -h /\n```\n')
    const r = await cli(['compile', tsg, '-o', join(dir, 'r.yaml')])
    expect(r.code).toBe(0)
    expect(readFileSync(join(dir, 'r.yaml'), 'utf8')).toContain('argv: ["df", "-h", "/"]')
  })

  it('sets meta.name with --name', async () => {
    const r = await cli(['compile', initInput, '--name', 'init-containers'])
    expect(r.stdout).toContain('\n  name: init-containers\n')
  })

  it.each([
    ['missing.md', 'missing.md: cannot read the TSG: no such file'],
    ['src', 'src: cannot read the TSG: is a directory']
  ])('exits 2 when the TSG %s cannot be read', async (file, message) => {
    const r = await cli(['compile', file])
    expect(r).toEqual({ code: 2, stdout: '', stderr: `${message}\n` })
  })

  it('exits 2 for binary input and writes nothing', async () => {
    const dir = tmp()
    const bin = join(dir, 'x.md')
    writeFileSync(bin, Buffer.from([0x23, 0x20, 0x00, 0xff]))
    const r = await cli(['compile', bin, '-o', join(dir, 'r.yaml')])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('binary content')
    expect(existsSync(join(dir, 'r.yaml'))).toBe(false)
  })

  it.each([
    [['compile'], "error: missing required argument 'tsg'"],
    [['compile', 'x.md', '--bogus'], "error: unknown option '--bogus'"],
    [['compile', 'x.md', '--out'], "error: option '-o, --out <file>' argument missing"]
  ])('refuses bad usage %j with exit 3', async (args, message) => {
    const r = await cli(args)
    expect(r.code).toBe(3)
    expect(r.stderr).toContain(message)
  })

  it('exits 3 when the output cannot be written', async () => {
    const out = join(tmp(), 'no', 'such', 'dir', 'r.yaml')
    const r = await cli(['compile', initInput, '-o', out])
    expect(r.code).toBe(3)
    expect(r.stderr).toContain(`runbook compile: cannot write ${out}: no such file or directory`)
    expect(r.stderr).not.toContain('ENOENT')
    const dir = tmp()
    const mapping = await cli(['compile', initInput, '-o', join(dir, 'r.yaml'), '-m', dir])
    expect(mapping.code).toBe(3)
    expect(mapping.stderr).toContain(`runbook compile: cannot write ${dir}: is a directory`)
  })
})
