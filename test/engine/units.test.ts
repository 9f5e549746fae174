import { Captures } from '../../src/engine/captures.js'
import fc from 'fast-check'
import { evaluateAssertions, readJsonPath } from '../../src/engine/assertions.js'
import { globToRegExp, matchesAnyGlob } from '../../src/engine/glob.js'
import { decideCommand } from '../../src/engine/governance.js'
import { parseVarFlags, resolveVars, VarError } from '../../src/engine/vars.js'
import { lookupIn, renderCliStep } from '../../src/engine/render.js'
import { compileRegex } from '../../src/runbook/index.js'
import type { CollectedOutput } from '../../src/engine/ports.js'
import { runbookFrom } from '../helpers/engine-fakes.js'

describe('vars', () => {
  const rb = runbookFrom(`apiVersion: runbook/v0
meta: {name: v, vars: {ns: default, TOKEN: "", region: eu}, governance: {deny_env_vars: ["TOKEN", "AWS_*"]}}
steps: [{id: a, type: cli, with: {argv: [echo, "{{ .ns }}{{ .TOKEN }}{{ .region }}"]}}]`)

  it('takes defaults, then same-named env vars, then --var flags', () => {
    const r = resolveVars(rb, { ns: 'from-env', region: 'us' }, { region: 'ap' })
    expect(r.vars).toEqual({ ns: 'from-env', TOKEN: '', region: 'ap' })
    expect(r.sources).toEqual({ ns: 'env', TOKEN: 'default', region: 'flag' })
  })

  it('keeps denied env vars out of templates and treats every denied value as a secret', () => {
    const r = resolveVars(
      rb,
      { TOKEN: 's3cr3t-token', AWS_SECRET_ACCESS_KEY: 'aws-key-123', HOME: '/root' },
      {}
    )
    expect(r.vars.TOKEN).toBe('')
    expect(r.denied).toEqual(['TOKEN'])
    expect(r.secrets.sort()).toEqual(['aws-key-123', 's3cr3t-token'])
  })

  it('refuses a --var the runbook does not declare, and malformed flags', () => {
    expect(() => resolveVars(rb, {}, { nope: 'x' })).toThrow(
      "--var nope: the runbook has no var 'nope'; its vars are: ns, TOKEN, region"
    )
    expect(() => parseVarFlags(['novalue'])).toThrow(VarError)
    expect(parseVarFlags(['a=b=c', 'e='])).toEqual({ a: 'b=c', e: '' })
  })

  it('property: a template value is always exactly one argv element, whatever it holds', () => {
    const step = rb.steps[0]
    if (step === undefined) throw new Error('no step')
    fc.assert(
      fc.property(fc.string(), fc.string(), (ns, region) => {
        const r = renderCliStep(rb, step, lookupIn({ ns, TOKEN: '', region }, Captures.empty))
        expect(r.argv).toEqual(['echo', `${ns}${region}`])
      })
    )
  })
})

describe('matches patterns', () => {
  const rb = runbookFrom(`apiVersion: runbook/v0
meta: {name: m, vars: {pod: x}}
steps: [{id: a, type: cli, with: {argv: [echo]}, assertions: [{matches: "^{{ .pod }}$"}, {contains: "{{ .pod }}"}]}]`)
  const step = rb.steps[0]
  if (step === undefined) throw new Error('no step')

  it('property: a value in a pattern matches itself literally, never as regex syntax', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (pod, other) => {
        const r = renderCliStep(rb, step, lookupIn({ pod }, Captures.empty))
        const compiled = compileRegex(r.assertions[0]?.matches ?? '')
        if (!compiled.ok) throw new Error(compiled.error)
        expect(compiled.regex.test(pod)).toBe(true)
        if (other !== pod) expect(compiled.regex.test(other)).toBe(false)
        expect(r.assertions[1]?.contains).toBe(pod)
      })
    )
  })

  it('quotes metacharacters: a.b matches a.b but not axb', () => {
    const r = renderCliStep(rb, step, lookupIn({ pod: 'a.b(1)' }, Captures.empty))
    expect(r.assertions[0]?.matches).toBe('^a\\.b\\(1\\)$')
  })
})

describe('glob', () => {
  it.each([
    ['AWS_*', 'AWS_SECRET', true],
    ['AWS_*', 'MY_AWS_X', false],
    ['*_TOKEN', 'GITHUB_TOKEN', true],
    ['TOKE?', 'TOKEN', true],
    ['[AB]X', 'BX', true],
    ['a.b', 'axb', false]
  ])('%s matches %s: %s', (glob, name, expected) => {
    expect(globToRegExp(glob).test(name)).toBe(expected)
    expect(matchesAnyGlob(name, ['none', glob])).toBe(expected)
  })
})

