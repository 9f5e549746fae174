// The fail-closed message: expected against actual argv in aligned columns, a caret under the
// first difference, and what else the scenario would have accepted.
import { ReplayMatcher } from '../../../src/providers/replay/matcher.js'
import type { ReplayCall } from '../../../src/providers/replay/matcher.js'
import { describeNoMatch } from '../../../src/providers/replay/mismatch.js'
import type { Scenario } from '../../../src/providers/replay/scenario-model.js'
import { scenarioOf } from './helpers.js'

const SCENARIO = scenarioOf(`
meta: {name: deploy}
steps:
  - match: {argv: [kubectl, delete, pod, web-0]}
  - match: {argv: [kubectl, get, pods, -n, '{{ .regex "^prod-" }}']}
  - match:
      argv: [kubectl, apply, -f, '-']
      stdin: "kind: Pod\\nname: a\\n"
`)

function message(scenario: Scenario, before: ReplayCall[], call: ReplayCall): string {
  const m = new ReplayMatcher(scenario, scenario.vars)
  for (const c of before) if (!m.match(c).ok) throw new Error(`setup call ${c.argv.join(' ')}`)
  const r = m.match(call)
  if (r.ok) throw new Error('expected no match')
  return describeNoMatch(r.noMatch, m, (t) => t.replaceAll('s3cr3t', '<redacted>'))
}

describe('describeNoMatch', () => {
  it('puts a caret under the first differing element', () => {
    expect(message(SCENARIO, [], { argv: ['kubectl', 'delete', 'pod', 'web-1'] })).toBe(
      [
        'replay: no scenario step matches this call, so nothing ran (replay is fail-closed)',
        "  closest expected call: step 1 'kubectl delete pod web-0' (scenario.yaml:4)",
        '    expected  kubectl  delete  pod  web-0',
        '    actual    kubectl  delete  pod  web-1',
        '                                    ^^^^^',
        "    argv[3]: expected 'web-0', got 'web-1'"
      ].join('\n')
    )
  })

  it('aligns columns of different widths and quotes values with spaces', () => {
    const text = message(SCENARIO, [], { argv: ['kubectl', 'delete', 'pods', 'web 0'] })
    expect(text.split('\n').slice(2, 5)).toEqual([
      '    expected  kubectl  delete  pod   web-0',
      '    actual    kubectl  delete  pods  "web 0"',
      '                               ^^^^'
    ])
  })

  it('names a missing element, an extra one and a failed regex', () => {
    const first = { argv: ['kubectl', 'delete', 'pod', 'web-0'] }
    expect(message(SCENARIO, [], { argv: ['kubectl', 'delete', 'pod'] })).toContain(
      "argv[3] is missing: expected 'web-0' (the call has 3 elements, the step 4)"
    )
    expect(message(SCENARIO, [], { argv: ['kubectl', 'delete', 'pod', 'web-0', '--now'] })).toMatch(
      /\^\^\^\^\^\n {4}argv\[4\] '--now' is not expected/
    )
    const regex = message(SCENARIO, [first], {
      argv: ['kubectl', 'get', 'pods', '-n', 'staging-app']
    })
    expect(regex.split('\n').slice(2)).toEqual([
      '    expected  kubectl  get  pods  -n  {{ .regex "^prod-" }}',
      '    actual    kubectl  get  pods  -n  staging-app',
      '                                      ^^^^^^^^^^^',
      "    argv[4]: 'staging-app' does not match the pattern ^prod-"
    ])
  })

  it('shows the first differing stdin line when the argv matches', () => {
    const before = [
      { argv: ['kubectl', 'delete', 'pod', 'web-0'] },
      { argv: ['kubectl', 'get', 'pods', '-n', 'prod-1'] }
    ]
    const text = message(SCENARIO, before, {
      argv: ['kubectl', 'apply', '-f', '-'],
      stdin: 'kind: Pod\r\nname: b\r\n'
    })
    expect(text.split('\n').slice(2)).toEqual([
      '    argv matches, but stdin differs at line 2 (compared with CRLF as LF, trailing newlines dropped):',
      '    expected  name: a',
      '    actual    name: b',
      '                    ^'
    ])
  })

  it('redacts actual values and says when the scenario is used up', () => {
    const one = scenarioOf('meta: {name: one}\nsteps: [{match: {argv: [a]}}]')
    expect(message(one, [{ argv: ['a'] }], { argv: ['a', '--token=s3cr3t'] })).toBe(
      [
        "replay: no call is left in scenario 'one' (all 1 steps are used up), so nothing ran",
        '    actual    a  --token=<redacted>'
      ].join('\n')
    )
  })

  it('lists the other candidates and the group barrier still waiting', () => {
    const s = scenarioOf(`
meta: {name: g}
steps:
  - group:
      mode: unordered
      name: checks
      steps:
        - match: {argv: [docker, info]}
        - match: {argv: [az, account, show]}
  - match: {argv: [kubectl, apply]}
`)
    const text = message(s, [{ argv: ['docker', 'info'] }], { argv: ['kubectl', 'apply'] })
    expect(text).toContain("closest expected call: step 2 'az account show' (scenario.yaml:9)")
    expect(text).toContain(
      "unordered group 'checks' is a barrier: the scenario moves past it only when each of its steps has met calls.min; still waiting for step 2 'az account show' (0 of min 1)"
    )
  })
})
