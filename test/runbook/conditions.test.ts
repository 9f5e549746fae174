// Conditions: CEL conformance for the operators runbooks use, RE2 matches(), gert's expr-lang subset
// translated to CEL, and located refusals of everything else.
import { evaluateCondition } from '../../src/runbook/cel/condition.js'
import { bareNames, readCondition } from '../../src/runbook/conditions.js'
import type { ConditionValues } from '../../src/runbook/index.js'
import { runbookFrom } from '../helpers/engine-fakes.js'

const names = {
  vars: new Set(['env']),
  captures: new Set(['cause', 'rows']),
  choices: new Map([['response', 'triage']])
}
const values: ConditionValues = {
  'vars.env': 'prod',
  'captures.cause': 'LoginErrorsFound_40613',
  'captures.rows': '0',
  'evidence.triage.response': 'rollback',
  'evidence.review.checks': ['logs read'],
  'steps.probe.status': 'passed',
  'steps.probe.exit_code': 3
}

function run(text: string): boolean | string {
  const read = readCondition(text, names)
  if (!read.ok) return `${read.problem.kind}@${read.problem.offset}: ${read.problem.message}`
  const r = evaluateCondition(read.condition, values)
  return r.ok ? r.value : `error: ${r.error}`
}

describe('CEL conformance for the operators conditions use', () => {
  it.each([
    ['vars.env == "prod"', true],
    ['vars.env != "prod"', false],
    ['steps.probe.exit_code == 3', true],
    ['steps.probe.exit_code > 2 && steps.probe.exit_code <= 3', true],
    ['steps.probe.exit_code < 3 || steps.probe.exit_code >= 4', false],
    ['!(vars.env == "prod")', false],
    ['vars.env in ["dev", "prod"]', true],
    ['"logs read" in evidence.review.checks', true],
    ['size(evidence.review.checks) == 1', true],
    ['captures.cause.startsWith("LoginErrors")', true],
    ['captures.cause.endsWith("_40613")', true],
    ['captures.cause.contains("Found")', true],
    ['int(captures.rows) == 0', true],
    ['vars.env == "prod" ? steps.probe.status == "passed" : false', true],
    ['has(captures.missing)', false],
    ['has(captures.cause) && captures.cause != ""', true],
    ['matches(captures.cause, "^Login[A-Za-z]+_[0-9]+$")', true],
    ['matches(captures.cause, "(?i)^loginerrors")', true],
    ['true || captures.missing == "x"', true],
    ['captures.missing == "x" || true', true],
    ['false && captures.missing == "x"', false]
  ])('%s is %s', (text, expected) => {
    expect(run(text)).toBe(expected)
  })

  it('an unset name is an evaluation error, never a silent false', () => {
    expect(run('captures.missing == "x"')).toMatch(/^error: .*missing/i)
  })

  it('reports syntax and type errors with the offset inside the expression', () => {
    expect(run('vars.env == "prod" &&')).toMatch(/^syntax@21: /)
    expect(run('vars.env == 1')).toMatch(/^type@0: no such overload: string == int/)
    expect(run('vars.env')).toMatch(
      /^type@0: a condition must be true or false, but this one gives a string/
    )
  })

  it('runs matches() on the RE2 engine: RE2 syntax, and the method form is refused', () => {
    expect(run('captures.cause.matches("x")')).toMatch(
      /^syntax@\d+: write matches\(text, pattern\)/
    )
  })
})

describe("gert's expr-lang conditions", () => {
  it.each([
    ['cause == "LoginErrorsFound_40613"', true],
    ['rows != "0"', false],
    ['cause startsWith "LoginErrorsFound"', true],
    ['cause contains "Found" && rows == "0"', true],
    ['!(cause startsWith "Login") or env == "prod"', true],
    ['not (cause endsWith "_40613")', false],
    ['cause in ["HasDumps", "LoginErrorsFound_40613"] and env == "prod"', true],
    ['response == "rollback"', true],
    ['cause matches "^Login"', true]
  ])('%s is %s', (text, expected) => {
    expect(run(text)).toBe(expected)
  })

  it('maps an error in the translated CEL back to the column gert wrote', () => {
    // `rows == 1` compares a string with an int; the CEL error points at the comparison's start.
    expect(run('env == "prod" and rows == 1')).toMatch(/^type@18: /)
  })

  it.each([
    ['cause ?? "x"', 6, "nil-coalescing '??'"],
    ['cause not in ["a"]', 6, "'not in'"],
    ['len(cause) | upper', 11, "pipe '|'"],
    ['1..3 == 2', 1, "range '..'"],
    ['unknown_name == "x"', 0, "'unknown_name' is not a var"]
  ])('refuses %s at column %i, naming the construct', (text, offset, named) => {
    const read = readCondition(text, names)
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.problem.offset).toBe(offset)
    expect(read.problem.message).toContain(named)
  })

  it('resolves bare names from the runbook: vars, inputs, captures and choice variables', () => {
    const rb = runbookFrom(`
apiVersion: runbook/v0
meta: {name: n, vars: {env: prod}, inputs: {server: {from: prompt}}}
steps:
  - {id: probe, type: cli, with: {argv: [uname]}, capture: {kernel: stdout}}
  - id: pick
    type: manual
    instructions: Pick.
    choices: {variable: mode, options: [{value: fast}, {value: safe}]}
`)
    const n = bareNames(rb)
    const read = readCondition('env == "prod" && server != "" && kernel != "" && mode == "fast"', n)
    expect(read.ok && read.condition.expression).toBe(
      'vars.env == "prod" && vars.server != "" && captures.kernel != "" && evidence["pick"].mode == "fast"'
    )
  })
})
