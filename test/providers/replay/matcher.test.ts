// cli-replay's matching semantics: strict order, call bounds with soft advance, unordered groups
// with their barrier, argv matchers and stdin normalisation.
import { ReplayMatcher } from '../../../src/providers/replay/matcher.js'
import type { ReplayCall } from '../../../src/providers/replay/matcher.js'
import { readScenarioFile } from '../../../src/providers/replay/scenario-load.js'
import type { Scenario } from '../../../src/providers/replay/scenario-model.js'
import { peer, scenarioOf } from './helpers.js'

/** Feeds calls (space-separated argv) and returns, per call, the 1-based step that took it or '-'. */
function run(scenario: Scenario, calls: (string | ReplayCall)[], vars = scenario.vars): string[] {
  const m = new ReplayMatcher(scenario, vars)
  return calls.map((c) => {
    const call = typeof c === 'string' ? { argv: c.split(' ') } : c
    const r = m.match(call)
    if (r.ok) m.capture(r.step)
    return r.ok ? String(r.step.index + 1) : '-'
  })
}

async function fixtureScenario(file: string): Promise<Scenario> {
  const s = (await readScenarioFile(peer(file))).scenario
  if (s === undefined) throw new Error(`${file} did not load`)
  return s
}

describe('strict order and call bounds', () => {
  const s = scenarioOf(`
meta: {name: t}
steps:
  - match: {argv: [a]}
  - match: {argv: [b]}
    calls: {min: 1, max: 3}
  - match: {argv: [c]}
    calls: {min: 0, max: 1}
  - match: {argv: [c]}
    calls: {max: 1}
  - match: {argv: [d]}
`)

  it('takes each step in order, exactly once by default', () => {
    expect(run(s, ['a', 'b', 'd'])).toEqual(['1', '2', '5'])
    expect(run(s, ['a', 'a'])).toEqual(['1', '-'])
    expect(run(s, ['b'])).toEqual(['-'])
  })

  it('repeats a step up to max, then moves on; after min a different call soft-advances', () => {
    expect(run(s, ['a', 'b', 'b', 'b', 'b'])).toEqual(['1', '2', '2', '2', '-'])
    expect(run(s, ['a', 'b', 'b', 'c', 'd'])).toEqual(['1', '2', '2', '3', '5'])
  })

  it('skips every consecutive step whose min is met', () => {
    // step 3 (min 0) and step 4 (calls {max: 1}, so min 0) are both optional
    expect(run(s, ['a', 'b', 'd'])).toEqual(['1', '2', '5'])
    expect(run(s, ['a', 'b', 'c', 'c', 'd'])).toEqual(['1', '2', '3', '4', '5'])
  })

  it('matches call_bounds.yaml: polling within bounds, then the next command', async () => {
    const cb = await fixtureScenario('testdata/scenarios/call_bounds.yaml')
    const get = 'kubectl get pods -n default'
    const rollout = 'kubectl rollout status deployment/nginx'
    expect(run(cb, [get, get, get, 'kubectl apply -f deploy.yaml', rollout, rollout])).toEqual([
      '1',
      '1',
      '1',
      '2',
      '3',
      '3'
    ])
  })
})

describe('unordered groups', () => {
  it('accepts the group in any order and holds the barrier until every min is met', async () => {
    const s = await fixtureScenario('examples/recordings/step-group-demo.yaml')
    const apply = 'kubectl apply -f app.yaml'
    expect(
      run(s, ['git status', 'kubectl cluster-info', 'az account show', 'docker info', apply])
    ).toEqual(['1', '4', '2', '3', '5'])
    expect(run(s, ['git status', 'docker info', apply])).toEqual(['1', '3', '-'])
    // az account show may be called twice (max 2); once all maxes are reached the group is left
    expect(
      run(s, [
        'git status',
        'az account show',
        'docker info',
        'az account show',
        'kubectl cluster-info',
        apply
      ])
    ).toEqual(['1', '2', '3', '2', '4', '5'])
  })

  it('moves past a group whose mins are met, onto the next ordered step', () => {
    const s = scenarioOf(`
meta: {name: t}
steps:
  - group:
      mode: unordered
      steps:
        - {match: {argv: [x]}, calls: {min: 1, max: 5}}
        - {match: {argv: [y]}, calls: {min: 0, max: 1}}
  - match: {argv: [z]}
`)
    expect(run(s, ['x', 'x', 'z'])).toEqual(['1', '1', '3'])
    expect(run(s, ['y', 'z'])).toEqual(['2', '-'])
  })
})

describe('argv matchers, templates and stdin', () => {
  it('reads {{ .any }} and {{ .regex }} (unanchored, as Go MatchString) as whole elements', async () => {
    const s = await fixtureScenario('examples/azure-tsg.yaml')
    expect(
      run(s, [
        'az account show',
        'az webapp list --resource-group rg-1',
        'az webapp show --name my-api --resource-group rg-1',
        'az webapp log tail --name Z --resource-group rg'
      ])
    ).toEqual(['1', '2', '3', '4'])
    const unanchored = scenarioOf(
      `meta: {name: t}\nsteps: [{match: {argv: [a, '{{ .regex "b+" }}']}}]`
    )
    expect(run(unanchored, ['a xbbx'])).toEqual(['1'])
    expect(run(unanchored, ['a x'])).toEqual(['-'])
  })

  it('renders meta.vars and earlier captures in argv, and still matches the text as written', () => {
    const s = scenarioOf(`
meta: {name: t, vars: {ns: prod}}
steps:
  - match: {argv: [kubectl, get, -n, '{{ .ns }}']}
    respond: {capture: {pod: web-0}}
  - match: {argv: [kubectl, logs, '{{ .capture.pod }}']}
  - match: {argv: [kubectl, get, pods, '-o=go-template={{.metadata.name}}']}
`)
    expect(
      run(s, [
        'kubectl get -n prod',
        'kubectl logs web-0',
        'kubectl get pods -o=go-template={{.metadata.name}}'
      ])
    ).toEqual(['1', '2', '3'])
    expect(run(s, ['kubectl get -n staging'], { ns: 'staging' })).toEqual(['1'])
  })

  it('compares stdin with CRLF as LF and without trailing newlines; no stdin in the step means any', async () => {
    const s = await fixtureScenario('testdata/scenarios/stdin_match.yaml')
    const pod = 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: test-pod\r\n\r\n'
    const calls = [
      { argv: ['kubectl', 'apply', '-f', '-'], stdin: pod },
      { argv: ['cat'], stdin: 'hello world' },
      { argv: ['kubectl', 'get', 'pods'], stdin: 'anything' }
    ]
    expect(run(s, calls)).toEqual(['1', '2', '3'])
    expect(run(s, [{ argv: ['kubectl', 'apply', '-f', '-'], stdin: 'kind: Job' }])).toEqual(['-'])
  })
})

describe('what is tried', () => {
  it('reports the eligible steps in order, and none when the scenario is used up', () => {
    const s = scenarioOf(`
meta: {name: t}
steps:
  - {match: {argv: [a]}, calls: {min: 0, max: 1}}
  - match: {argv: [b]}
`)
    const m = new ReplayMatcher(s, {})
    const miss = m.match({ argv: ['c'] })
    expect(miss.ok ? [] : miss.noMatch.tried.map((t) => t.index)).toEqual([0, 1])
    expect(m.match({ argv: ['b'] }).ok).toBe(true)
    const done = m.match({ argv: ['b'] })
    expect(done.ok ? 'matched' : done.noMatch.tried.length).toBe(0)
    expect(m.counts).toEqual([0, 1])
  })
})
