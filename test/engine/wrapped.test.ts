// Commands that run other commands: the engine holds what they run to the deny and allow lists,
// refuses env hooks a wrapper sets, and asks for confirmation where argv does not show what runs.
import { startRun } from '../../src/engine/driver.js'
import type { TraceRecord } from '../../src/engine/events.js'
import { fakeDeps, runbookFrom, ScriptedCli, START } from '../helpers/engine-fakes.js'

async function run(argv: string[], governance = 'denied_commands: [rm]') {
  const runbook = runbookFrom(
    `apiVersion: runbook/v0\nmeta: {name: w, governance: {${governance}}}\nsteps:\n  - {id: a, type: cli, with: {argv: ${JSON.stringify(argv)}}}\n`
  )
  const cli = new ScriptedCli(() => ({ stdout: 'ok\n' }))
  const deps = fakeDeps(runbook, { cli })
  const state = await startRun(deps, { ...START, steps_total: 1, vars: {} })
  const decision = deps.store.records.find(
    (r): r is Extract<TraceRecord, { type: 'governance_decision' }> =>
      r.type === 'governance_decision'
  )
  return { state, decision, calls: cli.calls }
}

// Every wrapper of the table runs `rm` here: the denylist must see it.
const WRAPPING_RM: string[][] = [
  ['timeout', '5', 'rm', '-rf', '/x'],
  ['timeout', '-s', 'KILL', '5', 'rm', 'x'],
  ['sudo', '-u', 'root', 'rm', 'x'],
  ['sudo', 'A=1', 'rm', 'x'],
  ['doas', '-u', 'root', 'rm', 'x'],
  ['env', 'A=1', 'rm', 'x'],
  ['env', '-S', 'rm -rf /x'],
  ['env', '-u', 'HOME', '--', 'rm', 'x'],
  ['nice', '-n', '5', 'rm', 'x'],
  ['ionice', '-c', '3', 'rm', 'x'],
  ['nohup', 'rm', 'x'],
  ['setsid', 'rm', 'x'],
  ['time', 'rm', 'x'],
  ['stdbuf', '-o', 'L', 'rm', 'x'],
  ['chroot', '/mnt', 'rm', 'x'],
  ['flock', '/tmp/lock', 'rm', 'x'],
  ['flock', '-w', '3', '/tmp/lock', 'rm', 'x'],
  ['flock', '-c', 'rm x', '/tmp/lock'],
  ['taskset', '0x1', 'rm', 'x'],
  ['taskset', '-c', '0', 'rm', 'x'],
  ['prlimit', '--nofile=10', 'rm', 'x'],
  ['chrt', '-f', '10', 'rm', 'x'],
  ['setpriv', '--reuid=1000', 'rm', 'x'],
  ['unshare', '-m', 'rm', 'x'],
  ['nsenter', '-t', '1', '-m', 'rm', 'x'],
  ['runuser', '-u', 'nobody', '--', 'rm', 'x'],
  ['systemd-run', '--uid=0', '-p', 'X=1', 'rm', 'x'],
  ['xargs', 'rm'],
  ['xargs', '-n', '1', 'rm', '-f'],
  ['find', '/tmp', '-name', 'x', '-exec', 'rm', '{}', ';'],
  ['find', '/tmp', '-execdir', 'rm', '{}', '+'],
  ['watch', '-n', '1', 'rm', 'x'],
  ['watch', '-x', 'rm', 'x'],
  ['strace', '-o', 'out', 'rm', 'x'],
  ['ltrace', 'rm', 'x'],
  ['valgrind', '--tool=memcheck', 'rm', 'x'],
  ['busybox', 'rm', 'x'],
  ['/lib64/ld-linux-x86-64.so.2', '--preload', 'x.so', '/bin/rm', 'x'],
  ['ssh', '-i', 'key', 'host', 'rm', '-rf', '/x'],
  ['bash', '-c', 'rm -rf /x'],
  ['sh', '-ec', 'rm x'],
  ['sudo', 'timeout', '5', 'nice', 'rm', 'x'],
  ['/usr/bin/timeout', '5', '/usr/bin/../bin/rm', 'x']
]

describe('wrapped commands meet the denylist', () => {
  it.each(WRAPPING_RM.map((a) => [a.join(' '), a] as const))('%s', async (_s, argv) => {
    const { state, decision, calls } = await run(argv)
    expect(calls).toEqual([])
    expect(state.status).toBe('failed')
    expect(decision).toMatchObject({ decision: 'denied', rule: 'denylist' })
    expect(decision?.reason).toMatch(/^'[^']+' runs '[^']*rm' .*denied_commands entry 'rm'/)
  })

  it.each([
    [['env', 'LD_PRELOAD=/tmp/x.so', 'df']],
    [['sudo', 'PATH=/tmp', 'df']],
    [['env', 'GIT_SSH_COMMAND=sh', 'git', 'fetch']]
  ])('%j: a hook a wrapper sets is refused like one in with.env', async (argv) => {
    const { decision, calls } = await run(argv, '')
    expect(calls).toEqual([])
    expect(decision).toMatchObject({ decision: 'denied', rule: 'env-hook' })
  })

  it('holds the wrapped command to the allowlist as well', async () => {
    const { decision } = await run(['timeout', '5', 'uname'], 'allowed_commands: [timeout, df]')
    expect(decision).toMatchObject({ decision: 'denied', rule: 'allowlist' })
    expect(decision?.reason).toContain("'timeout' runs 'uname'")
    const ok = await run(['timeout', '5', 'df'], 'allowed_commands: [timeout, df]')
    expect(ok.calls).toEqual([['timeout', '5', 'df']])
  })
})

// What these run cannot be read from argv: the step needs a confirmation (here none is available,
// so the run pauses before anything runs).
const UNREADABLE: string[][] = [
  ['make', 'install'],
  ['vi', 'notes'],
  ['less', 'log'],
  ['man', '-P', 'sh', 'ls'],
  ['gdb', '-batch', '-ex', 'shell id'],
  ['git', '-c', 'alias.st=!rm -rf /', 'st'],
  ['git', '-c', 'core.pager=sh', 'log'],
  ['bash', '-c', 'df; rm -rf /x'],
  ['sh', 'script.sh'],
  ['python3', 'fix.py'],
  ['flock', '-c', 'a && b', '/tmp/lock'],
  ['sudo', '-i'],
  ['ssh', 'host'],
  ['ssh', 'host', 'df | head'],
  ['watch', 'df | head'],
  ['find', '.', '-exec', '{}', ';'],
  ['xargs', '-I{}', '{}'],
  ['nsenter', '-t', '1', '-a'],
  ['su', '-c', 'id']
]

describe('where argv does not show the command, the step needs confirmation', () => {
  it.each(UNREADABLE.map((a) => [a.join(' '), a] as const))('%s', async (_s, argv) => {
    const { state, decision, calls } = await run(argv, '')
    expect(calls).toEqual([])
    expect(decision).toMatchObject({ decision: 'allowed', confirmation_required: true })
    expect(decision?.unreadable).toEqual(expect.any(String))
    expect(state.status).toBe('paused')
    expect(state.pending).toMatchObject({ kind: 'confirmation' })
  })

  it.each([
    [['timeout', '5', 'df']],
    [['git', 'log', '-c']],
    [['bash', '-c', 'df -h']],
    [['find', '.', '-name', 'x']]
  ])('%j runs without one', async (argv) => {
    const { decision, calls } = await run(argv, '')
    expect(decision).toMatchObject({ decision: 'allowed', confirmation_required: false })
    expect(calls).toEqual([argv])
  })
})
