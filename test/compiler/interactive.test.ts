import { compileTsg } from '../../src/compiler/index.js'
import { interactiveReason } from '../../src/compiler/interpret/interactive.js'

describe('interactiveReason', () => {
  it('reads -owide as -o wide, not as a cluster holding -w (watch)', () => {
    expect(interactiveReason(['kubectl', 'get', 'pod', '-owide'])).toBeUndefined()
    expect(interactiveReason(['oc', 'get', 'pods', '-nkube-system'])).toBeUndefined()
    expect(interactiveReason(['kubectl', 'get', 'pod', '-w'])).toBe(
      'kubectl follows output until stopped (-f/-w)'
    )
    expect(interactiveReason(['kubectl', 'get', 'pod', '-Aw'])).toBe(
      'kubectl follows output until stopped (-f/-w)'
    )
  })

  it('automates kubectl get pod -owide in a TSG', () => {
    const r = compileTsg('# T\n\n```sh\nkubectl get pod -owide\n```\n', { file: 't.md' })
    expect(r.runbook.steps.map((s) => [s.type, s.with?.argv])).toEqual([
      ['cli', ['kubectl', 'get', 'pod', '-owide']]
    ])
  })
})
