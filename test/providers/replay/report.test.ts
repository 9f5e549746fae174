// Reports of a replay: cli-replay's verify JSON, text for people, JUnit XML for dashboards.
import { renderReplayReport } from '../../../src/providers/replay/report.js'
import type { ReplayReportInput } from '../../../src/providers/replay/verify-result.js'
import { runbookFrom } from '../../helpers/engine-fakes.js'
import { replayRig, scenarioOf, startReplay } from './helpers.js'

const RUNBOOK = `
apiVersion: runbook/v0
meta: {name: deploy-check}
steps:
  - {id: status, type: cli, with: {argv: [git, status]}}
  - {id: account, type: cli, with: {argv: [az, account, show]}}
  - {id: docker, type: cli, with: {argv: [docker, info]}}
  - {id: apply, type: cli, with: {argv: [kubectl, apply, -f, app.yaml]}, assertions: [{contains: configured}]}
`
const SCENARIO = `
meta: {name: deploy-with-preflight}
steps:
  - {match: {argv: [git, status]}, respond: {stdout: "clean\\n"}}
  - group:
      mode: unordered
      name: pre-flight
      steps:
        - {match: {argv: [az, account, show]}, calls: {min: 1, max: 2}}
        - {match: {argv: [docker, info]}}
  - {match: {argv: [kubectl, apply, -f, app.yaml]}, respond: {stdout: "deployment.apps/app configured\\n"}}
`

async function reportInput(runbook: string, scenario = SCENARIO): Promise<ReplayReportInput> {
  const rb = runbookFrom(runbook)
  const rig = replayRig(rb, scenarioOf(scenario))
  const state = await startReplay(rig)
  return { runbook: rb, state, results: state.history, replay: rig.cli.snapshot() }
}

describe('the JSON report', () => {
  it("has cli-replay's verify fields, in its order, on one line", async () => {
    const json = renderReplayReport('json', await reportInput(RUNBOOK))
    expect(json.endsWith('}\n')).toBe(true)
    expect(json.trimEnd()).not.toContain('\n')
    const parsed = JSON.parse(json) as Record<string, unknown>
    expect(Object.keys(parsed)).toEqual([
      'scenario',
      'session',
      'passed',
      'total_steps',
      'consumed_steps',
      'steps'
    ])
    expect(parsed).toEqual({
      scenario: 'deploy-with-preflight',
      session: 'test-run',
      passed: true,
      total_steps: 4,
      consumed_steps: 4,
      steps: [
        { index: 0, label: 'git status', call_count: 1, min: 1, max: 1, passed: true },
        {
          index: 1,
          label: '[group:pre-flight] az account show',
          group: 'pre-flight',
          call_count: 1,
          min: 1,
          max: 2,
          passed: true
        },
        {
          index: 2,
          label: '[group:pre-flight] docker info',
          group: 'pre-flight',
          call_count: 1,
          min: 1,
          max: 1,
          passed: true
        },
        {
          index: 3,
          label: 'kubectl apply -f app.yaml',
          call_count: 1,
          min: 1,
          max: 1,
          passed: true
        }
      ]
    })
  })

  it('fails with the error of the failed step', async () => {
    const parsed = JSON.parse(
      renderReplayReport(
        'json',
        await reportInput(RUNBOOK.replace('[docker, info]', '[docker, ps]'))
      )
    ) as { passed: boolean; consumed_steps: number; error: string }
    expect(parsed.passed).toBe(false)
    expect(parsed.consumed_steps).toBe(2)
    expect(parsed.error.split('\n')[0]).toBe(
      "step 'docker' failed: replay: no scenario step matches this call, so nothing ran (replay is fail-closed)"
    )
  })
})

