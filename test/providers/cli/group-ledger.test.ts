// The group ledger: what the runner writes while a command runs, and what a resume ends. The file
// is not hash-chained: only a group on this machine, still led by the process recorded, whose
// leader runs the command of the step the trace shows in flight, is signalled. Each forged or stale
// .group below names a live group of this user on this host with its true start time.
import { execFileSync, spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  endLeftoverGroup,
  GroupLedger,
  NodeProcessRunner
} from '../../../src/providers/cli/index.js'
import type { StepCommand } from '../../../src/providers/cli/index.js'
import { bin, isGone, spec } from './run-helpers.js'

let dir: string
const live: number[] = []
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-'))
})
afterEach(() => {
  for (const pid of live.splice(0)) {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      // gone
    }
  }
  rmSync(dir, { recursive: true, force: true })
})

/** `argv` leading a group of its own, spawned as the runner spawns a step's command. */
async function group(argv = ['sleep', '30'], env = process.env): Promise<number> {
  const [first = '', ...rest] = argv
  const child = spawn(executableOf(first), rest, {
    argv0: first,
    detached: true,
    stdio: 'ignore',
    env
  })
  await new Promise((res) => child.once('spawn', res))
  child.unref()
  live.push(child.pid as number)
  return child.pid as number
}
/** The real path a step's argv[0] resolves to: a fixture script, else a command on PATH. */
const executableOf = (name: string) =>
  realpathSync(
    existsSync(bin(name))
      ? bin(name)
      : execFileSync('sh', ['-c', 'command -v "$0"', name], { encoding: 'utf8' }).trim()
  )
const path = () => join(dir, '.group')
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** The .group a runner writes for `pid`: this host, the leader's true start time. */
function record(pid: number): void {
  const ledger = new GroupLedger()
  ledger.attach(path())
  ledger.started(pid)
}
/** The step the trace shows in flight. */
const step = (argv = ['sleep', '30'], over: Partial<StepCommand> = {}): StepCommand => ({
  stepId: 'held',
  argv,
  executable: executableOf(argv[0] ?? ''),
  startedAtMs: Date.now() - 5000,
  ...over
})
const left = (pid: number, why: string) => ({ pgid: pid, ended: false, why })

it('names the group while the command runs and forgets it when the group is gone', async () => {
  const ledger = new GroupLedger()
  ledger.attach(path())
  let seen: unknown
  const runner = new NodeProcessRunner({
    ledger: {
      started: (pid, ticks) => {
        ledger.started(pid, ticks)
        seen = JSON.parse(readFileSync(path(), 'utf8'))
      },
      ended: () => ledger.ended()
    }
  })
  const out = await runner.run(spec(['/bin/sh', '-c', 'exit 0'], { cwd: dir }))
  expect(out.exitCode).toBe(0)
  const entry = seen as { host: unknown; pgid: unknown; start: unknown }
  expect(entry.host).toBe(hostname())
  expect(typeof entry.pgid).toBe('number')
  expect(typeof entry.start).toBe('string')
  // The group is gone: the record is blanked in place (no file made or removed per step).
  expect(readFileSync(path(), 'utf8').trim()).toBe('')
  // A second step writes over the same record; the run's end removes the file.
  await runner.run(spec(['/bin/sh', '-c', 'exit 0'], { cwd: dir }))
  expect((seen as { pgid: unknown }).pgid).not.toBe(entry.pgid)
  expect(readFileSync(path(), 'utf8').trim()).toBe('')
  ledger.close()
  expect(existsSync(path())).toBe(false)
})

it('a blanked record (the last group recorded is gone) names nothing to end', async () => {
  const pid = await group()
  const ledger = new GroupLedger()
  ledger.attach(path())
  ledger.started(pid)
  ledger.ended()
  await expect(endLeftoverGroup(path(), step(), 2000)).resolves.toBeUndefined()
  expect(isGone(pid)).toBe(false)
  expect(existsSync(path())).toBe(false)
})

it("ends the group the ledger names when its leader runs the in-flight step's command", async () => {
  const pid = await group()
  record(pid)
  await expect(endLeftoverGroup(path(), step(), 2000)).resolves.toEqual({ pgid: pid, ended: true })
  expect(isGone(pid)).toBe(true)
  expect(existsSync(path())).toBe(false)
  // A script: the interpreter runs the spawned file with the rest of argv.
  const flag = join(dir, 'holding')
  writeFileSync(flag, '')
  const env = { ...process.env, HOLD_PIDS: join(dir, 'pids'), HOLD_WHILE: flag }
  const script = await group(['hold.sh', 'x y'], env)
  record(script)
  await expect(endLeftoverGroup(path(), step(['hold.sh', 'x y']), 2000)).resolves.toEqual({
    pgid: script,
    ended: true
  })
  expect(isGone(script)).toBe(true)
})

