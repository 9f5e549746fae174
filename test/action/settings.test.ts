// The Action's inputs are parsed once: each bad one names the input and the expected form.
import { InputError, parseSettings } from '../../src/action/settings.js'

const ENV = { GITHUB_RUN_ID: '4242', GITHUB_WORKSPACE: '/ws', GITHUB_REPOSITORY: 'o/r' }

function parse(inputs: Record<string, string>, env: Record<string, string> = ENV) {
  return parseSettings((n) => (inputs[n] ?? '').trim(), env, '/cwd')
}

function failure(inputs: Record<string, string>, env?: Record<string, string>): string {
  try {
    parse(inputs, env)
  } catch (err) {
    if (err instanceof InputError) return err.message
    throw err
  }
  throw new Error('expected an InputError')
}

describe('action settings', () => {
  it('parses a run with vars, roles and defaults', () => {
    const s = parse({
      command: 'run',
      runbook: 'rb.yaml',
      vars: 'NS=payments\nTOKEN=a=b=c \n\n# comment\n',
      roles: 'DRI: octocat, @acme/sre\nlead: maintain'
    })
    expect(s).toMatchObject({
      command: 'run',
      runbook: 'rb.yaml',
      mode: 'real',
      pause: 'issue',
      requestId: '4242',
      vars: ['NS=payments', 'TOKEN=a=b=c '],
      roles: {
        DRI: [
          { kind: 'login', login: 'octocat' },
          { kind: 'team', org: 'acme', team: 'sre' }
        ],
        lead: [{ kind: 'repo-role', role: 'maintain' }]
      },
      runner: { workspace: '/ws', repository: 'o/r', runId: '4242', artifacts: false }
    })
  })

  it.each([
    [
      { command: 'deploy' },
      "Invalid input 'command': 'deploy'. Expected one of: validate, run, resume, answer, test, verify."
    ],
    [
      { command: 'run' },
      "Input 'runbook' is required for command 'run'. Expected the path of a runbook YAML or a Markdown TSG."
    ],
    [
      { command: 'run', runbook: 'a.yaml', mode: 'fast' },
      "Invalid input 'mode': 'fast'. Expected one of: real, replay, dry-run."
    ],
    [
      { command: 'run', runbook: 'a.yaml', mode: 'replay' },
      "Input 'scenario' is required for command 'run'"
    ],
    [
      { command: 'run', runbook: 'a.yaml', scenario: 's.yaml' },
      "Input 'scenario' only applies to mode 'replay'"
    ],
    [
      { command: 'run', runbook: 'a.yaml', pause: 'later' },
      "Invalid input 'pause': 'later'. Expected one of: issue, environment, fail."
    ],
    [
      { command: 'run', runbook: 'a.yaml', pause: 'environment' },
      "Input 'environment' is required"
    ],
    [
      { command: 'run', runbook: 'a.yaml', 'retention-days': '91' },
      "Invalid input 'retention-days': '91'. Expected a whole number of days from 1 to 90."
    ],
    [
      { command: 'run', runbook: 'a.yaml', 'retention-days': '2.5' },
      "Invalid input 'retention-days': '2.5'."
    ],
    [
      { command: 'test', 'min-coverage': '101' },
      "Invalid input 'min-coverage': '101'. Expected a percentage from 0 to 100."
    ],
    [
      { command: 'run', runbook: 'a.yaml', vars: 'A=1\nnot a var' },
      "Invalid input 'vars', line 2: expected NAME=VALUE"
    ],
    [{ command: 'run', runbook: 'a.yaml', roles: 'DRI octocat' }, "Invalid input 'roles', line 1"],
    [
      { command: 'run', runbook: 'a.yaml', roles: 'DRI: bad_login!' },
      "'bad_login!' is not a GitHub login, an @org/team or a repository role"
    ],
    [
      { command: 'run', runbook: 'a.yaml', 'request-id': 'a/b' },
      "Invalid input 'request-id': 'a/b'."
    ],
    [{ command: 'verify' }, "Input 'run-id' is required for command 'verify'"],
    [{ command: 'resume', issue: '7' }, "Input 'run-id' is required for command 'resume'"],
    [
      { command: 'answer', issue: '0' },
      "Invalid input 'issue': '0'. Expected an issue number such as 42."
    ],
    [{ command: 'answer', issue: '#12' }, "Invalid input 'issue': '#12'."],
    [{ command: 'answer', issue: '1.5' }, "Invalid input 'issue': '1.5'."],
    [
      { command: 'resume', 'run-id': 'r-1' },
      "Input 'issue' is required for command 'resume'. Expected the number of the pause issue (the resume dispatch fills it)."
    ],
    [{ command: 'validate' }, "Input 'runbooks' is required for command 'validate'"]
  ])('%j fails naming the input', (inputs, message) => {
    expect(failure(inputs)).toContain(message)
  })

  it('answer needs no run id (the pause issue names it) and takes the issue as a number', () => {
    expect(parse({ command: 'answer' }).issue).toBeUndefined()
    expect(parse({ command: 'answer', issue: '42' })).toMatchObject({
      command: 'answer',
      issue: 42
    })
    expect(parse({ command: 'resume', 'run-id': 'r1', issue: '9' })).toMatchObject({
      runId: 'r1',
      issue: 9
    })
  })

  it('never echoes a var line without a name (it may be a pasted secret)', () => {
    const msg = failure({ command: 'run', runbook: 'a.yaml', vars: 'hunter2-secret-value' })
    expect(msg).not.toContain('hunter2')
    expect(msg).toContain('line 1')
  })

  it('reads the resume inputs and the running workflow file', () => {
    const s = parse(
      { command: 'resume', 'run-id': 'r-1', issue: '12' },
      { ...ENV, GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/ops.yml@refs/heads/main' }
    )
    expect([s.issue, s.runner.workflowPath]).toEqual([12, '.github/workflows/ops.yml'])
  })

  it('needs a request id outside a workflow run', () => {
    expect(failure({ command: 'run', runbook: 'a.yaml' }, {})).toContain(
      "Input 'request-id' is empty and GITHUB_RUN_ID is not set"
    )
  })

  it('sees the artifact service only with both the runtime token and the results URL', () => {
    const env = { ...ENV, ACTIONS_RUNTIME_TOKEN: 't' }
    expect(parse({ command: 'validate', runbooks: 'a' }, env).runner.artifacts).toBe(false)
    expect(
      parse({ command: 'validate', runbooks: 'a' }, { ...env, ACTIONS_RESULTS_URL: 'http://x/' })
        .runner.artifacts
    ).toBe(true)
  })
})