describe('the text report', () => {
  it('lists the runbook steps, the failure in full, and the scenario steps', async () => {
    const text = renderReplayReport(
      'text',
      await reportInput(RUNBOOK.replace('[docker, info]', '[docker, ps]'))
    )
    expect(text.split('\n')).toEqual([
      "Replay of runbook 'deploy-check' with scenario 'deploy-with-preflight' (scenario.yaml), run test-run: FAILED",
      '',
      'Runbook steps:',
      '  ✓ status   passed  <- scenario step 1',
      '  ✓ account  passed  <- scenario step 2',
      '  ✗ docker   failed',
      '      replay: no scenario step matches this call, so nothing ran (replay is fail-closed)',
      "        closest expected call: step 3 'docker info' (scenario.yaml:10)",
      '          expected  docker  info',
      '          actual    docker  ps',
      '                            ^^',
      "          argv[1]: expected 'info', got 'ps'",
      "        also expected here: step 2 'az account show' (scenario.yaml:9)",
      "        unordered group 'pre-flight' is a barrier: the scenario moves past it only when each of its steps has met calls.min; still waiting for step 3 'docker info' (0 of min 1)",
      '  - apply    not reached',
      "      not reached: the run stopped at step 'docker'",
      '',
      '✗ Scenario "deploy-with-preflight" incomplete: 2/4 steps consumed',
      '  Step 1: git status — 1 call (min: 1, max: 1) ✓',
      '  Step 2: [group:pre-flight] az account show — 1 call (min: 1, max: 2) ✓',
      '  Step 3: [group:pre-flight] docker info — 0 calls (min: 1, max: 1) ✗',
      '  Step 4: kubectl apply -f app.yaml — 0 calls (min: 1, max: 1) ✗',
      ''
    ])
  })
})

describe('the JUnit report', () => {
  it('has one testcase per runbook step plus the scenario, failures with the argv diff', async () => {
    const xml = renderReplayReport(
      'junit',
      await reportInput(RUNBOOK.replace('[docker, info]', '[docker, ps]'))
    )
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="runbook replay" tests="5" failures="1" errors="0" skipped="2"'
      )
    ).toBe(true)
    const cases = [...xml.matchAll(/<testcase name="([^"]*)" classname="([^"]*)"/g)].map(
      (m) => `${m[2]}/${m[1]}`
    )
    expect(cases).toEqual([
      'deploy-check/status',
      'deploy-check/account',
      'deploy-check/docker',
      'deploy-check/apply',
      'deploy-check/(scenario) deploy-with-preflight'
    ])
    const failure = /<failure message="([^"]*)" type="([^"]*)">([^<]*)<\/failure>/.exec(xml)
    expect(failure?.[1]).toBe(
      'replay: no scenario step matches this call, so nothing ran (replay is fail-closed)'
    )
    expect(failure?.[2]).toBe('ReplayMismatch')
    expect(failure?.[3]).toContain(
      '    expected  docker  info\n    actual    docker  ps\n                      ^^\n'
    )
    expect(failure?.[3]).toContain(
      'closest expected call: step 3 &apos;docker info&apos;'.replaceAll('&apos;', "'")
    )
    expect(xml).toContain(
      `<skipped message="not reached: the run stopped at step &apos;docker&apos;"/>`
    )
  })

  it('escapes markup and drops characters XML cannot carry', async () => {
    const input = await reportInput(RUNBOOK.replace('[docker, info]', '[docker, "<b>&\\u0001"]'))
    const xml = renderReplayReport('junit', input)
    const body = /<failure[^>]*>([^]*?)<\/failure>/.exec(xml)?.[1] ?? ''
    expect(body).toContain('&lt;b&gt;&amp;\uFFFD')
    expect(body.includes('<') || body.includes('\u0001')).toBe(false)
    expect(xml).toContain('message="replay: no scenario step matches this call')
  })

  it('fails the scenario testcase for unconsumed expectations and for a run refused up front', async () => {
    const short = await reportInput(RUNBOOK.replace(/\n {2}- \{id: apply.*\n/, '\n'))
    const xml = renderReplayReport('junit', short)
    expect(xml).toContain('failures="1" errors="0" skipped="0"')
    expect(xml).toMatch(
      /<failure message="unconsumed expectation: scenario step 4 [^"]*" type="UnconsumedExpectation">/
    )

    const refused: ReplayReportInput = {
      ...(await reportInput(RUNBOOK)),
      runError:
        "governance refused the run before it started: step 'apply': 'kubectl' is not allowed"
    }
    refused.state = { ...refused.state, status: 'failed' }
    refused.results = []
    const refusedXml = renderReplayReport('junit', refused)
    expect(refusedXml).toContain('tests="5" failures="1" errors="0" skipped="4"')
    expect(refusedXml).toContain('type="RunFailure">governance refused the run before it started')
  })
})
