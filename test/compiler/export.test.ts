import { compileTsg } from '../../src/compiler/index.js'

const compile = (md: string) => compileTsg(md, { file: 't.md' })
const block = (...lines: string[]) => `\`\`\`sh\n${lines.join('\n')}\n\`\`\`\n`
const envs = (r: ReturnType<typeof compile>) =>
  r.runbook.steps.map((s) => [s.with?.argv?.[0] ?? s.type, s.with?.env ?? null])

describe('export NAME=value', () => {
  it('puts the var in the environment of every later cli step, across blocks and sections', () => {
    const r = compile(
      `# T\n\n## Setup\n\n${block('export AWS_PROFILE=acme-prod', 'terraform init -input=false')}\n## Fix\n\n${block('aws sts get-caller-identity', 'TF_LOG=DEBUG terraform plan')}`
    )
    expect(envs(r)).toEqual([
      ['terraform', { AWS_PROFILE: '{{ .AWS_PROFILE }}' }],
      ['aws', { AWS_PROFILE: '{{ .AWS_PROFILE }}' }],
      ['terraform', { TF_LOG: 'DEBUG', AWS_PROFILE: '{{ .AWS_PROFILE }}' }]
    ])
    expect(r.runbook.meta.vars).toEqual({ AWS_PROFILE: 'acme-prod' })
    expect(r.runbook.steps.every((s) => s.with?.argv?.[0]?.includes('{{') !== true)).toBe(true)
    expect(r.checks.filter((c) => !c.ok)).toEqual([])
    expect(r.diagnostics).toEqual([])
    expect(r.mapping).toContain(
      '| `AWS_PROFILE` | 6 | `{{ .AWS_PROFILE }}` | `setup`, `fix`, `fix_2` |'
    )
  })

  it('does not export a plain assignment, and exports it after `export NAME`', () => {
    const r = compile(
      `# T\n\n${block('NAMESPACE=prod', 'kubectl get pods -n $NAMESPACE', 'export NAMESPACE', 'kubectl get svc')}`
    )
    expect(envs(r)).toEqual([
      ['kubectl', null],
      ['kubectl', { NAMESPACE: '{{ .NAMESPACE }}' }]
    ])
    expect(r.runbook.steps[0]?.with?.argv).toEqual([
      'kubectl',
      'get',
      'pods',
      '-n',
      '{{ .NAMESPACE }}'
    ])
    expect(r.checks.filter((c) => !c.ok)).toEqual([])
  })

  it('ends with unset NAME; the command of `VAR=x cmd` keeps its own value', () => {
    const r = compile(
      `# T\n\n${block('export KUBECONFIG=/etc/kube/prod.conf', 'KUBECONFIG=/tmp/k kubectl get nodes', 'unset KUBECONFIG', 'kubectl get pods')}`
    )
    expect(envs(r)).toEqual([
      ['kubectl', { KUBECONFIG: '/tmp/k' }],
      ['kubectl', null]
    ])
    expect(r.mapping).toContain('until `unset` at line 6')
  })

  it('exports a captured value as the capture', () => {
    const r = compile(
      `# T\n\n${block("export NS=$(kubectl get kubevirt -A -o jsonpath='{.items[0].metadata.namespace}')", 'kubectl get pods')}`
    )
    expect(envs(r)).toEqual([
      ['kubectl', null],
      ['kubectl', { NS: '{{ .NS }}' }]
    ])
    expect(r.checks.filter((c) => !c.ok)).toEqual([])
  })

  it('leaves an export inside a session to that session', () => {
    const r = compile(`# T\n\n${block('ssh bastion', 'export AWS_PROFILE=x', 'exit', 'aws s3 ls')}`)
    expect(r.runbook.steps.at(-1)?.with?.env).toBeUndefined()
  })
})
