import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadRunbookFile, validateRunbookText } from '../../src/runbook/index.js'
import { fixture, ROOT } from '../helpers/fixtures.js'

describe('validateRunbookText', () => {
  it('accepts the runbook/v0 example of seed 003 §5.1', () => {
    const r = validateRunbookText(
      readFileSync(fixture('runbooks', 'seed-003-example.yaml'), 'utf8'),
      'seed.yaml'
    )
    expect(r.diagnostics).toEqual([])
    expect(r.runbook?.steps.map((s) => s.id)).toEqual(['check_pods', 'validate_portal'])
    expect(r.runbook?.steps[1]?.required_evidence?.map((e) => e.kind)).toEqual([
      'checklist',
      'text',
      'attachment'
    ])
  })

  it('accepts the explicit empty fields the Go peer gert writes, and reads them as absent', () => {
    const r = validateRunbookText(
      readFileSync(fixture('runbooks', 'gert-empty-fields.yaml'), 'utf8'),
      'gert.yaml'
    )
    expect(r.diagnostics).toEqual([])
    const [cli, manual] = r.runbook?.steps ?? []
    expect(cli).toEqual({ id: 'kernel', type: 'cli', with: { argv: ['uname', '-r'] } })
    expect(manual).toEqual({
      id: 'confirm_kernel',
      type: 'manual',
      title: 'Confirm the kernel',
      instructions: 'Compare the kernel with the fleet baseline.'
    })
    expect(r.runbook?.meta).toEqual({
      name: 'gert-style',
      governance: { evidence: { store_full_stdout: false } }
    })
  })

  it('keeps empty values that are data, not absent fields', () => {
    const text = [
      'apiVersion: runbook/v0',
      'meta: {name: data, vars: {pod: ""}}',
      'steps:',
      '  - id: a',
      '    type: cli',
      '    with: {argv: [echo, ""], env: {EMPTY: ""}}',
      '    assertions: [{equals: ""}, {json_path: {path: $.x, equals: null}}]'
    ].join('\n')
    const r = validateRunbookText(text, 'data.yaml')
    expect(r.diagnostics).toEqual([])
    expect(r.runbook?.meta.vars).toEqual({ pod: '' })
    expect(r.runbook?.steps[0]?.with).toEqual({ argv: ['echo', ''], env: { EMPTY: '' } })
    expect(r.runbook?.steps[0]?.assertions).toEqual([
      { equals: '' },
      { json_path: { path: '$.x', equals: null } }
    ])
  })

  it('reports every schema error, not only the first', () => {
    const text = [
      'apiVersion: runbook/v0',
      'meta: {name: many}',
      'steps:',
      '  - {id: a, type: cli, with: {argv: [ls]}, bogus: 1}',
      '  - {id: b, type: nope}',
      '  - {type: cli}'
    ].join('\n')
    const rules = validateRunbookText(text, 'm.yaml').diagnostics.map((d) => `${d.rule}@${d.line}`)
    expect(rules).toEqual(['schema-unknown-field@4', 'schema-enum@5', 'schema-required@6'])
  })

  it('accepts several templates per string with text around them', () => {
    const text = [
      'apiVersion: runbook/v0',
      'meta: {name: t, vars: {a: "1", b: "2"}}',
      'steps:',
      '  - {id: s, type: cli, with: {argv: [echo, "x={{ .a }},y={{.b}}-{{ .a }}"]}}'
    ].join('\n')
    expect(validateRunbookText(text, 't.yaml').diagnostics).toEqual([])
  })

  it('allows a capture of an earlier step in a later template', () => {
    const text = [
      'apiVersion: runbook/v0',
      'meta: {name: t}',
      'steps:',
      '  - {id: one, type: cli, with: {argv: [uname, -r]}, capture: {kernel: stdout}}',
      '  - {id: two, type: cli, with: {argv: [echo, "{{ .kernel }}"]}}'
    ].join('\n')
    expect(validateRunbookText(text, 't.yaml').diagnostics).toEqual([])
  })

  it('checks the templates of a matches pattern like any other, and the pattern around them', () => {
    const runbook = (pattern: string): string =>
      [
        'apiVersion: runbook/v0',
        'meta: {name: t, vars: {app: web}}',
        'steps:',
        `  - {id: one, type: cli, with: {argv: [uname]}, assertions: [{matches: '${pattern}'}]}`
      ].join('\n')
    const found = (pattern: string): string[] =>
      validateRunbookText(runbook(pattern), 't.yaml').diagnostics.map(
        (d) => `${d.rule} ${d.line}:${d.col} ${d.path}`
      )
    expect(found('^{{ .app }}-[a-z0-9]+$')).toEqual([])
    expect(found('^{{ .ap }}-')).toEqual([
      'template-unknown-var 4:72 steps[0].assertions[0].matches'
    ])
    expect(found('^{{ .app }}-(')).toEqual([
      'assertion-regex-invalid 4:72 steps[0].assertions[0].matches'
    ])
  })
})

