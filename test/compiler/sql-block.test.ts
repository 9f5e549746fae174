import { compileTsg } from '../../src/compiler/index.js'

// A ```sql block holds statements to type in a database session: a manual step that shows them,
// says why and states their safety; never automated, never dropped.
describe('SQL code blocks', () => {
  it('makes a section holding only a SQL block a manual step with the statements and their safety', () => {
    const md =
      "# T\n\n## With GTIDs: inject an empty transaction\n\n```sql\nSTOP SLAVE;\nSET GTID_NEXT='x:23';\nBEGIN; COMMIT;\nSTART SLAVE;\n```\n"
    const r = compileTsg(md, { file: 't.md' })
    expect(r.runbook.steps).toHaveLength(1)
    const s = r.runbook.steps[0]
    expect([s?.type, s?.title]).toEqual(['manual', 'With GTIDs: inject an empty transaction'])
    expect(s?.instructions).toContain("```sql\nSTOP SLAVE;\nSET GTID_NEXT='x:23';")
    expect(s?.instructions).toContain(
      'Not automated (SQL to run in a database session): mutating, STOP stops or starts replication.'
    )
    expect(r.mapping).not.toContain('## Sections without a step\n\n|')
    expect(r.mapping).toContain(
      '| `with_gtids_inject_an_empty_transaction` | SQL to run in a database session | mutating, STOP stops or starts replication |'
    )
  })

  it('keeps the lead-in and says when the statements are destructive', () => {
    const md =
      '# T\n\n## Clean up\n\nThe old table is no longer used.\n\n```sql\nDROP TABLE old_orders;\n```\n'
    const r = compileTsg(md, { file: 't.md' })
    const s = r.runbook.steps[0]
    expect(s?.instructions).toContain('The old table is no longer used.')
    expect(s?.instructions).toContain(
      'Not automated (SQL to run in a database session): destructive, DROP removes a table or its rows. Run the statements only if it is safe to do so, then record what you did.'
    )
  })
})
