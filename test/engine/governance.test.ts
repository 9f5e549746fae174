import { startRun } from '../../src/engine/driver.js'
import { decideCommand, decideEnv } from '../../src/engine/governance.js'
import type { ResolvedCommand } from '../../src/engine/ports.js'
import { envHookReason } from '../../src/runbook/index.js'
import { fakeDeps, runbookFrom, ScriptedCli, START } from '../helpers/engine-fakes.js'

const RM: ResolvedCommand = {
  path: '/usr/bin/rm',
  realPath: '/usr/bin/rm',
  fileId: '1:10',
  sha256: 'r'.repeat(64)
}
const DF: ResolvedCommand = {
  path: '/usr/bin/df',
  realPath: '/usr/bin/df',
  fileId: '1:20',
  sha256: 'd'.repeat(64)
}
const at = (path: string, extra: Partial<ResolvedCommand> = {}): ResolvedCommand => ({
  path,
  realPath: path,
  fileId: `2:${path.length}`,
  sha256: 'x'.repeat(64),
  ...extra
})

describe('decideCommand: the binary that runs is the one the policy named', () => {
  const facts = { denied: [{ entry: 'rm', file: RM }], byName: DF }
  it.each([
    // [case, argv0, resolved, allowed, expected rule, decision]
    ['name on the run PATH', 'df', DF, ['df'], 'allowlist', 'allowed'],
    [
      'absolute spelling of the same file',
      '/bin/../usr/bin/df',
      DF,
      ['df'],
      'allowlist',
      'allowed'
    ],
    ['relative path to the same name', './df', at('/w/df'), ['df'], 'allowlist-path', 'denied'],
    [
      'absolute path to another file',
      '/tmp/x/df',
      at('/tmp/x/df'),
      ['df'],
      'allowlist-path',
      'denied'
    ],
    [
      'path entry: exactly that path',
      '/tmp/x/df',
      at('/tmp/x/df'),
      ['/tmp/x/df'],
      'allowlist',
      'allowed'
    ],
    ['hard link of rm', 'tidy', at('/w/tidy', { fileId: RM.fileId }), [], 'denied-file', 'denied'],
    ['copy of rm', 'neat', at('/w/neat', { sha256: RM.sha256 }), ['neat'], 'denied-file', 'denied'],
    [
      'new file by name',
      'fresh',
      at('/w/fresh', { newSinceStart: true }),
      [],
      'new-executable',
      'denied'
    ],
    [
      'new file by path entry',
      '/w/fresh',
      at('/w/fresh', { newSinceStart: true }),
      ['/w/fresh'],
      'allowlist',
      'allowed'
    ],
    ['denied by name', '/opt/rm', at('/opt/rm'), [], 'denylist', 'denied']
  ] as const)('%s', (_c, argv0, resolved, allowed, rule, decision) => {
    const gov = { allowed_commands: [...allowed], denied_commands: ['rm'] }
    expect(decideCommand(argv0, resolved, gov, facts)).toMatchObject({ rule, decision })
  })

  it('does not treat other applets of a multi-call binary as the denied one', () => {
    const systemctl = at('/usr/bin/systemctl')
    const f = {
      denied: [{ entry: 'shutdown', file: { ...systemctl, path: '/usr/sbin/shutdown' } }]
    }
    const gov = { denied_commands: ['shutdown'] }
    expect(decideCommand('systemctl', systemctl, gov, f).decision).toBe('allowed')
  })
})

