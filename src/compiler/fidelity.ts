// The fidelity checks every compiled runbook must pass: schema-valid, every shell command of the
// source accounted for, nothing destructive or ambiguous automated, no program or argument that
// is not in the source, every placeholder a variable, and the allowlist equal to what runs.
import type { Diagnostic, RunbookV0 } from '../runbook/index.js'
import { validateRunbookText } from '../runbook/index.js'
import { classifyCommand } from '../runbook/safety/index.js'
import type { TsgIr } from './ir.js'
import type { Account } from './interpret/model.js'
import { isInlineCommand } from './interpret/prose.js'
import { placeholderName } from './interpret/vars.js'
import { locallySet } from './shell/analyze.js'
import { lexShell } from './shell/lexer.js'

export interface FidelityCheck {
  check: string
  ok: boolean
  problems: string[]
}

export interface FidelityInput {
  source: string
  ir: TsgIr
  yaml: string
  runbook: RunbookV0
  accounts: readonly Account[]
  programs: ReadonlySet<string>
  /** Diagnostics of validating `yaml`, when the caller has them (else it is validated here). */
  diagnostics?: readonly Diagnostic[]
}

/** Runs every fidelity check; each reports its problems (empty when it passes). */
export function fidelityChecks(input: FidelityInput): FidelityCheck[] {
  const check = (name: string, problems: string[]): FidelityCheck => ({
    check: name,
    ok: problems.length === 0,
    problems
  })
  const cli = input.runbook.steps.filter((s) => s.type === 'cli')
  // A shell variable is accounted for by a var, or by a capture of its name (numbered when taken).
  const vars = new Set(Object.keys(input.runbook.meta.vars ?? {}))
  for (const s of input.runbook.steps)
    for (const c of Object.keys(s.capture ?? {})) vars.add(c.replace(/_\d+$/, '')).add(c)
  return [
    check(
      'schema-valid',
      (input.diagnostics ?? validateRunbookText(input.yaml, 'runbook.yaml').diagnostics)
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.line}:${d.col} ${d.rule}: ${d.message}`)
    ),
    check('every shell command accounted for', unaccounted(input)),
    check(
      'no destructive or ambiguous command automated',
      cli.flatMap((s) => {
        const c = classifyCommand((s.with?.argv ?? []).map(untemplate))
        return c.level === 'destructive' || c.level === 'unknown'
          ? [`${s.id}: ${c.level} (${c.reason})`]
          : []
      })
    ),
    check('no program or argument absent from the source', inventedAll(cli, input.source)),
    check(
      'every placeholder became a var',
      input.accounts.flatMap((a) => missingVars(a, vars))
    ),
    check('allowed_commands is exactly the automated programs', allowlistProblems(input.runbook))
  ]
}

function untemplate(arg: string): string {
  return arg
    .replace(/\{\{ \.literal_braces \}\}/g, '{{')
    .replace(/\{\{ \.([A-Za-z_][A-Za-z0-9_]*) \}\}/g, '<$1>')
}

function unaccounted(input: FidelityInput): string[] {
  const lines = new Set(input.accounts.map((a) => `${a.origin}:${a.line}`))
  const inline = new Set(input.accounts.map((a) => `${a.origin}:${a.line}:${a.text}`))
  const out: string[] = []
  for (const s of input.ir.sections)
    for (const u of s.units) {
      for (const c of u.codes)
        for (const l of c.lines)
          if (l.kind === 'command' && !lines.has(`block:${l.line}`))
            out.push(`line ${l.line}: ${l.text}`)
      for (const i of u.inline)
        if (isInlineCommand(i.text, input.programs) && !inline.has(`inline:${i.line}:${i.text}`))
          out.push(`line ${i.line}: \`${i.text}\``)
    }
  return out
}

const TOKEN = /[A-Za-z0-9_.-]{2,}/g

// Tokens of the source, indexed once so the check stays linear in the document size.
function inventedAll(
  cli: readonly { id: string; with?: { argv?: string[] | null } | null }[],
  source: string
): string[] {
  const tokens = new Set(source.match(TOKEN) ?? [])
  const found = (t: string): boolean => tokens.has(t) || source.includes(t)
  const out: string[] = []
  for (const s of cli) {
    const argv = s.with?.argv ?? []
    const argv0 = argv[0] ?? ''
    if (!found(argv0)) out.push(`${s.id}: program '${argv0}' is not in the source`)
    for (const arg of argv.slice(1)) {
      const literal = arg.replace(/\{\{ \.[A-Za-z_][A-Za-z0-9_]* \}\}/g, ' ')
      for (const token of literal.match(TOKEN) ?? [])
        if (!found(token)) out.push(`${s.id}: '${token}' (in '${arg}') is not in the source`)
    }
  }
  return out
}

function missingVars(a: Account, vars: ReadonlySet<string>): string[] {
  // A command only mentioned (no step) needs no var: nothing renders it.
  if (a.origin === 'http' || (a.origin === 'inline' && a.steps.length === 0)) return []
  const out: string[] = []
  const local = locallySet(a.text)
  for (const t of lexShell(a.text).tokens) {
    if (t.kind !== 'word') continue
    // `NODE_NAME=<instance label>`: the placeholder is the value of the var NODE_NAME.
    const assigned = /^([A-Za-z_][A-Za-z0-9_]*)=$/.exec(
      t.word.parts[0]?.kind === 'lit' ? t.word.parts[0].text : ''
    )?.[1]
    if (assigned !== undefined && vars.has(assigned) && t.word.parts.length === 2) continue
    for (const p of t.word.parts) {
      const name =
        p.kind === 'var'
          ? local.has(p.name)
            ? undefined
            : p.name
          : p.kind === 'placeholder'
            ? placeholderName(p.raw)
            : undefined
      if (name !== undefined && !vars.has(name))
        out.push(`line ${a.line}: ${p.kind === 'lit' ? '' : p.raw} has no var '${name}'`)
    }
  }
  return out
}

function allowlistProblems(runbook: RunbookV0): string[] {
  const automated = [
    ...new Set(runbook.steps.flatMap((s) => (s.type === 'cli' ? [s.with?.argv?.[0] ?? ''] : [])))
  ].sort()
  const allowed = [...(runbook.meta.governance?.allowed_commands ?? [])].sort()
  return JSON.stringify(automated) === JSON.stringify(allowed)
    ? []
    : [`allowed ${allowed.join(', ')}; automated ${automated.join(', ')}`]
}
