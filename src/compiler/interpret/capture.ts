// `VAR=$(cmd)`: a shell variable set from the output of a simple command. When `cmd` is a simple,
// read-only command, the compiler runs it as a cli step that captures its stdout, and later `$VAR`
// render as that capture. The engine drops one trailing newline of a capture, as command
// substitution drops the trailing newlines (one, for the one-value outputs this is used for).
import { commandName } from '../../runbook/index.js'
import type { SimpleCommand } from '../shell/analyze.js'
import { analyzeShell, asAssignment } from '../shell/analyze.js'
import { closingIndex, lexShell } from '../shell/lexer.js'
import { displayWord } from './vars.js'

export interface Capturable {
  /** The shell variable the line sets. */
  name: string
  /** The command inside `$(...)`. */
  command: SimpleCommand
}

/** `VAR=$(cmd)`, `VAR="$(cmd)"` or `export VAR=$(cmd)` with a simple `cmd`, else undefined. */
export function capturable(text: string): Capturable | undefined {
  const lexed = lexShell(text)
  if (lexed.tokens.some((t) => t.kind === 'op') || lexed.comment !== undefined) return undefined
  const words = lexed.tokens.flatMap((t) => (t.kind === 'word' ? [t.word] : []))
  const rest = /^(export|readonly|local)$/.test(words[0]?.raw ?? '') ? words.slice(1) : words
  const a = rest.length === 1 && rest[0] !== undefined ? asAssignment(rest[0]) : undefined
  if (a === undefined) return undefined
  const raw = a.value.raw.replace(/^"(.*)"$/s, '$1')
  if (!raw.startsWith('$(') || raw.startsWith('$((')) return undefined
  if (closingIndex(raw, 1) !== raw.length - 1) return undefined
  const inner = analyzeShell(raw.slice(2, -1))
  if (inner.kind !== 'commands' || inner.commands.length !== 1) return undefined
  const command = inner.commands[0] as SimpleCommand
  return command.words.length === 0 ? undefined : { name: a.name, command }
}

/**
 * True when the command prints one value (so an unquoted `$VAR` is one word): a kubectl/oc
 * jsonpath or go-template without `range` or `[*]`, `jq -r` of a plain path, an aws `--query`
 * without a list projection.
 */
export function singleValue(command: SimpleCommand): boolean {
  const argv = command.words.map(displayWord)
  const tool = commandName(argv[0] ?? '')
  if (tool === 'kubectl' || tool === 'oc' || tool === 'k') {
    const template = argv.find((a, i) =>
      /^(-o|--output)$/.test(argv[i - 1] ?? '')
        ? /^(jsonpath|go-template)=/.test(a)
        : /^(-o|--output=)(jsonpath|go-template)=/.test(a) || /^--template=/.test(a)
    )
    const flagTemplate = argv[argv.indexOf('--template') + 1]
    const t = template ?? (argv.includes('--template') ? flagTemplate : undefined)
    return t !== undefined && !/\brange\b|\[\*\]|\[\?\(/.test(t)
  }
  if (tool === 'jq') {
    const filter = argv.slice(1).find((a) => !a.startsWith('-'))
    return (
      argv.some((a) => a === '-r' || a === '--raw-output') &&
      filter !== undefined &&
      /^(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(filter)
    )
  }
  if (tool === 'aws') {
    const q = argv[argv.indexOf('--query') + 1]
    return argv.includes('--query') && q !== undefined && !/\[\]|\[\*\]|\[\?/.test(q)
  }
  return false
}
