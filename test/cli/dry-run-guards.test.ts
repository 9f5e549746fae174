// Dry-run shows each guard and, for the vars given, which steps would run: a guard over vars is
// decided now (CEL's && and || decide even when the other side needs a capture), a guard over a
// step the plan knows is not taken too; one that needs a capture is left to the run.
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { workspace } from '../helpers/workspace.js'

const RUNBOOK = `apiVersion: runbook/v0
meta:
  name: deploy-check
  vars: {env: staging, token: "token=abc123"}
  governance:
    allowed_commands: [echo]
    redact:
      - pattern: 'token=\\S+'
        replace: 'token=<redacted>'
steps:
  - id: probe
    type: cli
    with: {argv: [echo, ok]}
    capture: {probe: stdout}
  - id: prod_only
    type: cli
    when: vars.env == "prod"
    with: {argv: [echo, prod]}
  - id: not_prod
    type: cli
    when: steps.prod_only.status == "not_taken" && vars.token != ""
    with: {argv: [echo, staging]}
  - id: prod_and_probe
    type: cli
    when: vars.env == "prod" && captures.probe == "ok"
    with: {argv: [echo, both]}
  - id: probe_says
    type: cli
    when: captures.probe.startsWith("ok") || vars.env == "prod"
    with: {argv: [echo, probe]}
`

describe('exec --mode dry-run with guards', () => {
  const ws = workspace()
  afterAll(() => ws.cleanup())
  beforeAll(() => writeFileSync(join(ws.dir, 'rb.yaml'), RUNBOOK))

  it('staging: the prod step is not taken, the step guarded on it runs, a capture is left to the run', async () => {
    const r = await ws.run(['exec', 'rb.yaml', '--mode', 'dry-run'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    const out = r.stdout
    expect(out).toContain(
      '[2/5] prod_only (cli)\n    when:     vars.env == "prod"\n              -> false (vars.env = "staging"): not taken\n'
    )
    // The token var is shown redacted, as everywhere else.
    expect(out).toContain(
      '    when:     steps.prod_only.status == "not_taken" && vars.token != ""\n              -> true (steps.prod_only.status = "not_taken", vars.token = "token=<redacted>"): runs\n'
    )
    expect(out).not.toContain('abc123')
    // false && (unknown) is false: decided without the capture.
    expect(out).toContain(
      '    when:     vars.env == "prod" && captures.probe == "ok"\n              -> false (vars.env = "staging"): not taken\n'
    )
    expect(out).toContain(
      '    when:     captures.probe.startsWith("ok") || vars.env == "prod"\n              -> decided at run time: reads captures.probe (vars.env = "staging")\n'
    )
    expect(out).toContain(
      'with these vars:\n  runs:                 probe, not_prod\n  not taken:            prod_only, prod_and_probe\n  decided at run time:  probe_says\n'
    )
    expect(existsSync(ws.runsDir)).toBe(false)
  })

  it('prod: the other branch; true || (unknown) is true', async () => {
    const r = await ws.run(['exec', 'rb.yaml', '--mode', 'dry-run', '--var', 'env=prod'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      'with these vars:\n  runs:                 probe, prod_only, probe_says\n  not taken:            none\n  decided at run time:  not_prod, prod_and_probe\n'
    )
  })
})
