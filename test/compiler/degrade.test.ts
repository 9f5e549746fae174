import fc from 'fast-check'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compileTsg, extractIr, interpret, settle } from '../../src/compiler/index.js'
import { validateRunbookText } from '../../src/runbook/index.js'
import { cli } from '../helpers/cli.js'

// Never fail on real input: what Stage C cannot stand behind becomes a manual step (verbatim, with
// the reason and a TODO), the runbook is still written and the exit code is 1.
describe('Stage C degrades instead of failing', () => {
  it('turns a step that would automate a destructive command into a manual step with a TODO', () => {
    const source = '# T\n\n```sh\nkubectl get pods\nkubectl get nodes\n```\n'
    const ir = extractIr(source, 't.md')
    const i = interpret(ir)
    const step = i.runbook.steps[0]
    if (step?.with?.argv !== undefined) step.with.argv = ['kubectl', 'delete', 'pods', '--all']
    const r = settle(source, ir, i, { file: 't.md' })
    expect(r.ok).toBe(true)
    expect(r.degraded).toBe(1)
    expect(r.runbook.steps.map((s) => s.type)).toEqual(['manual', 'cli'])
    expect(r.runbook.steps[0]?.instructions).toContain('```sh\nkubectl get pods\n```')
    expect(r.runbook.steps[0]?.instructions).toContain(
      'no destructive or ambiguous command automated'
    )
    expect(r.runbook.meta.governance?.allowed_commands).toEqual(['kubectl'])
    expect(r.mapping).toContain('the compiler could not stand behind the step it planned')
    expect(validateRunbookText(r.yaml, 'r.yaml').diagnostics).toEqual([])
  })

  it('adds a manual step for a command nobody accounted for, in its place', () => {
    const source = '# T\n\n```sh\nkubectl get pods\nkubectl get nodes\n```\n'
    const ir = extractIr(source, 't.md')
    const i = interpret(ir)
    // As if Stage B had lost the second command: no step, no account.
    i.accounts = i.accounts.filter((a) => a.line !== 5)
    i.steps.splice(1, 1)
    i.runbook.steps.splice(1, 1)
    const r = settle(source, ir, i, { file: 't.md' })
    expect(r.ok).toBe(true)
    expect(r.runbook.steps.map((s) => [s.id, s.type])).toEqual([
      ['t', 'cli'],
      ['line_5', 'manual']
    ])
    expect(r.runbook.steps[1]?.instructions).toContain('kubectl get nodes')
  })

  it.each([
    ['VAR=<placeholder with spaces>\necho "$VAR"', 'VAR', '<placeholder with spaces>'],
    [
      'export ISSUER="<your service account issuer url>"\ncurl "$ISSUER/.well-known/openid-configuration"',
      'ISSUER',
      '<your service account issuer url>'
    ],
    [
      'NODE_NAME=<instance label from alert>\nkubectl get node $NODE_NAME',
      'NODE_NAME',
      '<instance label from alert>'
    ]
  ])('compiles `%s`: the variable is the value to fill in', (block, name, written) => {
    const r = compileTsg(`# T\n\n\`\`\`sh\n${block}\n\`\`\`\n`, { file: 't.md' })
    expect(r.ok).toBe(true)
    expect(r.degraded).toBe(0)
    expect(r.runbook.meta.vars).toEqual({ [name]: '' })
    expect(r.interpretation.vars[0]?.written[0]).toBe(written)
  })

  it('writes the runbook and exits 1 for a TSG with those shapes (CLI)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'degrade-'))
    const tsg = join(dir, 'oidc.md')
    writeFileSync(
      tsg,
      '# OIDC\n\n```bash\nexport ISSUER="<your service account issuer url>"\nNODE_NAME=<instance label from alert>\nkubectl get node $NODE_NAME\n```\n'
    )
    const r = await cli(['compile', tsg, '-o', join(dir, 'r.yaml'), '-m', join(dir, 'm.md')])
    expect(r.code).toBe(1)
    const yaml = readFileSync(join(dir, 'r.yaml'), 'utf8')
    expect(validateRunbookText(yaml, 'r.yaml').diagnostics).toEqual([])
    expect(readFileSync(join(dir, 'm.md'), 'utf8')).toContain(
      '| every placeholder became a var | pass |'
    )
  })
})