describe('parseYamlSource through validateRunbookText', () => {
  it('says a binary file is binary, without echoing its bytes', () => {
    const r = validateRunbookText('apiVersion: runbook/v0\n\u0000\u0001ELF\u00ff', 'bin.yaml')
    expect(r.diagnostics.map((d) => `${d.rule} ${d.line}:${d.col} ${d.message}`)).toEqual([
      'file-unreadable 1:1 binary content (a NUL byte on line 2), expected a YAML text file'
    ])
  })

  it('says how to keep an unquoted number text, and does not print Infinity for 1e400', () => {
    const r = validateRunbookText(
      'apiVersion: runbook/v0\nmeta: {name: n}\nsteps:\n  - {id: a, type: cli, with: {argv: [uname, 12, 1e400]}, timeout: 30}\n',
      'n.yaml'
    )
    expect(r.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
      '4:45 expected a string, got an integer 12; quote it if it is meant as text ("...")',
      '4:49 expected a string, got a number out of range; quote it if it is meant as text ("...")',
      '4:67 expected a string, got an integer 30; quote it if it is meant as text ("...")'
    ])
  })

  it('reads merge keys as Go yaml.v3 does, and still locates errors in merged steps', () => {
    const text = [
      'apiVersion: runbook/v0',
      'meta: {name: m}',
      'steps:',
      '  - &base {id: a, type: cli, with: {argv: [uname]}, timeout: 5s}',
      '  - <<: *base',
      '    id: b',
      '    timeout: soon'
    ].join('\n')
    const r = validateRunbookText(text, 'm.yaml')
    expect(r.diagnostics.map((d) => `${d.rule} ${d.line}:${d.col} ${d.path}`)).toEqual([
      'duration-invalid 7:14 steps[1].timeout'
    ])
    const ok = validateRunbookText(text.replace('soon', '1m'), 'm.yaml')
    expect(ok.runbook?.steps[1]).toMatchObject({ id: 'b', type: 'cli', with: { argv: ['uname'] } })
  })
})

describe('loadRunbookFile', () => {
  it('reports a missing file as a located diagnostic', async () => {
    const r = await loadRunbookFile('no/such/runbook.yaml')
    expect(r.diagnostics).toEqual([
      {
        rule: 'file-unreadable',
        severity: 'error',
        message: 'no such file',
        file: 'no/such/runbook.yaml',
        line: 1,
        col: 1,
        path: ''
      }
    ])
  })

  it('pins the digest of the bytes it read', async () => {
    const r = await loadRunbookFile(fixture('runbooks', 'seed-003-example.yaml'))
    expect(r.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('validates every bundled example, each with a schema line for editors', async () => {
    const dir = join(ROOT, 'examples')
    const files = readdirSync(dir).filter(
      (f) => f.endsWith('.yaml') && !f.includes('.scenario') && !f.includes('.evidence')
    )
    expect(files.length).toBeGreaterThanOrEqual(3)
    for (const f of files) {
      const r = await loadRunbookFile(join(dir, f))
      expect({ f, errors: r.diagnostics.filter((d) => d.severity === 'error') }).toEqual({
        f,
        errors: []
      })
      expect(readFileSync(join(dir, f), 'utf8')).toMatch(
        /^# yaml-language-server: \$schema=\.\.\/schema\/runbook\.v0\.schema\.json$/m
      )
    }
  })
})
