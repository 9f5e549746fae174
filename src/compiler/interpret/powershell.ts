// A command of a PowerShell (or cmd.exe) block. Its quoting, variables and cmdlets are not a POSIX
// argv, so it is never automated; it is shown verbatim with the safety of what it visibly runs.
import type { Classification } from '../../runbook/safety/index.js'
import { classifyCommand, worst } from '../../runbook/safety/index.js'
import { lexShell } from '../shell/lexer.js'
import { displayWord } from './vars.js'

// Approved PowerShell verbs by effect (Get-Verb): what a cmdlet's name says it does.
const READ =
  /^(Get|Test|Measure|Select|Where|Find|Show|Resolve|Compare|Format-(List|Table|Wide)|Out|Sort|Group|Write|Read|Search|Trace|Wait|Watch|ConvertTo|ConvertFrom)-/i
const DESTROY =
  /^(Remove|Clear|Uninstall|Unregister|Format-Volume|Stop-Computer|Restart-Computer|Dismount|Revoke)-/i
const RUNS = /^(Invoke|Start-Process|Enter|New-PSSession|iex$|icm$)/i

/** The safety of one PowerShell command: the worst of its pipeline's parts. */
export function powershellLevel(text: string): Classification {
  const parts = text
    .replace(/`\n/g, ' ')
    .split(/[|;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  const levels = parts.map((part): Classification => {
    const words = lexShell(part).tokens.flatMap((t) =>
      t.kind === 'word' ? [displayWord(t.word)] : []
    )
    const name = words[0] ?? ''
    if (RUNS.test(name))
      return {
        level: 'unknown',
        tool: name,
        rule: 'powershell.runs',
        reason: `${name} runs other code`
      }
    if (/^[A-Z][a-z]+-[A-Za-z]+$/.test(name)) {
      if (READ.test(name))
        return {
          level: 'read-only',
          tool: name,
          rule: 'powershell.read',
          reason: `${name} only reads`
        }
      if (DESTROY.test(name))
        return {
          level: 'destructive',
          tool: name,
          rule: 'powershell.remove',
          reason: `${name} removes, clears or stops what cannot simply be put back`
        }
      return {
        level: 'mutating',
        tool: name,
        rule: 'powershell.change',
        reason: `${name} changes state`
      }
    }
    return classifyCommand(words.map((w) => w.replace(/^\.\\/, '')))
  })
  return worst(levels) ?? classifyCommand([])
}
