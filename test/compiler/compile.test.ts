import { compileTsg, extractIr, finish, interpret } from '../../src/compiler/index.js'

const compile = (md: string) => compileTsg(md, { file: 't.md' })
const steps = (md: string) => compile(md).runbook.steps

describe('Stage A: code blocks', () => {
  it('strips prompts, joins continuations, tells output and comments from commands', () => {
    const ir = extractIr(
      '# T\n\n```console\n# list pods\n$ kubectl get pods \\\n    -n prod\nNAME READY\nweb  1/1\n```\n',
      't.md'
    )
    const code = ir.sections[0]?.units[0]?.codes[0]
    expect(code?.kind).toBe('shell')
    expect(code?.lines.map((l) => [l.kind, l.line, l.text])).toEqual([
      ['comment', 4, '# list pods'],
      ['command', 5, 'kubectl get pods     -n prod'],
      ['output', 7, 'NAME READY'],
      ['output', 8, 'web  1/1']
    ])
  })

  it('recognises manifests, output and Runme names', () => {
    const ir = extractIr(
      '# T\n\n```yaml\na: 1\n```\n\n```\nI0927 22:34:51 applied\n```\n\n```sh {"name":"check-disk"}\ndf -h\n```\n',
      't.md'
    )
    const codes = ir.sections[0]?.units.flatMap((u) => u.codes) ?? []
    expect(codes.map((c) => c.kind)).toEqual(['manifest', 'output', 'shell'])
    expect(codes[2]?.attrs).toEqual({ name: 'check-disk' })
    expect(steps('# T\n\n```sh {"name":"check-disk"}\ndf -h\n```\n')[0]?.id).toBe('check_disk')
  })

  it('keeps a here-document with its command', () => {
    const ir = extractIr(
      '# T\n\n```bash\ncat <<EOF | kubectl apply -f -\nkind: Pod\nEOF\nkubectl get pods\n```\n',
      't.md'
    )
    const cmds = ir.sections[0]?.units[0]?.codes[0]?.lines.filter((l) => l.kind === 'command')
    expect(cmds?.map((l) => [l.line, l.endLine])).toEqual([
      [4, 6],
      [7, 7]
    ])
  })
})

describe('Stage B: steps', () => {
  it('automates read-only commands, confirms mutating ones, keeps destructive ones manual', () => {
    const s = steps(
      '# T\n\n## Fix\n\n```sh\nkubectl get pods\nkubectl rollout restart deploy/web\nkubectl delete pod web-1\n```\n'
    )
    expect(s.map((x) => [x.id, x.type, x.confirm ?? false])).toEqual([
      ['fix', 'cli', false],
      ['fix_2', 'cli', true],
      ['fix_3', 'manual', false]
    ])
    expect(s[2]?.instructions).toContain('```sh\nkubectl delete pod web-1\n```')
    expect(s[2]?.instructions).toContain('Not automated (destructive)')
  })

  it('turns placeholders into vars and never templates argv[0]', () => {
    const r = compile('# T\n\n```sh\noc logs <pod-name> -n $NS -e node=NODE_NAME\n```\n')
    expect(r.runbook.steps[0]?.with?.argv).toEqual([
      'oc',
      'logs',
      '{{ .pod_name }}',
      '-n',
      '{{ .NS }}',
      '-e',
      'node={{ .node_name }}'
    ])
    expect(r.runbook.meta.vars).toEqual({ NS: '', node_name: '', pod_name: '' })
    expect(r.todos).toBe(3)
  })

  it('keeps commands that need a shell manual, verbatim, with a TODO', () => {
    const r = compile('# T\n\n```sh\nkubectl get pods | grep -v Running\n```\n')
    expect(r.runbook.steps[0]?.type).toBe('manual')
    expect(r.interpretation.todos[0]?.text).toContain('needs a shell (pipe)')
  })

  it('runs commands after a session opener inside the session, until exit', () => {
    const s = steps(
      '# T\n\n```bash\noc debug node/n1\ncrictl images\nexit\n```\n\n```bash\ncrictl ps\n```\n'
    )
    expect(s.map((x) => x.type)).toEqual(['manual', 'manual', 'cli'])
    expect(s[1]?.instructions).toContain(
      'runs inside the session opened by `oc debug node/n1` (line 4)'
    )
  })

  it('shows the commands of a block that run in one session as one step', () => {
    const r = compile(
      '# T\n\n```bash\noc debug node/n1\n# list images\ncrictl images\ncrictl rmi old\nexit\n```\n'
    )
    const s = r.runbook.steps
    expect(s.map((x) => x.title)).toEqual([
      'oc debug node/n1',
      'List images (and 1 more command in the session)'
    ])
    expect(s[1]?.instructions).toContain(
      'Run by hand only if it is safe to do so, then record what you did (source lines 6–7):\n\n```bash\ncrictl images\ncrictl rmi old\n```'
    )
    expect(s[1]?.instructions).toContain(
      'destructive, run only if it is safe to do so: line 7 `crictl rmi old`'
    )
    expect(r.mapping).toContain(
      'line 6 → `t_2` (inside a session); line 7 → `t_2` (inside a session)'
    )
  })

  it('makes A && B two steps and VAR=x cmd an env', () => {
    const s = steps(
      '# T\n\n```sh\nETCDCTL_API=3 etcdctl endpoint status && etcdctl alarm list\n```\n'
    )
    expect(s.map((x) => x.with)).toEqual([
      { argv: ['etcdctl', 'endpoint', 'status'], env: { ETCDCTL_API: '3' } },
      { argv: ['etcdctl', 'alarm', 'list'] }
    ])
  })

  it('turns checklists, fields and HTTP calls in prose into evidence', () => {
    const s = steps(
      '# T\n\n## Daily\n\n- [ ] Check `Survival Rate`\n- [x] Verify the model\n\n## Run\n\nCapture:\n\n- `GET /status`\n- Operator:\n'
    )
    expect(s[0]?.required_evidence).toEqual([
      {
        kind: 'checklist',
        name: 'checks',
        description: 'Tick each item once done (or not applicable).',
        items: ['Check Survival Rate', 'Verify the model']
      }
    ])
    expect(s[1]?.required_evidence?.map((e) => [e.kind, e.name, e.items ?? null])).toEqual([
      ['checklist', 'checks', ['GET /status']],
      ['text', 'operator', null]
    ])
  })

  it('writes literal {{ so that it renders back exactly', () => {
    const r = compile(
      "# T\n\n```shell\nkubectl get pod nginx --template '{{.status.phase}}'\n```\n"
    )
    expect(r.runbook.steps[0]?.with?.argv?.[5]).toBe('{{ .literal_braces }}.status.phase}}')
    expect(r.runbook.meta.vars).toEqual({ literal_braces: '{{' })
  })
})

