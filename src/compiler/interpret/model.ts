// Stage B's working data: the steps planned so far, how every command of the source was accounted
// for, the inferred variables and the TODOs. Everything the mapping report shows comes from here.
import type { Step } from '../../runbook/index.js'
import type { SafetyLevel } from '../../runbook/safety/index.js'
import type { IrCode } from '../ir.js'
import type { CommandSource } from './command.js'

/** Why a step is manual rather than automated. */
export type ManualWhy =
  | 'prose'
  | 'needs-shell'
  | 'destructive'
  | 'ambiguous'
  | 'interactive'
  | 'in-session'
  | 'placeholder-command'
  | 'shell-builtin'
  | 'runner'
  | 'sql'
  | 'powershell'
  | 'degraded'
  | 'in-directory'
  | 'warned'
  | 'choice'

export interface PlannedStep {
  /** Filled in once all steps are known (ids are de-duplicated in document order). */
  step: Step
  /** The heading text the id is made from (or a Runme name hint). */
  idHint: string
  section: string
  sectionLine: number
  line: number
  endLine: number
  /** The command as written (verbatim), for command steps. */
  command?: string
  level?: SafetyLevel
  manual?: { why: ManualWhy; detail: string }
  /** Commands of one code block run inside one session: shown together as this one step. */
  group?: SessionGroup
  /** The same step in sections that repeat this one word for word. */
  also?: { line: number; endLine: number }[]
}

/** A section that repeats an earlier one word for word (its steps are the earlier ones). */
export interface Repeat {
  line: number
  /** Line of the heading of the section it repeats. */
  of: number
  title: string
}

export interface SessionGroup {
  code: IrCode
  /** Line of the command that opened the session. */
  opener: number
  sources: CommandSource[]
  levels: SafetyLevel[]
}

/** What became of one command (or HTTP call) of the source. */
export interface Account {
  line: number
  endLine: number
  origin: 'block' | 'inline' | 'http'
  text: string
  /** Index into the planned steps, when it became (part of) a step. */
  steps: number[]
  note: string
}

export interface Todo {
  line: number
  text: string
}

export interface VarOrigin {
  name: string
  default: string
  /** How the source wrote it: `<pod-name>`, `$NAMESPACE`, `NODE_NAME`, ... */
  written: string[]
  lines: number[]
  how: string
}

/**
 * `export NAME=value` (or `export NAME` of an assigned NAME): in a shell the variable stays in the
 * environment of every later command, so every later cli step carries it in with.env.
 */
export interface Export {
  /** The shell variable (the with.env key). */
  name: string
  line: number
  /** Indexes of the planned cli steps that carry it. */
  steps: number[]
  /** Line of the `unset NAME` that ends it. */
  unset?: number
}

/** A run of descriptive prose the runbook leaves out. */
export interface Omitted {
  line: number
  endLine: number
  sectionLine: number
  /** Its first words. */
  text: string
}
