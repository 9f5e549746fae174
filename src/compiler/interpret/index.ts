// Stage B: the TSG-IR interpreted into runbook/v0 steps, with the accounting the mapping reports.
import type { RunbookV0, Step } from '../../runbook/index.js'
import type { IrSection, TsgIr } from '../ir.js'
import type { DocContext, Session } from './context.js'
import { governanceFor } from './governance.js'
import { slug, uniqueIds } from './ids.js'
import type { Account, Export, Omitted, PlannedStep, Repeat, Todo, VarOrigin } from './model.js'
import { interpretSection } from './section.js'
import { findAlternatives } from './alternatives.js'
import type { Choice } from './choices.js'
import { guardSteps, insertChoices } from './choices.js'
import { markOutcomes } from './escalation.js'
import { lexShell } from '../shell/lexer.js'
import type { Capture } from './vars.js'
import { Vars } from './vars.js'
import { oneLine } from '../extract/text.js'

export interface Interpretation {
  runbook: RunbookV0
  steps: PlannedStep[]
  accounts: Account[]
  todos: Todo[]
  vars: VarOrigin[]
  /** Descriptive prose left out of the runbook, in sections that have steps or not. */
  omitted: Omitted[]
  /** Shell variables set by `VAR=$(cmd)` and kept as captures of cli steps. */
  captures: Capture[]
  /** `export NAME`: the cli steps whose with.env carries each exported variable. */
  exports: Export[]
  /** Line of a non-command code block -> id of the prose step that shows it. */
  shownIn: Map<number, string>
  /** Programs run by the document's code blocks (inline code naming one is a command). */
  programs: ReadonlySet<string>
  /** Sections that repeat an earlier one word for word: no step of their own. */
  repeats: Repeat[]
  /** Alternatives: each one choice step, whose option guards the steps of each alternative. */
  choices: Choice[]
}

export interface InterpretOptions {
  /** meta.name; defaults to a slug of the document title. */
  name?: string
}

// `ADMIN_TOKEN`, `DB_PASSWORD` hold a secret; `SECRET_NAME`, `TOKEN_FILE` only name one.
const SECRET =
  /^(?!.*_(?:name|id|ns|namespace|file|path|ref)$).*(token|passw(or)?d|secret|api_?key|credential|private_?key)/i

/** Interprets the IR (pure and deterministic). */
export function interpret(ir: TsgIr, opts: InterpretOptions = {}): Interpretation {
  const doc: DocContext = {
    ir,
    vars: new Vars(),
    steps: [],
    accounts: [],
    todos: [],
    programs: blockPrograms(ir),
    shownIn: new Map(),
    functions: shellFunctions(ir),
    ambiguous: new Map(),
    omitted: [],
    exports: [],
    exported: new Map(),
    repeats: []
  }
  let open: Session | undefined
  const seen = new Map<string, Planned>()
  ir.sections.forEach((section, i) => {
    const next = ir.sections[i + 1]
    const key = bodyKey(section)
    const earlier = key === undefined ? undefined : seen.get(key)
    // A section repeated word for word (a copy-pasted procedure) plans no step again: its
    // commands are accounted as the earlier section's steps, which list it as another source.
    if (earlier !== undefined) {
      repeatSection(section, earlier, doc)
      return
    }
    const planned: Planned = {
      section,
      steps: doc.steps.length,
      accounts: doc.accounts.length,
      endSteps: 0,
      endAccounts: 0
    }
    open = interpretSection(
      section,
      doc,
      next !== undefined && section.depth > 0 && next.depth > section.depth,
      open
    )
    planned.endSteps = doc.steps.length
    planned.endAccounts = doc.accounts.length
    if (key !== undefined && planned.endSteps > planned.steps) seen.set(key, planned)
  })
  if (doc.steps.length === 0) placeholderStep(doc)
  const choices = insertChoices(doc, findAlternatives(ir, doc.steps))
  const ids = uniqueIds(doc.steps.map((s) => s.idHint))
  doc.steps.forEach((s, i) => (s.step.id = ids[i] as string))
  guardSteps(doc.steps, choices)
  markOutcomes(doc.steps, choices)
  for (const [reason, { name, lines, advice }] of doc.ambiguous)
    doc.todos.push({
      line: lines[0] ?? 1,
      text: `\`${name}\` (line ${lines.join(', ')}): ${reason}; ${advice}`
    })
  for (const v of doc.vars.all()) {
    // A var set by a command or from other values already has its own TODO.
    if (v.default === '' && !/^set (by|at)\b/.test(v.how))
      doc.todos.push({
        line: v.lines[0] ?? 1,
        text: SECRET.test(v.name)
          ? `set \`${v.name}\` (${v.written.join(', ')}, line ${v.lines.join(', ')}): it looks like a secret; pass it in the environment variable ${v.name}, not with --var or in meta.vars, and check that a redaction rule hides it where the runbook prints it (the defaults hide 'Bearer ...' and 'password=...', not a bare value)`
          : `set \`${v.name}\` (${v.written.join(', ')}, line ${v.lines.join(', ')}): it has no default; pass --var ${v.name}=... or edit meta.vars`
      })
  }
  const steps: Step[] = doc.steps.map((s) => s.step)
  const automated = steps.flatMap((s) => (s.type === 'cli' ? [s.with?.argv?.[0] ?? ''] : []))
  const runbook: RunbookV0 = {
    apiVersion: 'runbook/v0',
    meta: {
      name: opts.name ?? (slug(ir.title, 60, '-') || 'runbook'),
      description: description(ir),
      ...(doc.vars.all().length === 0
        ? {}
        : { vars: Object.fromEntries(doc.vars.all().map((v) => [v.name, v.default])) }),
      governance: governanceFor(automated)
    },
    steps: steps as RunbookV0['steps']
  }
  const shownIn = new Map([...doc.shownIn].map(([line, i]) => [line, doc.steps[i]?.step.id ?? '']))
  const todos = [...doc.todos].sort(
    (a, b) => a.line - b.line || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)
  )
  return {
    programs: doc.programs,
    runbook,
    steps: doc.steps,
    accounts: doc.accounts.sort((a, b) => a.line - b.line),
    todos,
    vars: doc.vars.all(),
    captures: doc.vars.allCaptures(),
    exports: doc.exports,
    omitted: doc.omitted,
    shownIn,
    repeats: doc.repeats,
    choices
  }
}

