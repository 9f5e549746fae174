import fc from 'fast-check'
import { analyzeShell, lexShell } from '../../src/compiler/index.js'
import type { Word } from '../../src/compiler/index.js'
import { placeholderName } from '../../src/compiler/interpret/vars.js'

const text = (w: Word): string => w.parts.map((p) => (p.kind === 'lit' ? p.text : p.raw)).join('')
const words = (s: string): string[] =>
  lexShell(s).tokens.flatMap((t) => (t.kind === 'word' ? [text(t.word)] : []))

/** Quotes a string for a POSIX shell, the way a TSG author might. */
function quote(s: string, style: number): string {
  if (style === 0 && /^[A-Za-z0-9_./:=@%+,-]+$/.test(s)) return s
  if (style === 1 && !s.includes("'")) return `'${s}'`
  return `"${s.replace(/(["\\$`])/g, '\\$1')}"`
}

describe('lexShell', () => {
  it.each([
    ['kubectl get pods -n prod', ['kubectl', 'get', 'pods', '-n', 'prod']],
    [
      `curl -I -H 'Host: test.agic.contoso.com' x`,
      ['curl', '-I', '-H', 'Host: test.agic.contoso.com', 'x']
    ],
    [
      `oc patch pod p -p '{"metadata":{"finalizers":null}}'`,
      ['oc', 'patch', 'pod', 'p', '-p', '{"metadata":{"finalizers":null}}']
    ],
    ['echo "a \\"b\\" \\$c" d\\ e', ['echo', 'a "b" $c', 'd e']],
    ['echo "" x', ['echo', '', 'x']],
    [
      'oc logs <virt-launcher-pod> -n <namespace>',
      ['oc', 'logs', '<virt-launcher-pod>', '-n', '<namespace>']
    ],
    [
      'kubectl -n longhorn-system logs <longhorn manager pod name>',
      ['kubectl', '-n', 'longhorn-system', 'logs', '<longhorn manager pod name>']
    ],
    ['oc debug node/<node-name> -it', ['oc', 'debug', 'node/<node-name>', '-it']],
    ['a \\\n  b', ['a', 'b']]
  ])('splits %j into words with quotes removed', (input, expected) => {
    expect(words(input)).toEqual(expected)
  })

  it('keeps $VAR and <placeholder> as parts, and $VAR literal inside single quotes', () => {
    const [, w1, w2, w3] = lexShell(`x "$BASE/api/\${WID}" node=<node-name> '$HOME'`).tokens
    expect(w1?.kind === 'word' && w1.word.parts).toEqual([
      { kind: 'var', name: 'BASE', raw: '$BASE', quoted: true },
      { kind: 'lit', text: '/api/', quoted: 'double' },
      { kind: 'var', name: 'WID', raw: '${WID}', quoted: true }
    ])
    expect(w2?.kind === 'word' && w2.word.parts).toEqual([
      { kind: 'lit', text: 'node=', quoted: 'none' },
      { kind: 'placeholder', raw: '<node-name>' }
    ])
    expect(w3?.kind === 'word' && w3.word.parts).toEqual([
      { kind: 'lit', text: '$HOME', quoted: 'single' }
    ])
  })

  it('reports the trailing comment and here-document delimiters', () => {
    expect(lexShell('cat a.txt  # show it').comment).toBe('show it')
    expect(lexShell("cat <<'EOF' | kubectl apply -f -").heredocs).toEqual(['EOF'])
  })

  it('round-trips any argv quoted the way a shell would', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .string({ minLength: 1, maxLength: 12 })
            .filter((s) => !s.includes('\n') && !/<[A-Za-z_]/.test(s)),
          { minLength: 1, maxLength: 6 }
        ),
        fc.nat(2),
        (argv, style) => {
          const line = argv.map((a) => quote(a, style)).join(' ')
          const lexed = lexShell(line)
          if (lexed.features.length > 0) return // globs etc. are reported, not expanded
          expect(words(line)).toEqual(argv)
        }
      )
    )
  })

  it('never throws and never loses a placeholder', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/),
        (noise, name) => {
          const line = `kubectl get pod <${name}> ${noise.replace(/[<>\n]/g, '')}`
          const lexed = lexShell(line)
          const placeholders = lexed.tokens.flatMap((t) =>
            t.kind === 'word' ? t.word.parts.filter((p) => p.kind === 'placeholder') : []
          )
          expect(placeholders.map((p) => p.raw)).toContain(`<${name}>`)
          expect(placeholderName(`<${name}>`)).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/)
        }
      )
    )
  })
})

describe('analyzeShell', () => {
  it.each([
    ['kubectl get pods | grep x', ['pipe']],
    ['kubectl get pods > out.txt', ['redirection']],
    ['a; b', ['; list']],
    ['a || b', ['|| list']],
    ['x=$(kubectl get pods)', ['command substitution']],
    ['for r in a b; do echo $r; done', ['loop', '; list']],
    ['cat <<EOF | kubectl apply -f -', ['here-document', 'pipe']],
    ['ls /var/lib/*', ['glob']],
    ['cd ~/x', ['tilde expansion']],
    ['kubectl apply -f x &', ['background job']]
  ])('%j needs a shell: %j', (input, reasons) => {
    const a = analyzeShell(input)
    expect(a.kind).toBe('shell')
    if (a.kind === 'shell') for (const r of reasons) expect(a.reasons).toContain(r)
  })

  it('splits A && B into two simple commands and keeps VAR=x as env', () => {
    const a = analyzeShell('ETCDCTL_API=3 etcdctl defrag && etcdctl alarm list')
    expect(a.kind).toBe('commands')
    if (a.kind !== 'commands') return
    expect(a.commands.map((c) => c.words.map(text))).toEqual([
      ['etcdctl', 'defrag'],
      ['etcdctl', 'alarm', 'list']
    ])
    expect(a.commands[0]?.env.map((e) => [e.name, text(e.value)])).toEqual([['ETCDCTL_API', '3']])
  })

  it('reads a lone assignment as a variable definition', () => {
    expect(analyzeShell('BASE=http://127.0.0.1:3001')).toMatchObject({
      kind: 'assignment',
      exported: false
    })
    expect(analyzeShell('export NS=prod')).toMatchObject({ kind: 'assignment', exported: true })
  })
})

describe('placeholderName', () => {
  it.each([
    ['<pod-name>', 'pod_name'],
    ['<AGIC-POD-NAME>', 'agic_pod_name'],
    ['<volume name>', 'volume_name'],
    ['<ingress-azure-....>', 'ingress_azure'],
    ['<which-namespace?>', 'which_namespace'],
    ['<2nd>', 'v_2nd'],
    ['NODE_NAME', 'node_name']
  ])('%s -> %s', (raw, name) => expect(placeholderName(raw)).toBe(name))

  it('always gives a valid var name', () => {
    fc.assert(
      fc.property(fc.string(), (s) =>
        expect(placeholderName(`<${s}>`)).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/)
      )
    )
  })
})
