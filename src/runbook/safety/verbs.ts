// Verb tables: most CLIs decide their effect by a subcommand word. A table lists the words of each
// level; a word in no list is unknown, which the compiler never automates.
import type { Classification, SafetyLevel } from './types.js'
import { classified } from './types.js'

/** A list written as text: entries separated by commas or line breaks (an entry may hold spaces). */
export function list(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

export interface VerbSpec {
  /** Comma-separated verbs of each level, e.g. `get, describe, osd tree`. */
  readOnly?: string
  mutating?: string
  destructive?: string
  /** Reasons for particular verbs; the others get a generic sentence. */
  reasons?: Readonly<Record<string, string>>
}

const PHRASE: Record<SafetyLevel, string> = {
  'read-only': 'only reads',
  mutating: 'changes state',
  destructive: 'deletes, stops or overwrites what cannot simply be put back',
  unknown: 'is not in the table'
}

/** Looks `verb` up in `spec`; `label` is how the command is named in the reason. */
export function classifyVerb(
  tool: string,
  verb: string | undefined,
  spec: VerbSpec,
  label = tool
): Classification {
  if (verb === undefined) {
    return classified('unknown', tool, `${tool}.no-subcommand`, `${label} without a subcommand`)
  }
  const level = levelOf(verb, spec)
  const rule = `${tool}.${verb.replace(/^-+/, '').replace(/[^A-Za-z0-9_-]/g, '_')}`
  if (level === undefined) {
    return classified(
      'unknown',
      tool,
      `${tool}.unknown-subcommand`,
      `${label} ${verb} is not a subcommand the classifier knows`
    )
  }
  const reason = spec.reasons?.[verb] ?? `${label} ${verb} ${PHRASE[level]}`
  return classified(level, tool, rule, reason)
}

const parsed = new WeakMap<VerbSpec, Map<string, SafetyLevel>>()

function levelOf(verb: string, spec: VerbSpec): SafetyLevel | undefined {
  let table = parsed.get(spec)
  if (table === undefined) {
    table = new Map()
    for (const [text, level] of [
      [spec.readOnly, 'read-only'],
      [spec.mutating, 'mutating'],
      [spec.destructive, 'destructive']
    ] as const)
      for (const v of list(text ?? '')) table.set(v, level)
    parsed.set(spec, table)
  }
  return table.get(verb)
}
