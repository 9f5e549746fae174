// The state Stage B threads through one document: planned steps, accounts, variables, TODOs.
import type { IrSection, TsgIr } from '../ir.js'
import type { Account, Export, Omitted, PlannedStep, Repeat, Todo } from './model.js'
import type { Vars } from './vars.js'

export interface Session {
  opener: string
  line: number
  /** 'unit': opened by an inline command, it covers the code that follows in the same unit. */
  scope: 'section' | 'unit' | 'block'
  /** Opened by prose ("SSH to the affected node"): the machine is the var `target_host`. */
  prose?: boolean
  /** Depth of the heading of the section that opened it: deeper sections stay inside it. */
  depth?: number
}

/** A directory prose moved into ("cd into the repository directory") that with.cwd cannot name. */
export interface Directory {
  what: string
  line: number
}

export interface DocContext {
  ir: TsgIr
  vars: Vars
  steps: PlannedStep[]
  accounts: Account[]
  todos: Todo[]
  /** Programs run by code blocks of the document (for recognising inline commands). */
  programs: ReadonlySet<string>
  /** Line of a non-command code block -> index of the prose step that shows it. */
  shownIn: Map<number, number>
  /** Shell functions the document defines (`name() { ... }`) -> line of the definition. */
  functions: ReadonlyMap<string, number>
  /** Descriptive prose left out of the runbook (listed in the mapping so a reader can check it). */
  omitted: Omitted[]
  /** Commands kept manual as ambiguous, by reason: one TODO each, listing the lines. */
  ambiguous: Map<string, { name: string; lines: number[]; advice: string }>
  /** Every `export` of the document, in order; the active ones are in `exported`. */
  exports: Export[]
  /** Exported variables in force: name -> its export (until `unset NAME`). */
  exported: Map<string, Export>
  /** Sections that repeat an earlier one word for word. */
  repeats: Repeat[]
}

/** Per-section state: the section, an open session, and where the current block runs. */
export interface SectionContext {
  doc: DocContext
  section: IrSection
  session?: Session
  cwd?: string
  dir?: Directory
  /** Commands a warning of the section says not to run (first two words -> line). */
  warned?: ReadonlyMap<string, number>
  /** The section only explains (Meaning, Impact, Background): its commands are mentions. */
  background?: boolean
}

/** Adds a TODO (kept in line order when reported). */
export function todo(doc: DocContext, line: number, text: string): void {
  if (!doc.todos.some((t) => t.line === line && t.text === text)) doc.todos.push({ line, text })
}

/** `name` is exported from `line` on (unless it already is): later cli steps carry it in with.env. */
export function startExport(doc: DocContext, name: string, line: number): void {
  if (doc.exported.has(name)) return
  const e: Export = { name, line, steps: [] }
  doc.exports.push(e)
  doc.exported.set(name, e)
}
