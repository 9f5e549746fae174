// Every cli-replay fixture is judged as cli-replay judges it: the valid ones load, the invalid ones
// are refused with the file, the line, the field and the rule named.
import { formatDiagnostic } from '../../../src/runbook/index.js'
import { readScenarioFile } from '../../../src/providers/replay/scenario-load.js'
import { stepLabel } from '../../../src/providers/replay/scenario-model.js'
import { peer, ruleLines } from './helpers.js'

const VALID: [string, number, string[]][] = [
  ['testdata/scenarios/call_bounds.yaml', 3, []],
  ['testdata/scenarios/capture_chain.yaml', 3, []],
  ['testdata/scenarios/capture_group.yaml', 4, ['monitoring']],
  ['testdata/scenarios/deny_env_vars.yaml', 1, []],
  ['testdata/scenarios/multi_step.yaml', 3, []],
  ['testdata/scenarios/security_allowlist.yaml', 2, []],
  ['testdata/scenarios/session_ttl.yaml', 2, []],
  ['testdata/scenarios/single_step.yaml', 1, []],
  ['testdata/scenarios/stdin_match.yaml', 3, []],
  ['testdata/scenarios/validate-valid.yaml', 1, []],
  ['testdata/scenarios/windows-hardening/exit-code.yaml', 1, []],
  ['testdata/scenarios/windows-hardening/multi-step.yaml', 3, []],
  ['testdata/scenarios/windows-hardening/single-step.yaml', 1, []],
  ['examples/azure-tsg.yaml', 6, []],
  ['examples/kubectl-simple.yaml', 3, []],
  ['examples/cookbook/helm-deployment.yaml', 3, []],
  ['examples/cookbook/kubectl-pipeline.yaml', 6, ['post-deploy-checks']],
  ['examples/cookbook/terraform-workflow.yaml', 3, []],
  ['examples/recordings/exec-mode-demo.yaml', 2, []],
  ['examples/recordings/step-group-demo.yaml', 5, ['pre-flight']]
]

describe('cli-replay fixtures that cli-replay accepts', () => {
  it.each(VALID)('%s loads with %i steps', async (file, steps, groups) => {
    const r = await readScenarioFile(peer(file))
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([])
    expect(r.scenario?.steps.length).toBe(steps)
    expect(r.scenario?.groups.map((g) => g.name)).toEqual(groups)
  })

  it('reads call bounds, captures, stdin and groups as written', async () => {
    const bounds = (await readScenarioFile(peer('testdata/scenarios/call_bounds.yaml'))).scenario
    expect(bounds?.steps.map((s) => [s.min, s.max])).toEqual([
      [1, 5],
      [1, 1],
      [1, 3]
    ])
    const group = (await readScenarioFile(peer('examples/recordings/step-group-demo.yaml')))
      .scenario
    expect(group?.steps.map((s) => `${s.group ?? '-'} ${stepLabel(s)}`)).toEqual([
      '- git status',
      '0 az account show',
      '0 docker info',
      '0 kubectl cluster-info',
      '- kubectl apply -f app.yaml'
    ])
    const stdin = (await readScenarioFile(peer('testdata/scenarios/stdin_match.yaml'))).scenario
    expect(stdin?.steps[1]?.stdin).toBe('hello world\n')
  })
})

describe('cli-replay fixtures that cli-replay refuses', () => {
  it('validate-invalid.yaml: empty name, exclusive stdout, min > max, forward capture reference', async () => {
    const file = peer('testdata/scenarios/validate-invalid.yaml')
    const r = await readScenarioFile(file)
    expect(r.scenario).toBeUndefined()
    expect(ruleLines(r.diagnostics)).toEqual([
      'scenario-name-empty@8',
      'scenario-output-exclusive@16',
      'scenario-file-missing@16',
      'scenario-calls-bounds@21',
      'scenario-capture-forward-ref@31'
    ])
    expect(r.diagnostics.map((d) => d.path)).toEqual([
      'meta.name',
      'steps[0].respond.stdout_file',
      'steps[0].respond.stdout_file',
      'steps[1].calls.min',
      'steps[2].respond.stdout'
    ])
    expect(r.diagnostics.every((d) => d.file === file)).toBe(true)
    expect(r.diagnostics[3]?.message).toBe('calls.min (5) must be <= calls.max (3)')
    expect(r.diagnostics[4]?.message).toContain('capture "future_ref" first defined at step 4')
  })

  it('validate-bad-yaml.yaml: the unclosed quote, at its line', async () => {
    const r = await readScenarioFile(peer('testdata/scenarios/validate-bad-yaml.yaml'))
    expect(ruleLines(r.diagnostics)).toEqual(['yaml-syntax@2'])
    expect(r.diagnostics[0]?.message).toContain('Missing closing "quote')
  })

  it('capture_conflict.yaml: a capture named like a meta.vars key', async () => {
    const r = await readScenarioFile(peer('testdata/scenarios/capture_conflict.yaml'))
    expect(ruleLines(r.diagnostics)).toEqual(['scenario-capture-conflict@14'])
    expect(r.diagnostics[0]?.path).toBe('steps[0].respond.capture.region')
    expect(r.diagnostics[0]?.message).toBe(
      'capture identifier "region" conflicts with meta.vars key "region"'
    )
  })

  it('capture_forward_ref.yaml: step 1 uses a capture step 2 defines', async () => {
    const r = await readScenarioFile(peer('testdata/scenarios/capture_forward_ref.yaml'))
    expect(ruleLines(r.diagnostics)).toEqual(['scenario-capture-forward-ref@10'])
    expect(r.diagnostics[0]?.message).toBe(
      'step 1 references capture "vm_id" first defined at step 2 (line 18): forward reference'
    )
  })

  it('windows-hardening/call-bounds.yaml: calls under respond is an unknown field (strict decoding)', async () => {
    const r = await readScenarioFile(peer('testdata/scenarios/windows-hardening/call-bounds.yaml'))
    expect(ruleLines(r.diagnostics)).toEqual(['schema-unknown-field@9'])
    expect(r.diagnostics[0]?.path).toBe('steps[0].respond.calls')
    expect(r.diagnostics[0]?.message).toContain("'calls' belongs to the step")
  })
})