describe('Stage C', () => {
  it('fails when a destructive command would be automated, and says which check', () => {
    const source = '# T\n\n```sh\nkubectl get pods\n```\n'
    const ir = extractIr(source, 't.md')
    const i = interpret(ir)
    const step = i.runbook.steps[0]
    if (step?.with?.argv !== undefined) step.with.argv = ['kubectl', 'delete', 'pods', '--all']
    const r = finish(source, ir, i, { file: 't.md' })
    expect(r.ok).toBe(false)
    expect(r.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual([
      'no destructive or ambiguous command automated',
      'no program or argument absent from the source'
    ])
  })
})

describe('Stage B: step ids', () => {
  it('leaves the numbering of a heading out of the id', () => {
    const ids = (md: string) => compileTsg(md, { file: 't.md' }).runbook.steps.map((s) => s.id)
    expect(
      ids(
        '# T\n\n## 1) Run cluster.yml\n\nRun it.\n\n## 3. INCIDENT INVESTIGATION\n\nCheck it.\n\n## Step 2: Shadow Evaluation\n\nWait for it.\n\n## A) The Lockdown\n\nStop it.\n\n## 2.1 Setup\n\nDo it.\n\n## Step 3\n\nRun it.\n\n## 2024 Review\n\nCheck it.\n'
      )
    ).toEqual([
      'run_cluster_yml',
      'incident_investigation',
      'shadow_evaluation',
      'the_lockdown',
      'setup',
      'step_3',
      '2024_review'
    ])
  })
})

describe('Stage A/B: lists whose sub-items hold commands', () => {
  const md = [
    '# T',
    '',
    '## Fix',
    '',
    '- If a webhook is preventing the pod deletion:',
    '',
    '    1. Check the apiserver logs to see which webhook it is.',
    '    2. List the webhooks:',
    '',
    '        ```sh',
    '        oc get validatingwebhookconfiguration',
    '        ```',
    '    3. This should let the drain continue.',
    '- Other item',
    ''
  ].join('\n')

  it('makes each sub-item a unit of its own, with the text above it as context', () => {
    const units = extractIr(md, 't.md').sections[1]?.units ?? []
    expect(units.map((u) => [u.line, u.lead, u.context])).toEqual([
      [5, 'If a webhook is preventing the pod deletion:', ''],
      [
        7,
        'Check the apiserver logs to see which webhook it is.',
        'If a webhook is preventing the pod deletion:'
      ],
      [8, 'List the webhooks:', 'If a webhook is preventing the pod deletion:'],
      [13, 'This should let the drain continue.', 'If a webhook is preventing the pod deletion:'],
      [14, 'Other item', '']
    ])
  })

  it('turns the instruction of a sub-item into a step, not a lead-in of the command', () => {
    const s = steps(md)
    expect(s.map((x) => [x.type, x.title])).toEqual([
      ['manual', 'Fix'],
      ['cli', 'List the webhooks']
    ])
    expect(s[0]?.required_evidence?.[0]?.items).toEqual([
      'Check the apiserver logs to see which webhook it is.'
    ])
    expect(s[0]?.instructions).toBe(
      '- If a webhook is preventing the pod deletion:\n\n1. Check the apiserver logs to see which webhook it is.'
    )
    expect(s[1]?.description).toBe(
      'If a webhook is preventing the pod deletion: List the webhooks:'
    )
  })
})

describe('Stage B: cd', () => {
  it('runs the later commands of its block in the directory, says so in manual steps, and stops there', () => {
    const s = steps(
      '# T\n\n```console\n/ # cd data\n/data # echo test > test\n/data # ls\n```\n\nThen run `kubectl get pods -o wide` again.\n'
    )
    expect(s.map((x) => [x.type, x.with?.cwd ?? null])).toEqual([
      ['manual', null],
      ['cli', 'data'],
      ['cli', null]
    ])
    expect(s[0]?.instructions).toContain(
      'Run by hand, then record the outcome (source line 5, in the directory `data` (the `cd` above it)):'
    )
  })
})

describe('Stage B: a command quoted again in prose', () => {
  it('is the step of the block next to it, a step again when asked for, a back-reference otherwise', () => {
    const r = compileTsg(
      [
        '# T',
        '',
        '## Check',
        '',
        'Verify this with `kubectl get pods -o wide`:',
        '',
        '```sh',
        'kubectl get pods -o wide',
        '```',
        '',
        'The pods we observed earlier with `kubectl get pods -o wide` have IPs.',
        '',
        '1. Scale the app.',
        '2. Run `kubectl get pods -o wide` again to see the new pods.',
        ''
      ].join('\n'),
      { file: 't.md' }
    )
    expect(r.runbook.steps.map((s) => [s.id, s.type, s.title])).toEqual([
      ['check', 'cli', 'Verify this with kubectl get pods -o wide'],
      ['check_2', 'manual', 'Check'],
      ['check_3', 'cli', 'Run kubectl get pods -o wide again to see the new pods']
    ])
    expect(
      r.interpretation.accounts
        .filter((a) => a.origin === 'inline')
        .map((a) => [a.line, a.steps, a.note])
    ).toEqual([
      [5, [0], 'the same command as an earlier step of this section'],
      [11, [0], 'the same command as an earlier step of this section'],
      [14, [2], '']
    ])
  })
})

describe('Stage A: why a block is not a command', () => {
  it('does not call a query in a console block sample output only', () => {
    const code = extractIr(
      '# T\n\n```console\n(etcd_mvcc_db_total_size_in_bytes / etcd_server_quota_backend_bytes) * 100\n```\n',
      't.md'
    ).sections[0]?.units[0]?.codes[0]
    expect([code?.kind, code?.reason]).toEqual([
      'output',
      'no prompt, and not every line runs a program the classifier knows: sample output or another language (a query, a log), not a command'
    ])
  })
})

describe('Stage B: a command that is the subject of a sentence', () => {
  it('is described, not a step, when the sentence says what it is or does', () => {
    const r = compile(
      '# T\n\n## About renewals\n\n> **Note:** `kubectl delete secret tls-example` is only for a leaked key.\n\n`az vm run-command` runs a script as root through the VM agent.\n'
    )
    expect(r.runbook.steps.map((s) => s.instructions)).toEqual([
      'Read t.md: the compiler found no command and no instruction in it.'
    ])
    expect(r.interpretation.accounts.map((a) => [a.text, a.steps, a.note])).toEqual([
      [
        'kubectl delete secret tls-example',
        [],
        'the subject of a sentence that describes it, not asked to run'
      ],
      ['az vm run-command', [], 'the subject of a sentence that describes it, not asked to run']
    ])
    expect(r.checks.every((c) => c.ok)).toBe(true)
  })

  it('is a step when the sentence says what it shows', () => {
    const r = compile('# T\n\n## Check\n\n`kubectl get pods -A` will show the failing pod.\n')
    expect(r.runbook.steps.map((s) => s.with?.argv)).toEqual([['kubectl', 'get', 'pods', '-A']])
  })
})

describe('Stage B: a command named in a warning', () => {
  it('is not a step to run: the warning is', () => {
    const r = compileTsg(
      '# T\n\n## Recover\n\nNever terminate the instance to recover it: `aws ec2 terminate-instances` deletes its root volume.\n',
      { file: 't.md' }
    )
    expect(r.runbook.steps.map((s) => [s.type, s.instructions])).toEqual([
      [
        'manual',
        'Never terminate the instance to recover it: `aws ec2 terminate-instances` deletes its root volume.'
      ]
    ])
    expect(r.interpretation.accounts.map((a) => a.note)).toEqual([
      'named in a warning not to run it: the prose around it is the step'
    ])
    expect(r.checks.every((c) => c.ok)).toBe(true)
  })
})

describe('Stage A: an MkDocs admonition with its body on the next lines', () => {
  it('reads the marker as its label, in the lead-in and the title', () => {
    const r = compile(
      '# T\n\n## Skip\n\n!!! danger\n    Skipping a transaction makes the replica diverge.\n\n```bash\nmysql -e "STOP SLAVE; SET GLOBAL sql_slave_skip_counter = 1; START SLAVE"\n```\n'
    )
    expect(r.runbook.steps[0]?.title).toBe('Skipping a transaction makes the replica diverge')
    expect(r.runbook.steps[0]?.instructions).toMatch(
      /^Danger: Skipping a transaction makes the replica diverge\.\n/
    )
  })
})