describe('decideCommand', () => {
  const gov = { allowed_commands: ['kubectl', 'ls'], denied_commands: ['rm'] }
  it('denies by resolved path and symlink target, and denial wins', () => {
    expect(decideCommand('./rm', { path: '/tmp/rm' }, gov)).toMatchObject({
      decision: 'denied',
      rule: 'denylist'
    })
    expect(decideCommand('/usr/bin/../bin/rm', { path: '/usr/bin/rm' }, gov)).toMatchObject({
      decision: 'denied'
    })
    expect(decideCommand('ls', { path: '/tmp/ls', realPath: '/usr/bin/rm' }, gov)).toMatchObject({
      decision: 'denied',
      reason: "'ls' (resolves to /tmp/ls -> /usr/bin/rm) matches denied_commands entry 'rm'"
    })
  })
  it('allows only what the allowlist names, by name or path', () => {
    expect(decideCommand('kubectl', { path: '/usr/local/bin/kubectl' }, gov)).toMatchObject({
      decision: 'allowed',
      rule: 'allowlist'
    })
    expect(decideCommand('curl', { path: '/usr/bin/curl' }, gov)).toMatchObject({
      decision: 'denied',
      rule: 'allowlist'
    })
    expect(decideCommand('curl', {}, undefined)).toMatchObject({
      decision: 'allowed',
      rule: 'no-allowlist'
    })
  })
})

describe('assertions', () => {
  const out = (text: string, needles: string[] = []): CollectedOutput => ({
    summary: {
      sha256: '',
      bytes: text.length,
      raw_bytes: text.length,
      head: text,
      tail: '',
      truncated: false
    },
    text,
    overflowed: false,
    seen: new Map(needles.map((n) => [n, text.includes(n)]))
  })
  const redact = (s: string) => s.replace(/hunter2/g, '<redacted>')

  it('evaluates every kind on the raw output and redacts what it reports', () => {
    const json = '{"status":{"phase":"Running","n":3},"items":[{"k":"v"}],"pw":"hunter2"}\n'
    const results = evaluateAssertions(
      [
        { contains: 'Running' },
        { not_contains: 'hunter2' },
        { matches: '"n":[0-9]+' },
        { exit_code: 0 },
        { json_path: { path: '$.status.phase', equals: 'Running' } },
        { json_path: { path: "$.items[0]['k']", equals: 'v' } },
        { json_path: { path: '$.pw', equals: 'x' } },
        { equals: 'nope' }
      ],
      { exitCode: 0, stdout: out(json, ['Running', 'hunter2']), redact }
    )
    expect(results.map((r) => `${r.kind}:${r.passed}`)).toEqual([
      'contains:true',
      'not_contains:false',
      'matches:true',
      'exit_code:true',
      'json_path:true',
      'json_path:true',
      'json_path:false',
      'equals:false'
    ])
    expect(results[1]?.expected).toBe('<redacted>')
    expect(results[6]?.actual).toBe('"<redacted>"')
    expect(JSON.stringify(results)).not.toContain('hunter2')
  })

  it('compares equals and matches without the trailing newline', () => {
    const r = evaluateAssertions([{ equals: 'Linux' }, { matches: '^[0-9]+$' }], {
      exitCode: 0,
      stdout: out('Linux\n'),
      redact
    })
    expect(r[0]?.passed).toBe(true)
    expect(
      evaluateAssertions([{ matches: '^[0-9]+$' }], { exitCode: 0, stdout: out('42\n'), redact })[0]
        ?.passed
    ).toBe(true)
  })

  it('fails honestly when the output was too large to keep', () => {
    const big: CollectedOutput = {
      ...out(''),
      text: undefined,
      overflowed: true,
      summary: { ...out('').summary, raw_bytes: 99_000_000 }
    }
    const [r] = evaluateAssertions([{ equals: 'x' }], { exitCode: 0, stdout: big, redact })
    expect(r).toMatchObject({
      passed: false,
      message: 'stdout is 99000000 bytes, more than can be held for a equals assertion'
    })
  })

  it('reads JSON paths and says which segment is missing', () => {
    expect(readJsonPath({ a: [{ b: 1 }] }, '$.a[0].b')).toEqual({ ok: true, value: 1 })
    expect(readJsonPath({ a: [] }, '$.a[0].b')).toEqual({
      ok: false,
      error: '$.a[0] does not exist'
    })
  })
})
