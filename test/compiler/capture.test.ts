import { compileTsg } from '../../src/compiler/index.js'
import { capturable, singleValue } from '../../src/compiler/interpret/capture.js'

const compile = (md: string) => compileTsg(md, { file: 't.md' })
const block = (...lines: string[]) => `# T\n\n\`\`\`sh\n${lines.join('\n')}\n\`\`\`\n`

describe('VAR=$(cmd) as a capture', () => {
  it('runs a simple read-only command as a cli step and uses its capture later', () => {
    const r = compile(
      block(
        "POD=$(kubectl get pods -l app=x -o jsonpath='{.items[0].metadata.name}')",
        'kubectl logs $POD',
        'kubectl describe pod "$POD" -n prod'
      )
    )
    expect(r.runbook.steps.map((s) => [s.type, s.with?.argv, s.capture ?? null])).toEqual([
      [
        'cli',
        ['kubectl', 'get', 'pods', '-l', 'app=x', '-o', 'jsonpath={.items[0].metadata.name}'],
        { POD: 'stdout' }
      ],
      ['cli', ['kubectl', 'logs', '{{ .POD }}'], null],
      ['cli', ['kubectl', 'describe', 'pod', '{{ .POD }}', '-n', 'prod'], null]
    ])
    expect(r.runbook.meta.vars).toBeUndefined()
    expect(r.todos).toBe(0)
    expect(r.checks.every((c) => c.ok)).toBe(true)
    expect(r.diagnostics).toEqual([])
    expect(r.mapping).toContain('| `POD` | `$POD` | `t` | 4 | 5, 6 |')
  })

  it('keeps an unquoted multi-value capture out of a single argument', () => {
    const r = compile(block('RES=$(kubectl get cm -o name)', 'kubectl get $RES', 'echo "$RES"'))
    expect(r.runbook.steps.map((s) => s.type)).toEqual(['cli', 'manual', 'cli'])
    expect(r.runbook.steps[1]?.instructions).toContain('uses $RES unquoted')
    expect(r.runbook.steps[2]?.with?.argv).toEqual(['echo', '{{ .RES }}'])
  })

  it('stays manual when the inner command is not simple and read-only', () => {
    const r = compile(
      block(
        'REV=$(etcdctl endpoint status -w json | jq .rev)',
        'X=$(kubectl delete pod web-1)',
        'etcdctl compact $REV'
      )
    )
    expect(r.runbook.steps.map((s) => s.type)).toEqual(['manual', 'manual', 'manual'])
    expect(r.runbook.steps.every((s) => s.capture === undefined)).toBe(true)
  })

  it('numbers a capture whose name is taken, and a later literal assignment ends it', () => {
    const r = compile(
      block(
        'echo $ID',
        'ID=$(jq -r .id a.json)',
        'echo "$ID"',
        'ID=$(jq -r .id b.json)',
        'echo "$ID"',
        'ID=fixed',
        'echo "$ID"'
      )
    )
    expect(r.runbook.steps.map((s) => [s.with?.argv?.at(-1), s.capture ?? null])).toEqual([
      ['{{ .ID }}', null],
      ['a.json', { ID_2: 'stdout' }],
      ['{{ .ID_2 }}', null],
      ['b.json', { ID_3: 'stdout' }],
      ['{{ .ID_3 }}', null],
      ['{{ .ID }}', null]
    ])
    expect(r.runbook.meta.vars).toEqual({ ID: 'fixed' })
    expect(r.diagnostics).toEqual([])
  })

  it('recognises the capturable forms and one-value outputs', () => {
    expect(capturable('export NS="$(oc get kubevirt -A -o name)"')?.name).toBe('NS')
    expect(capturable('X=$(a) Y=1')).toBeUndefined()
    expect(capturable('X=$((1+2))')).toBeUndefined()
    expect(capturable('X=pre$(date)')).toBeUndefined()
    const one = (t: string) => {
      const c = capturable(t)
      return c === undefined ? undefined : singleValue(c.command)
    }
    expect(one("X=$(kubectl get pods -o jsonpath='{.items[0].metadata.name}')")).toBe(true)
    expect(one("X=$(kubectl get pods -o jsonpath='{range .items[*]}{.x}{end}')")).toBe(false)
    expect(one('X=$(jq -r .workflowID run.json)')).toBe(true)
    expect(one("X=$(jq -r '.items[].id' run.json)")).toBe(false)
    expect(one("X=$(aws ec2 describe-vpcs --query 'Vpcs[0].VpcId' --output text)")).toBe(true)
    expect(one('X=$(kubectl get pods -o name)')).toBe(false)
  })
})
