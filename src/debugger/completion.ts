// Tab completion for the REPL: commands, then what each takes (step ids, evidence names, checklist
// items of the step the run is stopped at).
import { manualRequirements } from '../engine/manual.js'
import type { Evidence } from '../runbook/index.js'
import { COMMANDS } from './commands.js'
import type { DebugSession } from './session.js'

/** readline's completer: the candidates for the word under the cursor, and that word. */
export function complete(session: DebugSession, line: string): [string[], string] {
  const words = line.split(/\s+/)
  const word = words.at(-1) ?? ''
  const before = words.slice(0, -1)
  const options = candidates(session, before)
  const hits = options.filter((o) => o.startsWith(word))
  return [hits.length > 0 ? hits : options, word]
}

function candidates(session: DebugSession, before: string[]): string[] {
  const [cmd, sub, name] = before
  if (cmd === undefined) return COMMANDS.map((c) => c.name)
  const evidence = currentEvidence(session)
  switch (cmd) {
    case 'print':
      if (sub === undefined) return ['vars', 'captures', 'step']
      return sub === 'step' && before.length === 2 ? session.stepIds() : []
    case 'break':
    case 'delete':
      return before.length === 1 ? session.stepIds() : []
    case 'help':
      return before.length === 1 ? COMMANDS.map((c) => c.name) : []
    case 'approve':
      return ['--as', '--role']
    case 'evidence':
      if (sub === undefined) return ['set', 'check', 'attach']
      if (before.length === 2) {
        const kind = { set: 'text', check: 'checklist', attach: 'attachment' }[sub]
        return evidence.filter((e) => e.kind === kind).map((e) => e.name)
      }
      if (sub === 'check' && before.length === 3)
        return (evidence.find((e) => e.name === name)?.items ?? []).map(quoteIfNeeded)
      return []
    default:
      return []
  }
}

function currentEvidence(session: DebugSession): Evidence[] {
  const cur = session.current
  if (cur === undefined || cur.step.type !== 'manual') return []
  return manualRequirements(cur.step, cur.deps.runbook.meta.governance).evidence
}

const quoteIfNeeded = (s: string): string => (/\s/.test(s) ? `"${s}"` : s)
