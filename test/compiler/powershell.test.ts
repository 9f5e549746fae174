import { compileTsg } from '../../src/compiler/index.js'
import { powershellLevel } from '../../src/compiler/interpret/powershell.js'

describe('PowerShell blocks', () => {
  it('accounts for every command of a powershell block as a manual step, never a dropped block', () => {
    const md =
      '# T\n\n```powershell\nPS C:\\app> Get-Service "app*"\nStatus   Name\nRunning  app\nPS> docker image prune --all --force\n```\n'
    const r = compileTsg(md, { file: 't.md' })
    expect(r.interpretation.accounts.map((a) => [a.line, a.note])).toEqual([
      [4, 'PowerShell'],
      [7, 'PowerShell']
    ])
    expect(r.runbook.steps.map((s) => s.type)).toEqual(['manual', 'manual'])
    expect(r.runbook.steps[0]?.instructions).toContain('```powershell\nGet-Service "app*"\n```')
    expect(r.runbook.steps[1]?.instructions).toContain('Run by hand only if it is safe to do so')
    expect(r.checks.filter((c) => !c.ok)).toEqual([])
  })

  it('reads every unprompted line but comments as a command, joining backtick continuations', () => {
    const r = compileTsg(
      '# T\n\n```pwsh\n# restart it\nRestart-Service -Name app `\n  -Force\n```\n',
      { file: 't.md' }
    )
    expect(r.interpretation.accounts.map((a) => [a.line, a.endLine])).toEqual([[5, 6]])
    expect(r.runbook.steps[0]?.title).toBe('Restart it')
  })

  it('judges a cmdlet by its verb and a known program by the classifier', () => {
    expect(powershellLevel('Get-PSDrive C | Select-Object Used,Free').level).toBe('read-only')
    expect(powershellLevel('Restart-Service app').level).toBe('mutating')
    expect(powershellLevel('Remove-Item -Recurse C:\\data').level).toBe('destructive')
    expect(powershellLevel('Invoke-Expression $cmd').level).toBe('unknown')
    expect(powershellLevel('kubectl delete pod web-1').level).toBe('destructive')
    expect(powershellLevel('.\\config.cmd remove --token T').level).toBe('unknown')
  })
})
