import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { affectedRunbooks, changedTsgs, runbookCandidates } from '../../src/app/test/affected.js'
import { lineDiff } from '../../src/app/test/line-diff.js'

describe('which runbooks a pull request touches', () => {
  it.each([
    ['ops/disk.yaml', ['ops/disk.yaml']],
    ['ops/disk.scenario.yaml', ['ops/disk.yaml', 'ops/disk.yml']],
    ['ops/disk.scenario.evidence.yaml', ['ops/disk.yaml', 'ops/disk.yml']],
    ['ops/disk.scenario.test.yaml', ['ops/disk.yaml', 'ops/disk.yml']],
    ['ops/disk.scenarios/full.yaml', ['ops/disk.yaml', 'ops/disk.yml']],
    ['ops/disk.scenarios/full.inputs.yaml', ['ops/disk.yaml', 'ops/disk.yml']],
    ['disk.scenarios/full.yaml', ['disk.yaml', 'disk.yml']],
    [
      'ops/scenarios/dns/healthy/test.yaml',
      ['ops/dns.yaml', 'ops/dns.yml', 'ops/dns.runbook.yaml', 'ops/dns.runbook.yml']
    ],
    ['ops/disk.evidence.yaml', []],
    ['README.md', []]
  ])('%s -> %j', (changed, candidates) => {
    expect(runbookCandidates(changed)).toEqual(candidates)
  })

  it('keeps only runbooks that exist, each once, sorted; finds the runbook a changed TSG compiled to', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'affected-'))
    try {
      mkdirSync(join(ws, 'ops', 'scenarios', 'dns', 'ok'), { recursive: true })
      const rb = (name: string, extra = '') =>
        `apiVersion: runbook/v0\nmeta:\n  name: ${name}\n${extra}steps:\n  - id: a\n    type: manual\n    instructions: x\n`
      writeFileSync(join(ws, 'ops', 'disk.yaml'), rb('disk', '  source:\n    file: disk.md\n'))
      writeFileSync(join(ws, 'ops', 'dns.runbook.yaml'), rb('dns'))
      writeFileSync(join(ws, 'ops', 'notes.yaml'), 'not: a runbook\n')
      expect(
        await affectedRunbooks(ws, [
          'ops/scenarios/dns/ok/test.yaml',
          'ops/disk.scenario.yaml',
          'ops/disk.yaml',
          'ops/notes.yaml',
          'ops/gone.scenario.yaml'
        ])
      ).toEqual(['ops/disk.yaml', 'ops/dns.runbook.yaml'])
      expect(await changedTsgs(ws, ['ops/disk.md', 'ops/other.md', 'docs/x.md'])).toEqual([
        { tsg: 'ops/disk.md', runbooks: ['ops/disk.yaml'] }
      ])
    } finally {
      rmSync(ws, { recursive: true, force: true })
    }
  })
})

describe('lineDiff', () => {
  it('is empty for equal texts and shows hunks with context otherwise', () => {
    expect(lineDiff('a\nb\n', 'a\nb\n', 'x', 'y')).toBe('')
    const a = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', ''].join('\n')
    const b = a.replace('5\n', 'five\n')
    expect(lineDiff(a, b, 'old', 'new')).toBe(
      [
        '--- old',
        '+++ new',
        '@@ -2,7 +2,7 @@',
        ' 2',
        ' 3',
        ' 4',
        '-5',
        '+five',
        ' 6',
        ' 7',
        ' 8',
        ''
      ].join('\n')
    )
  })
})