// Generated Markdown: headings, prose, lists, fenced blocks of random shell words with placeholders,
// prompts, quotes and continuations. The compiler must never fail (exit 3) and always write a runbook
// that validates.
const word = fc.constantFrom(
  'kubectl',
  'get',
  'pods',
  'delete',
  '-n',
  '<ns>',
  '<pod name>',
  '$POD',
  '"${X}"',
  'NODE_NAME',
  'https://HOST_NAME/api',
  '|',
  '&&',
  '>',
  '2>&1',
  "'a b'",
  '"q',
  '\\',
  '$(date)',
  '`x`',
  '{{',
  '}}',
  'ssh',
  'node1',
  'exit',
  'rm',
  '-rf',
  '/',
  'git',
  'gc',
  'format',
  'export',
  'A=1',
  'VAR=<x y>',
  'curl',
  '-X',
  'POST',
  '#',
  '--',
  'sudo',
  'systemctl',
  'restart',
  'kubelet',
  'cd',
  '..',
  'for',
  'do',
  'done',
  ';',
  'psql',
  '-c',
  '"SELECT',
  '*',
  'FROM',
  't;"',
  '<<EOF',
  'EOF',
  '=',
  '%',
  '$'
)
const shellLine = fc
  .tuple(
    fc.constantFrom('', '$ ', '# ', '> ', 'root@h:~# ', '(gdb) '),
    fc.array(word, { minLength: 1, maxLength: 7 })
  )
  .map(([p, ws]) => `${p}${ws.join(' ')}`)
const prose = fc.constantFrom(
  'Run `kubectl get pods -n <ns>` to check.',
  'If `kubectl describe pod x` shows errors, restart it.',
  'Never run `git gc` here.',
  'SSH to the node and check the logs.',
  'Replace `<ns>` with your namespace.',
  'The `helm template` command renders charts.',
  '- [ ] Check the dashboard',
  '1. Open the console',
  '<!-- hidden `rm -rf /` -->',
  '{% comment %}\n`kubectl delete ns x`\n{% endcomment %}',
  '<details><summary>Background</summary>\n\n```sh\nkubectl get x\n```\n\n</details>',
  'Escalate to the on-call team.',
  '| a | `b c` |\n| - | - |\n| 1 | 2 |',
  'Set `FOO=<value with spaces>`.'
)
const block = fc
  .tuple(
    fc.constantFrom('sh', 'bash', 'console', '', 'text', 'sql', 'yaml'),
    fc.array(shellLine, { minLength: 1, maxLength: 6 })
  )
  .map(([lang, ls]) => `\`\`\`${lang}\n${ls.join('\n')}\n\`\`\``)
const heading = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.constantFrom(
      'Diagnosis',
      'Meaning',
      'Mitigation',
      'If the pod is pending',
      'Escalate',
      'Step 1: SSH to the host'
    )
  )
  .map(([d, t]) => `${'#'.repeat(d)} ${t}`)
const markdown = fc
  .array(fc.oneof(heading, prose, block), { minLength: 1, maxLength: 12 })
  .map((parts) => `${parts.join('\n\n')}\n`)

describe('generated Markdown', () => {
  it('never makes the compiler fail, and the runbook always validates', () => {
    fc.assert(
      fc.property(markdown, (md) => {
        const r = compileTsg(md, { file: 'gen.md' })
        expect(r.defect).toBeUndefined()
        expect(r.ok).toBe(true)
        expect(
          validateRunbookText(r.yaml, 'gen.yaml').diagnostics.filter((d) => d.severity === 'error')
        ).toEqual([])
      }),
      { numRuns: 60, seed: 15 }
    )
  })
})
