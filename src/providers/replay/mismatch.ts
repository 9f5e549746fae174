// The message of a call no scenario step answers: expected against actual argv, element by element
// in aligned columns, with a caret under the first difference. Plain text, so it reads the same in
// a terminal, in the trace and inside a JUnit <failure>.
import { elementMatches, expectedText } from './argv-pattern.js'
import type { NoMatch, ReplayCall, ReplayMatcher } from './matcher.js'
import { normalizeStdin } from './matcher.js'
import type { ArgvPattern, ScenarioStep } from './scenario-model.js'
import { stepLabel } from './scenario-model.js'

const MAX_CELL = 48

/** Explains why nothing answered the call. `redact` hides secrets in the actual values. */
export function describeNoMatch(
  noMatch: NoMatch,
  matcher: ReplayMatcher,
  redact: (text: string) => string = (t) => t
): string {
  const { scenario } = matcher
  const actual = noMatch.call.argv.map(redact)
  if (noMatch.tried.length === 0) {
    return [
      `replay: no call is left in scenario '${scenario.name}' (all ${scenario.steps.length} steps are used up), so nothing ran`,
      `    actual    ${actual.map(cell).join('  ')}`
    ].join('\n')
  }
  const closest = pickClosest(noMatch.tried, matcher, noMatch.call.argv)
  const lines = [
    'replay: no scenario step matches this call, so nothing ran (replay is fail-closed)',
    `  closest expected call: ${where(closest, matcher)}`,
    ...diff(closest, matcher, noMatch.call, actual, redact)
  ]
  const others = noMatch.tried.filter((s) => s !== closest)
  if (others.length > 0)
    lines.push(`  also expected here: ${others.map((s) => where(s, matcher)).join('; ')}`)
  const group = noMatch.barrier === undefined ? undefined : scenario.groups[noMatch.barrier]
  if (group !== undefined) {
    const waiting = scenario.steps
      .slice(group.start, group.end)
      .filter((s) => (matcher.counts[s.index] ?? 0) < s.min)
      .map(
        (s) =>
          `step ${s.index + 1} '${stepLabel(s)}' (${matcher.counts[s.index] ?? 0} of min ${s.min})`
      )
    lines.push(
      `  unordered group '${group.name}' is a barrier: the scenario moves past it only when each of its steps has met calls.min; still waiting for ${waiting.join(', ')}`
    )
  }
  return lines.join('\n')
}

/** How messages name a scenario step: `step 2 'kubectl get pods' (scenario.yaml:12)`. */
export function where(step: ScenarioStep, matcher: ReplayMatcher): string {
  const file = matcher.scenario.file.replace(/^.*[\\/]/, '')
  return `step ${step.index + 1} '${stepLabel(step)}' (${file}:${step.line})`
}

function pickClosest(tried: ScenarioStep[], matcher: ReplayMatcher, argv: readonly string[]) {
  let best = tried[0] as ScenarioStep
  let bestScore = -1
  for (const step of tried) {
    const score =
      leadingMatches(step, matcher, argv) * 2 + (step.argv.length === argv.length ? 1 : 0)
    if (score > bestScore) [best, bestScore] = [step, score]
  }
  return best
}

function leadingMatches(
  step: ScenarioStep,
  matcher: ReplayMatcher,
  argv: readonly string[]
): number {
  let i = 0
  while (
    i < step.argv.length &&
    i < argv.length &&
    elementMatches(step.argv[i] as ArgvPattern, argv[i] as string, matcher.vars, matcher.captures)
  )
    i++
  return i
}

function diff(
  step: ScenarioStep,
  matcher: ReplayMatcher,
  call: ReplayCall,
  actual: readonly string[],
  redact: (text: string) => string
): string[] {
  const first = leadingMatches(step, matcher, call.argv)
  const expected = step.argv.map((p) => expectedText(p, matcher.vars, matcher.captures))
  if (first === call.argv.length && first === step.argv.length)
    return stdinDiff(step.stdin ?? '', redact(call.stdin ?? ''))
  // Matchers are shown as written; values are quoted when spaces or quotes would blur the columns.
  const shownExpected = step.argv.map((p, i) =>
    p.kind === 'any' || p.kind === 'regex' ? clip(p.text) : cell(expected[i])
  )
  const shownActual = actual.map(cell)
  const widths = Array.from({ length: Math.max(expected.length, actual.length) }, (_, i) =>
    Math.max((shownExpected[i] ?? '').length, (shownActual[i] ?? '').length)
  )
  const row = (cells: readonly string[]) =>
    widths
      .map((w, i) => (cells[i] ?? '').padEnd(w))
      .join('  ')
      .trimEnd()
  const offset = widths.slice(0, first).reduce((sum, w) => sum + w + 2, 0)
  const caretWidth = Math.max(1, (shownActual[first] ?? shownExpected[first] ?? '').length)
  return [
    `    expected  ${row(shownExpected)}`,
    `    actual    ${row(shownActual)}`,
    `              ${' '.repeat(offset)}${'^'.repeat(caretWidth)}`,
    `    ${detail(step, first, expected, actual)}`
  ]
}

function detail(
  step: ScenarioStep,
  i: number,
  expected: string[],
  actual: readonly string[]
): string {
  const p = step.argv[i]
  if (i >= actual.length)
    return `argv[${i}] is missing: expected ${quote(expected[i] ?? '')} (the call has ${actual.length} elements, the step ${step.argv.length})`
  if (p === undefined)
    return `argv[${i}] ${quote(actual[i] ?? '')} is not expected (the step has ${step.argv.length} elements, the call ${actual.length})`
  if (p.kind === 'regex')
    return `argv[${i}]: ${quote(actual[i] ?? '')} does not match the pattern ${p.source}`
  return `argv[${i}]: expected ${quote(expected[i] ?? '')}, got ${quote(actual[i] ?? '')}`
}

/** The first differing line of two stdins, with a caret under the first differing character. */
export function stdinDiff(expected: string, actual: string): string[] {
  const e = normalizeStdin(expected).split('\n')
  const a = normalizeStdin(actual).split('\n')
  let line = 0
  while (line < e.length && line < a.length && e[line] === a[line]) line++
  const el = e[line] ?? '(end of input)'
  const al = a[line] ?? '(end of input)'
  let col = 0
  while (col < el.length && col < al.length && el[col] === al[col]) col++
  return [
    `    argv matches, but stdin differs at line ${line + 1} (compared with CRLF as LF, trailing newlines dropped):`,
    `    expected  ${el}`,
    `    actual    ${al}`,
    `              ${' '.repeat(col)}^`
  ]
}

function clip(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text
}

function cell(text: string | undefined): string {
  if (text === undefined) return ''
  const short = clip(text)
  return short === '' || /[\s"'\\]/.test(short) || hasControl(short) ? JSON.stringify(short) : short
}

function hasControl(text: string): boolean {
  for (const ch of text) if (ch.charCodeAt(0) < 0x20 || ch === '\x7f') return true
  return false
}

function quote(text: string): string {
  return `'${clip(text)}'`
}
