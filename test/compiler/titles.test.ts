import { compileTsg } from '../../src/compiler/index.js'
import { commandTitle, commentTitle, leadTitle } from '../../src/compiler/interpret/titles.js'

const none = new Set<string>()

describe('step titles', () => {
  it('joins wrapped comment lines and keeps separate comments apart', () => {
    expect(commentTitle(['Check node status (may require admin', 'permissions)'], none)).toBe(
      'Check node status (may require admin permissions)'
    )
    expect(commentTitle(['List cached images first', 'For CRI-O/containerd clusters:'], none)).toBe(
      'List cached images first — For CRI-O/containerd clusters'
    )
    expect(commentTitle(['compact up to revision 3'], none)).toBe('Compact up to revision 3')
    expect(commentTitle(['kubectl output, raw'], new Set(['kubectl']))).toBe('kubectl output, raw')
  })

  it('never cuts a title inside inline code and skips a leading label', () => {
    const code = "curl -I -H 'Host: test.agic.contoso.com' <ip>"
    expect(leadTitle(`Use ${code}`, [code], none)).toBe(`Use ${code}`)
    expect(leadTitle('STATE: Now check the cluster. More text.', [], none)).toBe(
      'Now check the cluster'
    )
    expect(
      leadTitle(
        'Ensure the prometheus-k8s stateful set logs do not display errors related to certificates.',
        [],
        none
      )
    ).toBe('Ensure the prometheus-k8s stateful set logs do not display errors…')
    expect(
      leadTitle(
        'When using User Assigned identity with AGIC, AGIC has a dependency on AAD Pod Identity.',
        [],
        none
      )
    ).toBeUndefined()
    expect(commandTitle('for r in $(x); do\n  y $r\ndone')).toBe('for r in $(x); do')
  })

  it('titles a command without a comment or a lead-in of its own by the command', () => {
    const s = compileTsg(
      '# T\n\n## Checks\n\nThe backend of this service has a long history of being described at length in prose.\n\n```sh\nkubectl get pods\n# nodes\nkubectl get nodes\nkubectl top nodes\n```\n\n`kubectl edit cm x`\n',
      { file: 't.md' }
    ).runbook.steps
    expect(s.map((x) => x.title)).toEqual([
      'kubectl get pods',
      'Nodes',
      'kubectl top nodes',
      'kubectl edit cm x'
    ])
  })
})
