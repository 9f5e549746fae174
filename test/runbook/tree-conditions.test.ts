// A condition of gert's tree form is checked on the flat runbook (a branch's steps carry the
// conjunction of every enclosing condition), but its diagnostics point at the `condition:` or
// `when:` that was written, at the column inside that condition, never at the branch's first step.
import { formatDiagnostic, validateRunbookText } from '../../src/runbook/index.js'

const TREE = (outer: string, inner: string, own: string): string => `apiVersion: runbook/v0
meta:
  name: nested
  vars: {limit: "90"}
tree:
  - step:
      id: probe
      type: cli
      with: {argv: [uname]}
      capture: {kernel: stdout}
    branches:
      - condition: '${outer}'
        steps:
          - step:
              id: a
              type: cli
              with: {argv: [uname, -a]}
            branches:
              - condition: '${inner}'
                steps:
                  - step:
                      id: b
                      type: cli
                      when: '${own}'
                      with: {argv: [uname, -r]}
`

const errors = (text: string): string[] =>
  validateRunbookText(text, 'tree.yaml')
    .diagnostics.filter((d) => d.severity === 'error')
    .map(formatDiagnostic)

describe('tree conditions: diagnostics located where the condition is written', () => {
  it('a type error in the inner branch condition: its line, the column inside it', () => {
    const out = errors(TREE('kernel == "Linux"', 'vars.limit > 3', 'vars.limit != ""'))
    expect(out).toHaveLength(1)
    // Line 19 is the inner `condition:`; its value starts at column 29 (after the quote).
    expect(out[0]).toMatch(
      /^tree\.yaml:19:(\d+): error condition-type: CEL type error: .* \(column (\d+) of the condition\) \(at tree\[0\]\.branches\[0\]\.steps\[0\]\.branches\[0\]\.condition\)$/
    )
    const [, col, inside] = /:19:(\d+):.*column (\d+) of/.exec(out[0] ?? '') ?? []
    expect(Number(col)).toBe(29 + Number(inside) - 1)
    expect(Number(inside)).toBeLessThanOrEqual('vars.limit > 3'.length)
  })

  it('an unknown name in the outer condition and a syntax error in a step of the inner branch', () => {
    const out = errors(
      TREE('kernel == "Linux" && vars.nope == "x"', 'kernel != ""', 'vars.limit ==')
    )
    expect(out).toEqual([
      "tree.yaml:12:42: error condition-unknown-name: 'vars.nope' is not in meta.vars or meta.inputs (at tree[0].branches[0].condition)",
      expect.stringMatching(
        /^tree\.yaml:24:\d+: error condition-syntax: CEL syntax error: .* \(column \d+ of the condition\) \(at tree\[0\]\.branches\[0\]\.steps\[0\]\.branches\[0\]\.steps\[0\]\.step\.when\)$/
      )
    ])
  })
})
