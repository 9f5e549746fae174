import { lexShell } from '../../src/compiler/index.js'
import { shellLevel, substitutions } from '../../src/compiler/interpret/shell-level.js'

const level = (text: string): [string, string] => {
  const c = shellLevel(text)
  return [c.level, c.reason]
}

describe('lexShell: here-documents and globs', () => {
  it('keeps a here-document body out of the tokens', () => {
    const l = lexShell('cat <<EOF | kubectl apply -f -\nkind: Pod\nname: x*\nEOF')
    expect(l.heredocs).toEqual(['EOF'])
    expect(l.heredocBodies).toEqual(['kind: Pod\nname: x*'])
    expect(l.features).toEqual([])
    expect(l.tokens.filter((t) => t.kind === 'op').map((t) => t.kind === 'op' && t.op)).toEqual([
      '<<',
      '|'
    ])
  })

  it('reads [ 1 ] as the test command, [a-z] as a glob', () => {
    expect(lexShell('while [ 1 ]; do date; done').features).toEqual([])
    expect(lexShell('ls /dev/sd[a-z]').features).toEqual(['glob'])
  })
})

describe('shellLevel', () => {
  it('classifies the commands of a pipe with a here-document, not its delimiter or body', () => {
    expect(level('cat <<EOF | kubectl apply -f -\nkind: Pod\nEOF')).toEqual([
      'mutating',
      'kubectl apply changes state'
    ])
  })

  it('counts an output redirection as a write, but not to /dev/null', () => {
    expect(level('oc extract secret/x --to=- > certificate.crt')).toEqual([
      'mutating',
      'the redirection > writes certificate.crt'
    ])
    expect(level('kubectl get pods 2>/dev/null | grep web')[0]).toBe('read-only')
  })

  it('classifies a command after VAR=x assignments, inside $(...) and inside loops', () => {
    expect(level('ETCDCTL_API=3 etcdctl defrag | tee out.txt')[0]).toBe('destructive')
    expect(level('rev=$(etcdctl endpoint status -w json | jq .x)')).toEqual([
      'read-only',
      'etcdctl endpoint status only reads'
    ])
    expect(level('for r in $(kubectl get pods -o name); do\n  kubectl delete $r\ndone')[0]).toBe(
      'destructive'
    )
    expect(
      level('while [ 1 ]; do dd if=/dev/urandom bs=1 count=1 | etcdctl put k || break; done')
    ).toEqual(['mutating', 'etcdctl put changes state'])
  })

  it('does not take a function name for a command', () => {
    expect(level('f(){ curl -sS "$BASE/x" | jq .; }')[0]).toBe('read-only')
  })

  it('finds $(...) and backquote substitutions, not those in single quotes', () => {
    expect(substitutions(`"$(oc get x -o custom-columns="":.a)"`)).toEqual([
      'oc get x -o custom-columns="":.a'
    ])
    expect(substitutions("'$(not)'`date`")).toEqual(['date'])
  })
})
