import { compileTsg } from '../../src/compiler/index.js'
import { isCapsPlaceholder } from '../../src/compiler/interpret/vars.js'
import { locallySet } from '../../src/compiler/shell/analyze.js'

const compile = (md: string) => compileTsg(md, { file: 't.md' })

describe('placeholders that are not placeholders', () => {
  it('reads NODE_NAME and YOUR_CLUSTER as values, APPROVE_PLAN and ETCDCTL_API as words', () => {
    expect(['NODE_NAME', 'POD_IP', 'YOUR_CLUSTER'].map(isCapsPlaceholder)).toEqual([
      true,
      true,
      true
    ])
    expect(['APPROVE_PLAN', 'ETCDCTL_API', 'MISE_TASK_OUTPUT'].map(isCapsPlaceholder)).toEqual([
      false,
      false,
      false
    ])
  })

  it('never takes the name of an assignment or a $VAR inside $(...) for a placeholder', () => {
    const r = compile(
      '# T\n\n```sh\nETCDCTL_API=3 etcdctl defrag\nX=$(kubectl get cm -o jsonpath="{.a}" -l u="$ROOK_UID" | head -1)\nwait_next ID APPROVE_PLAN\n```\n'
    )
    expect(r.runbook.meta.vars ?? {}).toEqual({ X: '' })
    expect(r.runbook.steps[0]?.instructions).not.toContain('Values:')
  })

  it('keeps a loop variable as written: the command sets it itself', () => {
    expect([...locallySet('for r in $(kubectl get x -o name); do kubectl patch $r; done')]).toEqual(
      ['r']
    )
    expect([...locallySet('f(){ w="$1"; read a b; export C=1; }')].sort()).toEqual([
      'C',
      'a',
      'b',
      'w'
    ])
    const r = compile(
      '# T\n\n```sh\nfor r in $(kubectl get x -o name); do\n  kubectl delete $r\ndone\n```\n'
    )
    expect(r.runbook.meta.vars).toBeUndefined()
    expect(r.checks.every((c) => c.ok)).toBe(true)
  })
})

describe('names generated in the author cluster', () => {
  it('stand for a value, stable names do not', () => {
    const r = compile(
      '# T\n\n```sh\nkubectl describe pod mysql-56c8c6775b-rph8k\nkubectl describe pod web-0\nkubectl get deploy rook-ceph-operator\n```\n'
    )
    expect(r.runbook.steps.map((s) => s.with?.argv?.[3])).toEqual([
      '{{ .mysql_name }}',
      'web-0',
      'rook-ceph-operator'
    ])
    expect(r.runbook.meta.vars).toEqual({ mysql_name: '' })
  })
})

describe('an all-capitals value that names its flag', () => {
  it('makes --zone ZONE, --project=PROJECT, -n NAMESPACE and RESOURCE_GROUP vars of the automated step', () => {
    const r = compile(
      '# T\n\n```sh\ngcloud compute instances describe vm1 --zone ZONE --project=PROJECT\nkubectl get pods -n NAMESPACE\naz aks show --resource-group RESOURCE_GROUP -n aks1\n```\n'
    )
    expect(r.runbook.steps.map((s) => s.with?.argv)).toEqual([
      [
        'gcloud',
        'compute',
        'instances',
        'describe',
        'vm1',
        '--zone',
        '{{ .zone }}',
        '--project={{ .project }}'
      ],
      ['kubectl', 'get', 'pods', '-n', '{{ .namespace }}'],
      ['az', 'aks', 'show', '--resource-group', '{{ .resource_group }}', '-n', 'aks1']
    ])
    expect(r.runbook.meta.vars).toEqual({
      namespace: '',
      project: '',
      resource_group: '',
      zone: ''
    })
    expect(r.interpretation.todos.map((t) => t.text).join('\n')).toContain('`zone`')
  })

  it('keeps enum values and all-capitals words that are not a flag value as written', () => {
    const r = compile(
      '# T\n\n```sh\ncurl -X GET http://x/health\nkubectl logs web-1 --level INFO\ndig -t NS example.com\nkubectl get pods ZONE\n```\n'
    )
    expect(r.runbook.steps.map((s) => s.with?.argv?.slice(1))).toEqual([
      ['-X', 'GET', 'http://x/health'],
      ['logs', 'web-1', '--level', 'INFO'],
      ['-t', 'NS', 'example.com'],
      ['get', 'pods', 'ZONE']
    ])
    expect(r.runbook.meta.vars ?? {}).toEqual({})
  })

  it('lists the value under a manual step too', () => {
    const r = compile('# T\n\n```sh\nkubectl delete pod web-1 -n NAMESPACE\n```\n')
    expect(r.runbook.steps[0]?.instructions).toContain('`NAMESPACE` = {{ .namespace }}')
  })
})

describe('a name the command itself sets', () => {
  it('does not make the variable name of read a placeholder (read -s DB_PASSWORD)', () => {
    const r = compileTsg(
      '# T\n\n```bash\nread -s DB_PASSWORD\ncurl -u "admin:$DB_PASSWORD" https://db.example.com/health\n```\n',
      { file: 't.md' }
    )
    expect(r.runbook.meta.vars).toEqual({ DB_PASSWORD: '' })
    expect(r.runbook.steps[0]?.instructions).not.toContain('Values:')
  })
})
