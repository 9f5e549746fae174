// The REPL's history file: every command line, redacted before it reaches the disk. Evidence values
// are never written in clear (`evidence set ticket <redacted>`), and the runbook's redaction rules
// apply to every line.
import { appendFileSync, readFileSync } from 'node:fs'
import { closest, splitWords } from './commands.js'

const KEEP_VALUE = new Set(['check'])

/** The line as it may be stored. */
export function redactHistoryLine(line: string, redact: (text: string) => string): string {
  const split = splitWords(line)
  const words = split.ok ? split.words : line.trim().split(/\s+/)
  const head = words[0] ?? ''
  const isEvidence = head === 'evidence' || closest(head, ['evidence']) !== undefined
  if (isEvidence && words.length > 3 && !KEEP_VALUE.has(words[1] ?? ''))
    return redact(`${words.slice(0, 3).join(' ')} <redacted>`)
  return redact(line.trim())
}

/** Lines of an existing history file, newest last (none when it cannot be read). */
export function loadHistory(file: string): string[] {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
  } catch {
    return []
  }
}

/** Appends a line, redacted; a history file that cannot be written is not an error worth a stop. */
export function appendHistory(file: string, line: string, redact: (text: string) => string): void {
  const stored = redactHistoryLine(line, redact)
  if (stored === '') return
  try {
    appendFileSync(file, `${stored}\n`, { mode: 0o600 })
  } catch {
    // The history is a convenience: the run's own record is the trace.
  }
}
