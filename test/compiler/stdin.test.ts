import { compileTsg } from '../../src/compiler/index.js'
import { heredocInput } from '../../src/compiler/interpret/stdin.js'

const steps = (md: string) => compileTsg(md, { file: 't.md' }).runbook.steps
const block = (...lines: string[]) => `# T\n\n\`\`\`sh\n${lines.join('\n')}\n\`\`\`\n`

describe('here-documents as standard input', () => {
  it('runs cat <<EOF | cmd as cmd with the body on stdin (confirmed when it changes state)', () => {
    const s = steps(block('cat <<EOF | kubectl apply -f -', 'kind: Pod', 'name: {{x}}', 'EOF'))
    expect(s.map((x) => [x.type, x.with?.argv, x.with?.stdin, x.confirm ?? false])).toEqual([
      ['cli', ['kubectl', 'apply', '-f', '-'], 'kind: Pod\nname: {{ .literal_braces }}x}}\n', true]
    ])
  })

  it('carries $VAR of an unquoted body over as a template, and keeps a quoted body as is', () => {
    expect(steps(block('kubectl apply -f - <<EOF', 'namespace: $NS', 'EOF'))[0]?.with?.stdin).toBe(
      'namespace: {{ .NS }}\n'
    )
    expect(
      steps(block("kubectl apply -f - <<'EOF'", 'namespace: $NS', 'EOF'))[0]?.with?.stdin
    ).toBe('namespace: $NS\n')
  })

  it('leaves other forms to a shell', () => {
    expect(heredocInput('cat > /tmp/x.json <<EOF\n{}\nEOF')).toBeUndefined()
    expect(heredocInput('kubectl apply -f - <<EOF\nname: $(date)\nEOF')).toBeUndefined()
    expect(heredocInput('cat <<EOF | grep x | wc -l\na\nEOF')).toBeUndefined()
    expect(steps(block('kubectl delete -f - <<EOF', 'kind: Pod', 'EOF'))[0]?.type).toBe('manual')
  })
})
