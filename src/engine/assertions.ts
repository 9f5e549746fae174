// Assertions on a finished cli step, evaluated on the real (raw) output. Every value an assertion
// reports goes through the redactor first.
import type { Assertion } from '../runbook/index.js'
import { compileRegex } from '../runbook/index.js'
import type { AssertionResult } from './model.js'
import type { CollectedOutput } from './ports.js'

export interface AssertionInput {
  exitCode: number | null
  stdout: CollectedOutput
  redact: (text: string) => string
}

const KINDS = [
  'contains',
  'not_contains',
  'matches',
  'exit_code',
  'equals',
  'not_equals',
  'json_path'
] as const

/** The check an assertion holds (exactly one, by the schema). */
export function assertionKind(a: Assertion): (typeof KINDS)[number] {
  return KINDS.find((k) => a[k] !== undefined) ?? 'contains'
}

const short = (s: string, max = 200): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s)

/** Evaluates every assertion of a step. */
export function evaluateAssertions(
  assertions: readonly Assertion[],
  input: AssertionInput
): AssertionResult[] {
  return assertions.map((a, index) => evaluate(a, index, input))
}

function evaluate(a: Assertion, index: number, input: AssertionInput): AssertionResult {
  const kind = assertionKind(a)
  const { redact, stdout } = input
  const result = (
    passed: boolean,
    expected: string,
    actual?: string,
    message?: string
  ): AssertionResult => ({
    index,
    kind,
    passed,
    expected: redact(expected),
    ...(actual === undefined ? {} : { actual: short(redact(actual)) }),
    ...(message === undefined ? {} : { message: redact(message) })
  })
  const needText = (): string | undefined => stdout.text
  const tooLarge = (): AssertionResult =>
    result(
      false,
      String(a[kind] === undefined ? '' : JSON.stringify(a[kind])),
      undefined,
      `stdout is ${stdout.summary.raw_bytes} bytes, more than can be held for a ${kind} assertion`
    )
  switch (kind) {
    case 'exit_code':
      return result(input.exitCode === a.exit_code, String(a.exit_code), String(input.exitCode))
    case 'contains':
    case 'not_contains': {
      const needle = a[kind] as string
      const seen = stdout.seen.get(needle) ?? stdout.text?.includes(needle) ?? false
      return result(
        kind === 'contains' ? seen : !seen,
        needle,
        undefined,
        seen ? 'found in stdout' : 'not found in stdout'
      )
    }
    case 'equals':
    case 'not_equals': {
      const text = needText()
      if (text === undefined) return tooLarge()
      const actual = text.replace(/\r?\n$/, '')
      const expected = a[kind] as string
      return result(kind === 'equals' ? actual === expected : actual !== expected, expected, actual)
    }
    case 'matches': {
      const text = needText()
      if (text === undefined) return tooLarge()
      const re = compileRegex(a.matches as string)
      if (!re.ok) return result(false, a.matches as string, undefined, re.error)
      const subject = text.replace(/\r?\n$/, '')
      const ok = re.regex.test(subject)
      return result(ok, a.matches as string, ok ? undefined : subject)
    }
    case 'json_path': {
      const text = needText()
      const jp = a.json_path as { path: string; equals: unknown }
      const expected = `${jp.path} == ${JSON.stringify(jp.equals)}`
      if (text === undefined) return tooLarge()
      let doc: unknown
      try {
        doc = JSON.parse(text) as unknown
      } catch (err) {
        return result(
          false,
          expected,
          text,
          `stdout is not JSON: ${err instanceof Error ? err.message : String(err)}`
        )
      }
      const found = readJsonPath(doc, jp.path)
      if (!found.ok) return result(false, expected, undefined, found.error)
      return result(deepEqual(found.value, jp.equals), expected, JSON.stringify(found.value))
    }
  }
}

type PathRead = { ok: true; value: unknown } | { ok: false; error: string }

/** Reads `$.a.b[0]['c d']` from a JSON document. */
export function readJsonPath(doc: unknown, path: string): PathRead {
  let cur: unknown = doc
  const segments = path.slice(1).match(/\.[A-Za-z_][A-Za-z0-9_-]*|\[[0-9]+\]|\['[^']*'\]/g) ?? []
  let walked = '$'
  for (const seg of segments) {
    walked += seg
    const key: string | number = seg.startsWith('.')
      ? seg.slice(1)
      : seg.startsWith("['")
        ? seg.slice(2, -2)
        : Number(seg.slice(1, -1))
    if (typeof key === 'number') {
      if (!Array.isArray(cur) || key >= cur.length)
        return { ok: false, error: `${walked} does not exist` }
      cur = cur[key] as unknown
    } else {
      if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !(key in cur))
        return { ok: false, error: `${walked} does not exist` }
      cur = (cur as Record<string, unknown>)[key]
    }
  }
  return { ok: true, value: cur }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b as object)
  return (
    ka.length === kb.length &&
    ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  )
}
