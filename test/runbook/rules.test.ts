import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RULES, validateRunbookText } from '../../src/runbook/index.js'
import { fixture } from '../helpers/fixtures.js'

// Each fixture in invalid/ states what it must produce in `# expect: RULE LINE:COL` lines; the
// validator must report exactly those findings, no more and no fewer.
const dir = fixture('runbooks', 'invalid')
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((name) => {
    const text = readFileSync(join(dir, name), 'utf8')
    const expected = [...text.matchAll(/^# expect: (\S+) (\d+):(\d+)$/gm)].map(
      (m) => `${m[1]} ${m[2]}:${m[3]}`
    )
    return { name, text, expected }
  })

describe('one invalid fixture per rule', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s reports exactly its expected findings',
    (_name, f) => {
      expect(f.expected.length).toBeGreaterThan(0)
      const result = validateRunbookText(f.text, f.name)
      const got = result.diagnostics.map((d) => `${d.rule} ${d.line}:${d.col}`)
      expect(got.sort()).toEqual([...f.expected].sort())
      if (result.diagnostics.some((d) => d.severity === 'error'))
        expect(result.runbook).toBeUndefined()
    }
  )

  it('covers every registered domain rule', () => {
    const covered = new Set(fixtures.flatMap((f) => f.expected.map((e) => e.split(' ')[0])))
    const missing = RULES.map((r) => r.id).filter((id) => !covered.has(id))
    expect(missing).toEqual([])
  })

  it('names the path of every finding inside the document', () => {
    const f = fixtures.find((x) => x.name === 'command-not-allowed.yaml')
    const result = validateRunbookText(f?.text ?? '', 'x.yaml')
    expect(result.diagnostics[0]?.path).toBe('steps[1].with.argv[0]')
    expect(result.diagnostics[0]?.message).toContain(
      "command 'curl' is not in allowed_commands (uname, df)"
    )
  })
})
