// test.yaml (what a replayed scenario must show, in gert's shape plus expected_status and
// expected_failure) and inputs.yaml (the scenario's vars): parsed in stages like every other input:
// YAML with positions -> Go-style decoding (a scalar is its source text, as gert reads it) -> JSON
// Schema -> named rules against the runbook. Pure: the caller reads the files.
import testSchema from '../../../schema/runbook-test.schema.json' with { type: 'json' }
import { decodeLikeGo } from '../../providers/replay/go-yaml.js'
import type { Shape } from '../../providers/replay/go-yaml.js'
import type { Diagnostic, Pattern, RunbookV0, YamlSource } from '../../runbook/index.js'
import {
  compileRegex,
  createSchemaChecker,
  parseYamlSource,
  preview,
  sortDiagnostics
} from '../../runbook/index.js'
import { validate } from './runbook-test-validator.generated.js'

export const RUNBOOK_TEST_SCHEMA: object = testSchema

/** A capture expectation: exact text, a searched regex (`/re/`), or a number comparison. */
export type CaptureCheck =
  | { kind: 'exact'; text: string }
  | { kind: 'regex'; text: string; regex: Pattern }
  | { kind: 'number'; text: string; op: '>' | '<' | '>=' | '<=' | '==' | '!='; value: number }

export interface Expectations {
  /** The file, as shown in diagnostics; absent when the scenario has no test.yaml. */
  file?: string
  description?: string
  outcome?: string
  chain: string[]
  captures: Record<string, CaptureCheck>
  mustReach: string[]
  mustNotReach: string[]
  stepStatus: Record<string, string>
  status: 'passed' | 'failed' | 'paused'
  failure?: { step: string; message?: Pattern; messageText?: string }
  /** Line of each expectation in test.yaml (by `field` or `field.key`), for annotations. */
  lines: Record<string, number>
}

/** What a scenario without test.yaml expects: the run passes. */
export const DEFAULT_EXPECTATIONS: Expectations = {
  chain: [],
  captures: {},
  mustReach: [],
  mustNotReach: [],
  stepStatus: {},
  status: 'passed',
  lines: {}
}

const TEST_SHAPE: Shape = {
  fields: {
    scenario: 'string',
    description: 'string',
    tags: { list: 'string' },
    expected_outcome: 'string',
    expected_chain: { list: 'string' },
    expected_captures: { dict: 'string' },
    must_reach: { list: 'string' },
    must_not_reach: { list: 'string' },
    expected_step_status: { dict: 'string' },
    expected_status: 'string',
    expected_failure: { fields: { step: 'string', message: 'string' } }
  }
}
const checkSchema = createSchemaChecker(validate)

type Raw = Record<string, unknown>
const obj = (v: unknown): Raw | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : undefined
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)

/** Parses test.yaml against the runbook it tests. */
export function parseExpectations(
  raw: string,
  file: string,
  runbook: RunbookV0
): { expectations?: Expectations; diagnostics: Diagnostic[] } {
  const clean = raw.replace(/^\uFEFF/, '')
  const parsed = parseYamlSource(clean, file)
  if (!parsed.ok) return { diagnostics: sortDiagnostics(parsed.diagnostics) }
  const doc = obj(decodeLikeGo(clean, TEST_SHAPE)) ?? {}
  // An empty string (a null in YAML) means absent, as gert's omitempty fields do.
  for (const [k, v] of Object.entries(doc)) if (v === '') delete doc[k]
  const source: YamlSource = { ...parsed.source, value: doc }
  const schema = parsed.source.value === null ? [] : checkSchema(source)
  if (schema.length > 0) return { diagnostics: sortDiagnostics(schema) }
  return build(doc, source, runbook)
}