describe('leaves alone, and says why, a live group of this user on this host with the right start time', () => {
  it('when its leader runs another command than the step', async () => {
    const pid = await group()
    const notStep = left(pid, "its leader does not run the command of step 'held'")
    for (const other of [
      step(['sleep', '31']),
      step(['sleep', '30', '']),
      step(['sleep']),
      step(['sleep', '30'], { executable: realpathSync(bin('hold.sh')) }),
      step(['hold.sh', '30'])
    ]) {
      record(pid)
      await expect(endLeftoverGroup(path(), other, 2000)).resolves.toEqual(notStep)
      expect(existsSync(path())).toBe(false)
    }
    expect(isGone(pid)).toBe(false)
  })

  it('when the trace shows no step in flight', async () => {
    const pid = await group()
    record(pid)
    const why = "the run's trace shows no cli step running"
    await expect(endLeftoverGroup(path(), why, 2000)).resolves.toEqual(left(pid, why))
    expect(isGone(pid)).toBe(false)
    expect(existsSync(path())).toBe(false)
  })

  it('when its leader started before the step did, or long after', async () => {
    const pid = await group()
    record(pid)
    await expect(
      endLeftoverGroup(path(), step(undefined, { startedAtMs: Date.now() + 60_000 }), 2000)
    ).resolves.toEqual(left(pid, "its leader started before step 'held' did"))
    record(pid)
    await expect(
      endLeftoverGroup(path(), step(undefined, { startedAtMs: Date.now() - 3_600_000 }), 2000)
    ).resolves.toEqual(left(pid, "its leader started over 10 minutes after step 'held' did"))
    expect(isGone(pid)).toBe(false)
  })

  it('when its leader has exited or replaced itself (exec), which cannot be shown to be the step', async () => {
    // `sh -c 'sleep 30 & exec sleep 29'`: the leader comes to run `sleep 29`; then it exits.
    const pid = await group(['sh', '-c', 'sleep 30 & exec sleep 29'])
    const cmdline = () => readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    for (let i = 0; i < 500 && !cmdline().startsWith('sleep'); i++) await pause(10)
    record(pid)
    await expect(
      endLeftoverGroup(path(), step(['sh', '-c', 'sleep 30 & exec sleep 29']), 2000)
    ).resolves.toEqual(left(pid, "its leader does not run the command of step 'held'"))
    record(pid)
    process.kill(pid, 'SIGKILL')
    for (let i = 0; i < 100 && !isGone(pid); i++) await pause(10)
    await expect(
      endLeftoverGroup(path(), step(['sh', '-c', 'sleep 30 & exec sleep 29']), 2000)
    ).resolves.toEqual(left(pid, "its leader has exited, so it cannot be shown to run step 'held'"))
  })

  it('when its number now leads a process started at another time', async () => {
    const pid = await group()
    writeFileSync(path(), JSON.stringify({ pgid: pid, host: hostname(), start: '1' }))
    await expect(endLeftoverGroup(path(), step(), 2000)).resolves.toEqual(
      left(pid, 'its number now leads a process started at another time')
    )
    expect(isGone(pid)).toBe(false)
    expect(existsSync(path())).toBe(false)
  })

  it("when it is another machine's, and ignores what the runner did not write", async () => {
    const pid = await group()
    writeFileSync(path(), JSON.stringify({ pgid: pid, host: `not-${hostname()}` }))
    await expect(endLeftoverGroup(path(), step(), 2000)).resolves.toEqual(
      left(pid, `it was recorded on host "not-${hostname()}", not this one`)
    )
    for (const text of [
      '',
      '{',
      '{"pgid":1,"host":"x"}',
      `{"pgid":"${pid}","host":"${hostname()}"}`
    ]) {
      writeFileSync(path(), text)
      await expect(endLeftoverGroup(path(), step(), 2000)).resolves.toBeUndefined()
    }
    expect(isGone(pid)).toBe(false)
  })
})

it('reads and writes only a regular file of its own: never through a link, never blocking on a FIFO, never a large file', async () => {
  const pid = await group()
  const kept = join(dir, 'kept.txt')
  writeFileSync(kept, 'keep')
  const planted: Array<() => void> = [
    () => symlinkSync('/dev/zero', path()),
    () => symlinkSync(kept, path()),
    () => execFileSync('mkfifo', [path()]),
    () => mkdirSync(join(path(), 'inside'), { recursive: true }),
    () =>
      writeFileSync(path(), JSON.stringify({ pgid: pid, host: hostname(), pad: ' '.repeat(5000) }))
  ]
  for (const plant of planted) {
    plant()
    // The runner writes nothing through it and does not wait on it.
    const ledger = new GroupLedger()
    ledger.attach(path())
    ledger.started(pid)
    ledger.ended()
    // The run's end removes whatever is there (a link, not its target).
    ledger.close()
    expect(existsSync(path())).toBe(false)
    plant()
    await expect(endLeftoverGroup(path(), step(), 2000)).resolves.toBeUndefined()
    expect(existsSync(path())).toBe(false)
  }
  expect(readFileSync(kept, 'utf8')).toBe('keep')
  expect(isGone(pid)).toBe(false)
})