interface Planned {
  section: IrSection
  steps: number
  endSteps: number
  accounts: number
  endAccounts: number
}

/** The body of a section, for finding a repeat (undefined for a section without content). */
function bodyKey(section: IrSection): string | undefined {
  if (section.units.length === 0) return undefined
  return `${section.title}\n${section.units.map((u) => u.source.replace(/\s+/g, ' ').trim()).join('\n')}`
}

function repeatSection(section: IrSection, earlier: Planned, doc: DocContext): void {
  const offset = (section.units[0]?.line ?? section.line) - (earlier.section.units[0]?.line ?? 0)
  for (const a of doc.accounts.slice(earlier.accounts, earlier.endAccounts))
    doc.accounts.push({
      ...a,
      line: a.line + offset,
      endLine: a.endLine + offset,
      note: `repeats the section "${earlier.section.title}" of line ${earlier.section.line}: the same step`
    })
  for (const s of doc.steps.slice(earlier.steps, earlier.endSteps))
    (s.also ??= []).push({ line: s.line + offset, endLine: s.endLine + offset })
  doc.repeats.push({ line: section.line, of: earlier.section.line, title: section.title })
}

function blockPrograms(ir: TsgIr): Set<string> {
  const out = new Set<string>()
  for (const s of ir.sections)
    for (const u of s.units)
      for (const c of u.codes)
        for (const l of c.lines) {
          if (l.kind !== 'command') continue
          const first = lexShell(l.text).tokens.find(
            (t) => t.kind === 'word' && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(t.word.raw)
          )
          if (first?.kind === 'word') out.add(first.word.raw)
        }
  return out
}

/** Shell functions defined in the code blocks (`name() {`, `function name {`) -> line. */
function shellFunctions(ir: TsgIr): Map<string, number> {
  const out = new Map<string, number>()
  for (const s of ir.sections)
    for (const u of s.units)
      for (const c of u.codes)
        for (const l of c.lines) {
          if (l.kind !== 'command') continue
          const m = /^\s*(?:function\s+([A-Za-z_][\w-]*)|([A-Za-z_][\w-]*)\s*\(\s*\))/.exec(l.text)
          const name = m?.[1] ?? m?.[2]
          if (name !== undefined && !out.has(name)) out.set(name, l.line)
        }
  return out
}

function description(ir: TsgIr): string {
  const first = ir.sections
    .flatMap((s) => s.units)
    .find((u) => u.kind === 'paragraph' && !/^(!!!|\{\{|<)/.test(u.text))
  const lead = first === undefined ? '' : oneLine(first.text)
  const short = lead.length > 300 ? `${lead.slice(0, 299)}…` : lead
  return `Compiled from ${ir.file} by runbook compile; review mapping.md and the TODOs before use.${short === '' ? '' : ` ${short}`}`
}

function placeholderStep(doc: DocContext): void {
  doc.steps.push({
    step: {
      id: '',
      type: 'manual',
      title: doc.ir.title,
      instructions: `Read ${doc.ir.file}: the compiler found no command and no instruction in it.`
    },
    idHint: doc.ir.title,
    section: doc.ir.title,
    sectionLine: 1,
    line: 1,
    endLine: doc.ir.lines,
    manual: { why: 'prose', detail: 'the document holds no command and no instruction' }
  })
  doc.todos.push({
    line: 1,
    text: 'the document holds no command and no instruction: the runbook has a single manual step'
  })
}
