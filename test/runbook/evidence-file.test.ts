import { readFileSync } from 'node:fs'
import { parseEvidenceFile } from '../../src/runbook/index.js'
import { fixture } from '../helpers/fixtures.js'

describe('parseEvidenceFile', () => {
  it('reads evidence and approvals per step, resolving attachment paths', () => {
    const text = readFileSync(fixture('evidence', 'review.evidence.yaml'), 'utf8')
    const r = parseEvidenceFile(text, 'review.evidence.yaml', { resolvePath: (p) => `/base/${p}` })
    expect(r).toEqual({
      ok: true,
      inputs: {
        review: {
          evidence: [
            { name: 'ticket', kind: 'text', value: 'INC-1234' },
            { name: 'checks', kind: 'checklist', items: ['a', 'b'] },
            { name: 'shot', kind: 'attachment', path: '/base/files/shot.txt' }
          ],
          approvals: [{ approver: 'alice', role: 'DRI' }]
        }
      }
    })
  })

  it('reports every malformed item with its line and what was expected', () => {
    const text = readFileSync(fixture('evidence', 'bad.evidence.yaml'), 'utf8')
    const r = parseEvidenceFile(text, 'bad.evidence.yaml')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.diagnostics.map((d) => `${d.line}:${d.col} ${d.rule} ${d.message}`)).toEqual([
      "2:11 schema-required missing required field 'value'",
      "3:41 schema-unknown-field field 'value' does not apply to kind 'checklist'; checklist evidence takes 'items'",
      "4:3 schema-name invalid name 'Bad Step': expected it to match ^[A-Za-z_][A-Za-z0-9_.@-]*$",
      "4:20 schema-enum expected one of: text, checklist, attachment, choice, approval; got 'note'"
    ])
  })

  it('reports YAML errors as located diagnostics', () => {
    const r = parseEvidenceFile('review: {ticket: [unclosed\n', 'x.yaml')
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.diagnostics[0]).toMatchObject({ rule: 'yaml-syntax', file: 'x.yaml', line: 2 })
  })
})
