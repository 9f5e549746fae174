// The scenario format, read as cli-replay's Go loader reads it: strict keys, Go-style scalars,
// call-bound defaults, groups, response files, templates and the checks replay adds.
import { parse, ruleLines, scenarioOf } from './helpers.js'

const leaf = (extra = '') => `
meta: {name: t}
steps:
  - match: {argv: [kubectl, get, pods]}
    respond: {stdout: ok}
${extra}`

describe('strict keys', () => {
  it.each([
    ['the top level', 'meta: {name: t}\nextra: 1\nsteps: [{match: {argv: [a]}}]', 'extra@2'],
    ['meta', 'meta: {name: t, owner: me}\nsteps: [{match: {argv: [a]}}]', 'owner@1'],
    ['a step', 'meta: {name: t}\nsteps:\n  - match: {argv: [a]}\n    retries: 2', 'retries@4'],
    ['match', 'meta: {name: t}\nsteps:\n  - match: {argv: [a], env: {}}', 'env@3'],
    [
      'respond',
      'meta: {name: t}\nsteps:\n  - match: {argv: [a]}\n    respond: {code: 1}',
      'code@4'
    ],
    [
      'a group wrapper',
      'meta: {name: t}\nsteps:\n  - group: {mode: unordered, steps: [{match: {argv: [a]}}]}\n    name: g',
      'name@4'
    ],
    [
      'a group',
      'meta: {name: t}\nsteps:\n  - group: {mode: unordered, order: 1, steps: [{match: {argv: [a]}}]}',
      'order@3'
    ]
  ])('refuses an unknown key in %s', (_, text, where) => {
    const r = parse(text)
    expect(r.scenario).toBeUndefined()
    const d = r.diagnostics.find((x) => x.rule === 'schema-unknown-field')
    expect(`${d?.message.match(/'(\w+)'/)?.[1]}@${d?.line}`).toBe(where)
  })
})

describe('values decoded like Go yaml.v3', () => {
  it('reads scalars in string fields as their source text, and null as empty', () => {
    const s = scenarioOf(`
meta: {name: t, vars: {port: 8080, on: true}}
steps:
  - match: {argv: [sleep, 5, 1.0, 0x10, true]}
    respond: {stdout: 42, stderr: ~}
`)
    expect(s.steps[0]?.argv.map((a) => a.text)).toEqual(['sleep', '5', '1.0', '0x10', 'true'])
    expect(s.vars).toEqual({ port: '8080', on: 'true' })
    expect(s.steps[0]?.stdout.parts).toEqual([{ kind: 'text', text: '42' }])
    expect(s.steps[0]?.stderr.parts).toEqual([])
  })

  it('treats a missing respond as exit 0 with no output, and refuses a quoted exit code', () => {
    const s = scenarioOf('meta: {name: t}\nsteps: [{match: {argv: [a]}}]')
    expect(s.steps[0]?.exit).toBe(0)
    const r = parse('meta: {name: t}\nsteps:\n  - match: {argv: [a]}\n    respond: {exit: "0"}')
    expect(ruleLines(r.diagnostics)).toEqual(['schema-type@4'])
    expect(ruleLines(parse(leaf().replace('stdout: ok', 'exit: 256')).diagnostics)).toEqual([
      'schema-range@5'
    ])
  })
})

describe('call bounds', () => {
  const bounds = (calls: string) =>
    parse(`meta: {name: t}\nsteps:\n  - match: {argv: [a]}\n    calls: ${calls}`)
  it.each([
    ['{min: 3}', [3, 3]],
    ['{max: 5}', [0, 5]],
    ['{min: 2, max: 0}', [2, 2]],
    ['{min: 0, max: 1}', [0, 1]],
    ['~', [1, 1]]
  ])('calls %s is [min, max] %j', (calls, expected) => {
    const s = bounds(calls).scenario
    expect(s?.steps.map((x) => [x.min, x.max])).toEqual([expected])
  })
  it.each(['{}', '{min: 0}', '{min: 4, max: 2}'])('calls %s is refused', (calls) => {
    expect(ruleLines(bounds(calls).diagnostics)).toEqual(['scenario-calls-bounds@4'])
  })
})

describe('groups', () => {
  it('names unnamed groups group-N, counting every group', () => {
    const s = scenarioOf(`
meta: {name: t}
steps:
  - group: {mode: unordered, name: first, steps: [{match: {argv: [a]}}]}
  - group: {mode: unordered, steps: [{match: {argv: [b]}}, {match: {argv: [c]}}]}
`)
    expect(s.groups).toEqual([
      { name: 'first', start: 0, end: 1 },
      { name: 'group-2', start: 1, end: 3 }
    ])
  })

  it('refuses nested groups, other modes and empty groups', () => {
    const r = parse(`
meta: {name: t}
steps:
  - group:
      mode: unordered
      steps:
        - match: {argv: [a]}
        - group: {mode: unordered, steps: [{match: {argv: [b]}}]}
  - group: {mode: ordered, steps: [{match: {argv: [c]}}]}
  - group: {mode: unordered, steps: []}
`)
    expect(ruleLines(r.diagnostics)).toEqual([
      'scenario-group-nested@8',
      'schema-enum@9',
      'schema-min-items@10'
    ])
  })
})