describe('env hooks', () => {
  it.each([
    'PATH',
    'LD_PRELOAD',
    'LD_LIBRARY_PATH',
    'LD_AUDIT',
    'DYLD_INSERT_LIBRARIES',
    'NODE_OPTIONS',
    'BASH_ENV',
    'ENV',
    'GIT_CONFIG_COUNT',
    'GIT_CONFIG_GLOBAL',
    'GIT_EXEC_PATH',
    'GIT_SSH_COMMAND',
    'PYTHONPATH',
    'PYTHONSTARTUP',
    'PERL5OPT',
    'RUBYOPT',
    'JAVA_TOOL_OPTIONS',
    'PAGER'
  ])('%s is a hook', (name) => expect(envHookReason(name)).toBeDefined())

  it.each(['LANG', 'KUBECONFIG', 'HOME_DIR', 'GIT_AUTHOR_NAME', 'TZ', 'LDFLAGS'])(
    '%s is not',
    (name) => expect(envHookReason(name)).toBeUndefined()
  )

  it('the engine refuses a hook the validator never saw, and opting in lets it through', async () => {
    const runbook = runbookFrom(
      'apiVersion: runbook/v0\nmeta: {name: e}\nsteps:\n  - {id: a, type: cli, with: {argv: [df]}}\n'
    )
    const step = runbook.steps[0]
    step.with = { argv: ['df'], env: { LD_PRELOAD: '/tmp/evil.so' } }
    const cli = new ScriptedCli(() => ({ stdout: 'ok\n' }))
    const deps = fakeDeps(runbook, { cli })
    const state = await startRun(deps, { ...START, steps_total: 1, vars: {} })
    expect(cli.calls).toEqual([])
    expect(state.status).toBe('failed')
    expect(deps.store.records.find((r) => r.type === 'governance_decision')).toMatchObject({
      decision: 'denied',
      rule: 'env-hook'
    })
    step.with.allow_env_hooks = ['LD_PRELOAD']
    expect(decideEnv(step)).toBeUndefined()
  })
})

describe('preflight: the whole run is checked up front, one lookup per distinct command', () => {
  /** Counts lookups, and which of them came before the first command ran; `del` is a link to rm. */
  class CountingCli extends ScriptedCli {
    lookups: string[] = []
    override resolve(argv0: string): Promise<ResolvedCommand> {
      this.lookups.push(this.calls.length === 0 ? `before:${argv0}` : argv0)
      const realPath = `/usr/bin/${argv0 === 'del' ? 'rm' : argv0}`
      return Promise.resolve({ path: `/usr/bin/${argv0}`, realPath, fileId: realPath })
    }
  }
  const steps = (argv0s: string[]): string =>
    argv0s.map((a, i) => `  - {id: s${i}, type: cli, with: {argv: [${a}]}}`).join('\n')

  it('looks each command up once before the run, then once as each step runs', async () => {
    const runbook = runbookFrom(
      `apiVersion: runbook/v0\nmeta: {name: p, governance: {denied_commands: [rm]}}\nsteps:\n${steps(['df', 'df', 'du', 'df'])}\n`
    )
    const cli = new CountingCli(() => ({ stdout: 'ok\n' }))
    const state = await startRun(fakeDeps(runbook, { cli }), {
      ...START,
      steps_total: 4,
      vars: {}
    })
    expect(state.status).toBe('passed')
    // Preflight: df, du and the denied rm once each, however many steps name them (the first
    // step's own lookups also come before its command runs).
    const preflight = cli.lookups.filter((l) => l.startsWith('before:'))
    expect(preflight.filter((l) => l === 'before:df').length).toBe(2)
    expect(preflight.filter((l) => l === 'before:du').length).toBe(1)
    expect(preflight.filter((l) => l === 'before:rm').length).toBe(2)
    expect(cli.calls).toEqual([['df'], ['df'], ['du'], ['df']])
  })

  it('still refuses, before anything runs, a denied command in a later step', async () => {
    const runbook = runbookFrom(
      `apiVersion: runbook/v0\nmeta: {name: p, governance: {denied_commands: [rm]}}\nsteps:\n${steps(['df', 'df', 'del'])}\n`
    )
    const cli = new CountingCli(() => ({ stdout: 'ok\n' }))
    const state = await startRun(fakeDeps(runbook, { cli }), { ...START, steps_total: 3, vars: {} })
    expect(state.status).toBe('failed')
    expect(cli.calls).toEqual([])
    expect(cli.lookups.filter((l) => l === 'before:df').length).toBe(1)
  })
})
