// Conditions (a step's `when`, an outcome's `when`) are CEL: side-effect free, always terminating,
// type-checked. @marcbachmann/cel-js parses, checks and evaluates them; this module fixes the names
// a condition may read and runs `matches()` on the runbook's RE2 engine (compileRegex), never on
// JavaScript's backtracking RegExp.
import { Environment } from '@marcbachmann/cel-js'
import type { ASTNode } from '@marcbachmann/cel-js'
import { compileRegex } from '../regex.js'
import type { ConditionRef } from './refs.js'
import { conditionRefs } from './refs.js'

/** A value a condition read, as recorded in the trace (JSON). */
export type ConditionValue = string | number | boolean | null | string[]

/** What a condition reads: `vars.x`, `captures.y`, `evidence.step.name`, `steps.id.status`... */
export type ConditionValues = Record<string, ConditionValue>

export interface CompiledCondition {
  /** The CEL text that is evaluated (after gert's spellings were translated). */
  expression: string
  refs: ConditionRef[]
  program: (context: Record<string, unknown>) => unknown
}

export interface ConditionProblem {
  kind: 'syntax' | 'type'
  message: string
  /** 0-based offset inside the CEL text. */
  offset: number
}

export type ConditionCompile =
  { ok: true; condition: CompiledCondition } | { ok: false; problem: ConditionProblem }

const regexCache = new Map<string, ReturnType<typeof compileRegex>>()

/** CEL's matches(): RE2 syntax on the same linear-time engine as redaction (single call site). */
function re2Matches(text: string, pattern: string): boolean {
  let compiled = regexCache.get(pattern)
  if (compiled === undefined) {
    compiled = compileRegex(pattern)
    if (regexCache.size > 256) regexCache.clear()
    regexCache.set(pattern, compiled)
  }
  if (!compiled.ok) throw new Error(compiled.error)
  return compiled.regex.test(text)
}

const ENV = new Environment({ homogeneousAggregateLiterals: false })
  .registerVariable('vars', 'map<string, string>')
  .registerVariable('captures', 'map<string, string>')
  .registerVariable('evidence', 'map<string, map<string, dyn>>')
  .registerVariable('steps', 'map<string, map<string, dyn>>')
  .registerFunction('matches(string, string): bool', re2Matches)

interface CelErrorLike {
  summary?: string
  message: string
  range?: { start: number }
  node?: { pos?: number }
}

function problemOf(kind: ConditionProblem['kind'], err: unknown): ConditionProblem {
  const e = err as CelErrorLike
  const message = e.summary ?? e.message.split('\n')[0] ?? String(err)
  return { kind, message, offset: e.range?.start ?? e.node?.pos ?? 0 }
}

/** Parses and type-checks a CEL condition; the result must be a bool. */
export function compileCondition(expression: string): ConditionCompile {
  let parsed: ReturnType<typeof ENV.parse>
  try {
    parsed = ENV.parse(expression)
  } catch (err) {
    return { ok: false, problem: problemOf('syntax', err) }
  }
  const method = findMethodMatches(parsed.ast)
  if (method !== undefined) {
    return {
      ok: false,
      problem: {
        kind: 'syntax',
        message:
          'write matches(text, pattern) instead of text.matches(pattern): the function form runs on the RE2 engine',
        offset: method
      }
    }
  }
  const checked = parsed.check()
  if (!checked.valid) return { ok: false, problem: problemOf('type', checked.error) }
  if (checked.type !== 'bool' && checked.type !== 'dyn') {
    return {
      ok: false,
      problem: {
        kind: 'type',
        message: `a condition must be true or false, but this one gives a ${checked.type ?? 'value'}`,
        offset: 0
      }
    }
  }
  const refs = conditionRefs(parsed.ast)
  return { ok: true, condition: { expression, refs, program: parsed } }
}

function findMethodMatches(node: ASTNode): number | undefined {
  let found: number | undefined
  const visit = (n: unknown): void => {
    if (found !== undefined || n === null || typeof n !== 'object') return
    if (Array.isArray(n)) {
      for (const c of n) visit(c)
      return
    }
    const ast = n as ASTNode
    if (ast.op === 'rcall' && ast.args[0] === 'matches') found = ast.pos
    if (ast.op !== 'value' && ast.op !== 'id') visit(ast.args)
  }
  visit(node)
  return found
}

export type ConditionResult = { ok: true; value: boolean } | { ok: false; error: string }

/** Evaluates a compiled condition over the values it reads (a name absent from `values` is unset). */
export function evaluateCondition(
  condition: CompiledCondition,
  values: ConditionValues
): ConditionResult {
  try {
    const value = condition.program(bindValues(values))
    if (typeof value !== 'boolean')
      return { ok: false, error: `the condition gave ${typeof value}, not true or false` }
    return { ok: true, value }
  } catch (err) {
    return { ok: false, error: problemOf('syntax', err).message }
  }
}

function celValue(v: ConditionValue): unknown {
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v)
  return v
}

/** Builds CEL's nested maps from flat recorded names (`evidence.s.n` -> evidence[s][n]). */
function bindValues(values: ConditionValues): Record<string, unknown> {
  const root: Record<string, Map<string, unknown>> = {
    vars: new Map(),
    captures: new Map(),
    evidence: new Map(),
    steps: new Map()
  }
  for (const [name, value] of Object.entries(values)) {
    const [head, a, b] = splitName(name)
    const top = root[head]
    if (top === undefined || a === undefined) continue
    if (b === undefined) {
      top.set(a, celValue(value))
      continue
    }
    let inner = top.get(a) as Map<string, unknown> | undefined
    if (inner === undefined) {
      inner = new Map()
      top.set(a, inner)
    }
    inner.set(b, celValue(value))
  }
  return root
}

/** Splits a recorded name: `evidence.s.n` -> ['evidence', 's', 'n']; step ids may hold '-'. */
export function splitName(name: string): [string, string?, string?] {
  const parts = name.split('.')
  const head = parts[0] ?? ''
  if (head === 'evidence' || head === 'steps') {
    return [head, parts.slice(1, -1).join('.') || undefined, parts.at(-1)]
  }
  return [head, parts.slice(1).join('.') || undefined]
}