describe('responses', () => {
  it('reads *_file relative to the scenario, and locates a missing one', () => {
    const text = `
meta: {name: t}
steps:
  - match: {argv: [a]}
    respond: {stdout_file: out/pods.txt}
  - match: {argv: [b]}
    respond:
      stderr_file: missing.txt
`
    const s = scenarioOf(text, { 'out/pods.txt': 'web-0 {{ .capture.x }}\n', 'missing.txt': '' })
    expect(s.steps[0]?.stdout).toEqual({
      parts: [
        { kind: 'text', text: 'web-0 ' },
        { kind: 'capture', name: 'x' },
        { kind: 'text', text: '\n' }
      ],
      file: '/s/out/pods.txt'
    })
    const r = parse(text)
    expect(ruleLines(r.diagnostics)).toEqual(['scenario-file-missing@5', 'scenario-file-missing@8'])
    expect(r.diagnostics[1]?.path).toBe('steps[1].respond.stderr_file')
  })

  it('refuses template actions replay cannot render, and warns about unknown names', () => {
    const r = parse(`
meta: {name: t, vars: {ns: prod}}
steps:
  - match: {argv: [a]}
    respond: {stdout: '{{ .ns | upper }}'}
  - match: {argv: [b]}
    respond: {stdout: '{{ .zone }} {{ .capture.nope }} {{ "{{" }} {{- /* c */ -}} x'}
`)
    expect(ruleLines(r.diagnostics)).toEqual([
      'scenario-template-unsupported@5',
      'scenario-template-unknown-capture@7',
      'scenario-template-unknown-var@7'
    ])
    expect(r.diagnostics[0]?.message).toContain("'{{ .ns | upper }}'")
  })

  it('parses delays as Go durations and refuses capture names Go would refuse', () => {
    const s = scenarioOf(leaf().replace('stdout: ok', 'delay: 1.5s'))
    expect(s.steps[0]?.delayMs).toBe(1500)
    const r = parse(`
meta: {name: t, session: {ttl: 0s}}
steps:
  - match: {argv: [a]}
    respond: {delay: soon, capture: {my-id: x}}
`)
    expect(ruleLines(r.diagnostics)).toEqual([
      'scenario-duration-invalid@2',
      'scenario-duration-invalid@5',
      'scenario-capture-id@5'
    ])
  })
})

describe('argv matchers and security', () => {
  it('refuses an invalid regex and warns about matchers inside a larger element', () => {
    const r = parse(`
meta: {name: t}
steps:
  - match: {argv: [a, '{{ .regex "([" }}', '--x={{ .any }}']}
`)
    expect(ruleLines(r.diagnostics)).toEqual([
      'scenario-regex-invalid@4',
      'scenario-matcher-partial@4'
    ])
  })

  it('refuses a step whose command the scenario itself does not allow', () => {
    const r = parse(`
meta: {name: t, security: {allowed_commands: [kubectl]}}
steps:
  - match: {argv: [kubectl, get]}
  - match: {argv: [/usr/bin/helm, list]}
`)
    expect(ruleLines(r.diagnostics)).toEqual(['scenario-command-not-allowed@5'])
  })

  it('loads a step with when, warning that it is ignored as in cli-replay', () => {
    const r = parse(leaf('    when: "{{ .capture.ok }}"'))
    expect(r.scenario).toBeDefined()
    expect(ruleLines(r.diagnostics)).toEqual(['scenario-when-ignored@6'])
  })
})

describe("gert's scenario shape", () => {
  it('becomes strict-order, exactly-once steps plus evidence-file inputs', () => {
    const s = scenarioOf(`
commands:
  - {argv: [uname, -r], stdout: "6.1.0\\n", exit_code: 0}
  - {argv: [echo, '{{ .any }}'], stderr: boom, exit_code: 3}
evidence:
  review:
    ticket: {kind: text, value: INC-1}
    checks: {kind: checklist, items: {logs read: true, paged: false}}
    shot: {kind: attachment, path: shots/a.png, sha256: abc, size: 3}
`)
    expect(s.format).toBe('gert')
    expect(s.name).toBe('scenario')
    expect(s.steps.map((x) => [x.argv.map((a) => a.kind), x.exit, x.min, x.max])).toEqual([
      [['literal', 'literal'], 0, 1, 1],
      [['literal', 'literal'], 3, 1, 1]
    ])
    expect(s.evidence).toEqual({
      review: {
        evidence: [
          { name: 'ticket', kind: 'text', value: 'INC-1' },
          { name: 'checks', kind: 'checklist', items: ['logs read'] },
          { name: 'shot', kind: 'attachment', path: '/s/shots/a.png' }
        ],
        approvals: []
      }
    })
  })

  it('refuses unknown keys and an empty scenario', () => {
    expect(ruleLines(parse('commands:\n  - {argv: [a], exit: 1}').diagnostics)).toEqual([
      'schema-unknown-field@2'
    ])
    expect(ruleLines(parse('commands: []').diagnostics)).toEqual(['scenario-gert-empty@1'])
  })
})