function build(
  doc: Raw,
  source: YamlSource,
  runbook: RunbookV0
): { expectations?: Expectations; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const ids = new Set(runbook.steps.map((s) => s.id))
  const captureNames = new Set(runbook.steps.flatMap((s) => Object.keys(s.capture ?? {})))
  const lines: Record<string, number> = {}
  const stepRef = (id: string, path: (string | number)[]): void => {
    if (!ids.has(id))
      diagnostics.push(
        source.diag(
          'test-unknown-step',
          'error',
          `no step '${id}' in the runbook; its steps are: ${[...ids].join(', ')}`,
          path
        )
      )
  }
  const mustReach = strings(doc.must_reach)
  const mustNotReach = strings(doc.must_not_reach)
  mustReach.forEach((id, i) => stepRef(id, ['must_reach', i]))
  mustNotReach.forEach((id, i) => {
    stepRef(id, ['must_not_reach', i])
    if (mustReach.includes(id))
      diagnostics.push(
        source.diag(
          'test-contradiction',
          'error',
          `step '${id}' is in both must_reach and must_not_reach`,
          ['must_not_reach', i]
        )
      )
  })
  const stepStatus: Record<string, string> = {}
  for (const [id, status] of Object.entries(obj(doc.expected_step_status) ?? {})) {
    stepRef(id, ['expected_step_status', id])
    stepStatus[id] = String(status)
    lines[`expected_step_status.${id}`] = source.locate(['expected_step_status', id]).line
  }
  const captures: Record<string, CaptureCheck> = {}
  for (const [name, value] of Object.entries(obj(doc.expected_captures) ?? {})) {
    const path = ['expected_captures', name]
    lines[`expected_captures.${name}`] = source.locate(path).line
    if (!captureNames.has(name))
      diagnostics.push(
        source.diag(
          'test-unknown-capture',
          'error',
          `no step captures '${name}'; the runbook captures: ${captureNames.size > 0 ? [...captureNames].join(', ') : '(nothing)'}`,
          path,
          { key: true }
        )
      )
    const check = captureCheck(String(value))
    if (typeof check === 'string')
      diagnostics.push(source.diag('test-regex-invalid', 'error', check, path))
    else captures[name] = check
  }
  const failure = obj(doc.expected_failure)
  let failureCheck: Expectations['failure']
  if (failure !== undefined) {
    const step = String(failure.step)
    stepRef(step, ['expected_failure', 'step'])
    const message = text(failure.message)
    let regex: Pattern | undefined
    if (message !== undefined) {
      const compiled = compileRegex(message)
      if (compiled.ok) regex = compiled.regex
      else
        diagnostics.push(
          source.diag(
            'test-regex-invalid',
            'error',
            `expected_failure.message ${preview(message)} is not a regular expression: ${compiled.error}`,
            ['expected_failure', 'message']
          )
        )
    }
    failureCheck = {
      step,
      ...(regex === undefined ? {} : { message: regex }),
      ...(message === undefined ? {} : { messageText: message })
    }
    lines.expected_failure = source.locate(['expected_failure']).line
  }
  const status = text(doc.expected_status) as Expectations['status'] | undefined
  if (failureCheck !== undefined && status !== undefined && status !== 'failed')
    diagnostics.push(
      source.diag(
        'test-contradiction',
        'error',
        `expected_failure says a step fails, so expected_status must be 'failed' (or absent), got '${status}'`,
        ['expected_status']
      )
    )
  for (const key of ['expected_outcome', 'expected_status', 'expected_chain', 'must_reach'])
    if (doc[key] !== undefined) lines[key] = source.locate([key]).line
  mustReach.forEach((id, i) => (lines[`must_reach.${id}`] = source.locate(['must_reach', i]).line))
  mustNotReach.forEach(
    (id, i) => (lines[`must_not_reach.${id}`] = source.locate(['must_not_reach', i]).line)
  )
  const sorted = sortDiagnostics(diagnostics)
  if (sorted.some((d) => d.severity === 'error')) return { diagnostics: sorted }
  const description = text(doc.description)
  const outcome = text(doc.expected_outcome)
  return {
    diagnostics: sorted,
    expectations: {
      file: source.file,
      ...(description === undefined ? {} : { description }),
      ...(outcome === undefined ? {} : { outcome }),
      chain: strings(doc.expected_chain),
      captures,
      mustReach,
      mustNotReach,
      stepStatus,
      status: status ?? (failureCheck === undefined ? 'passed' : 'failed'),
      ...(failureCheck === undefined ? {} : { failure: failureCheck }),
      lines
    }
  }
}

const NUMBER_OPS = ['>=', '<=', '!=', '==', '>', '<'] as const

/** gert's three forms: `/re/`, a number comparison, or exact text; a string says what is wrong. */
export function captureCheck(expected: string): CaptureCheck | string {
  if (expected.length >= 2 && expected.startsWith('/') && expected.endsWith('/')) {
    const compiled = compileRegex(expected.slice(1, -1))
    return compiled.ok
      ? { kind: 'regex', text: expected, regex: compiled.regex }
      : `${preview(expected)} is not a regular expression: ${compiled.error}`
  }
  for (const op of NUMBER_OPS)
    if (expected.startsWith(op)) {
      const value = Number(expected.slice(op.length).trim())
      // gert compares numbers only when the threshold parses; otherwise the comparison fails.
      if (expected.slice(op.length).trim() !== '' && Number.isFinite(value))
        return { kind: 'number', text: expected, op, value }
    }
  return { kind: 'exact', text: expected }
}

/** inputs.yaml: a flat mapping of var names to values; each name must be a var of the runbook. */
export function parseInputs(
  raw: string,
  file: string,
  runbook: RunbookV0
): { vars?: Record<string, string>; diagnostics: Diagnostic[] } {
  const clean = raw.replace(/^\uFEFF/, '')
  const parsed = parseYamlSource(clean, file)
  if (!parsed.ok) return { diagnostics: sortDiagnostics(parsed.diagnostics) }
  const source = parsed.source
  if (source.value === null) return { vars: {}, diagnostics: [] }
  const decoded = obj(decodeLikeGo(clean, { dict: 'string' }))
  if (decoded === undefined)
    return {
      diagnostics: [
        source.diag('schema-type', 'error', 'expected a mapping of var names to values', [])
      ]
    }
  const known = Object.keys(runbook.meta.vars ?? {})
  const diagnostics: Diagnostic[] = []
  const vars: Record<string, string> = {}
  for (const [name, value] of Object.entries(decoded)) {
    if (value !== null && typeof value === 'object')
      diagnostics.push(
        source.diag('inputs-not-flat', 'error', `expected a text value for '${name}'`, [name])
      )
    else if (!known.includes(name))
      diagnostics.push(
        source.diag(
          'inputs-unknown-var',
          'error',
          `the runbook has no var '${name}'; its vars are: ${known.length > 0 ? known.join(', ') : '(none)'}`,
          [name],
          { key: true }
        )
      )
    else vars[name] = typeof value === 'string' ? value : ''
  }
  return diagnostics.length > 0 ? { diagnostics } : { vars, diagnostics }
}
