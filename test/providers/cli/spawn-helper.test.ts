// The spawn helper itself: who starts the command, what may not influence it, and what happens
// when it cannot be used or dies. (runner-suite.ts checks every process guarantee through it.)
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { NodeProcessRunner } from '../../../src/providers/cli/index.js'
import { FrameReader, MAX_FRAME } from '../../../src/providers/cli/spawn-helper/frames.js'
import { HelperLauncher } from '../../../src/providers/cli/spawn-helper/helper-launcher.js'
import { goneWithin, killIfAlive, PATH, run, spec, which } from './run-helpers.js'

const PYTHON = '/usr/bin/python3'
const made: NodeProcessRunner[] = []
const victims: number[] = []
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'spawn-helper-'))
})
afterAll(() => {
  for (const runner of made) runner.close()
  killIfAlive(victims.map((pid) => -pid))
  rmSync(dir, { recursive: true, force: true })
})

function withLauncher(launcher: HelperLauncher): NodeProcessRunner {
  const runner = new NodeProcessRunner({ killGraceMs: 300, lingerMs: 200, launcher })
  made.push(runner)
  return runner
}

/** The command's parent pid and the parent's name, as the command itself sees them. */
async function parentOf(runner: NodeProcessRunner): Promise<{ ppid: number; comm: string }> {
  const sh = await which('sh')
  const { stdout, outcome } = await run(
    spec([sh, '-c', 'echo $PPID; cat /proc/$PPID/comm'], { env: { PATH } }),
    runner
  )
  expect(outcome.exitCode).toBe(0)
  const [ppid, comm] = stdout.trim().split('\n')
  return { ppid: Number(ppid), comm: comm ?? '' }
}

describe('the spawn helper', () => {
  it('has /usr/bin/python3 on this machine (.ci/run installs it)', () => {
    expect(existsSync(PYTHON)).toBe(true)
  })

  it('starts commands from python3, not from this process', async () => {
    const launcher = new HelperLauncher({ warmup: 0 })
    const { ppid, comm } = await parentOf(withLauncher(launcher))
    expect(launcher.unavailable).toBeUndefined()
    expect(ppid).not.toBe(process.pid)
    expect(comm).toMatch(/^python3/)
    // One helper for the whole run: the next command has the same parent.
    expect((await parentOf(withLauncher(launcher))).ppid).toBe(ppid)
  })

  it("takes over from a run's third command: one or two never start python3", async () => {
    const launcher = new HelperLauncher()
    const runner = withLauncher(launcher)
    const parents = []
    for (let i = 0; i < 4; i++) parents.push((await parentOf(runner)).ppid)
    expect(parents.slice(0, 2)).toEqual([process.pid, process.pid])
    expect(parents[2]).not.toBe(process.pid)
    expect(parents[3]).toBe(parents[2])
    expect(launcher.unavailable).toBeUndefined()
  })

  it('is never taken from PATH, and nothing in the environment reaches it', async () => {
    // A python3 on PATH, PYTHONPATH and PYTHONSTARTUP pointing at code that leaves a mark.
    const mark = join(dir, 'hijacked')
    const fake = join(dir, 'bin')
    const lib = join(dir, 'lib')
    for (const d of [fake, lib]) rmSync(d, { recursive: true, force: true })
    writeFileSync(join(dir, 'startup.py'), `open(${JSON.stringify(mark)}, 'w').write('x')\n`)
    const { mkdirSync } = await import('node:fs')
    mkdirSync(fake)
    mkdirSync(lib)
    writeFileSync(join(fake, 'python3'), `#!/bin/sh\necho x > ${mark}\nexec ${PYTHON} "$@"\n`)
    chmodSync(join(fake, 'python3'), 0o755)
    copyFileSync(join(dir, 'startup.py'), join(lib, 'sitecustomize.py'))
    copyFileSync(join(dir, 'startup.py'), join(lib, 'struct.py'))
    const saved = { ...process.env }
    Object.assign(process.env, {
      PATH: `${fake}:${PATH}`,
      PYTHONPATH: lib,
      PYTHONSTARTUP: join(dir, 'startup.py'),
      PYTHONHOME: lib
    })
    try {
      const launcher = new HelperLauncher({ warmup: 0 })
      const { comm } = await parentOf(withLauncher(launcher))
      expect(launcher.unavailable).toBeUndefined()
      expect(comm).toMatch(/^python3/)
    } finally {
      process.env = saved
    }
    expect(existsSync(mark)).toBe(false)
  })

  it('is not used when no trusted python3 exists: commands start directly, as well', async () => {
    const writable = join(dir, 'python3-writable')
    copyFileSync(PYTHON, writable)
    chmodSync(writable, 0o777)
    const launcher = new HelperLauncher({ warmup: 0, python: ['/nonexistent/python3', writable] })
    const { ppid } = await parentOf(withLauncher(launcher))
    expect(ppid).toBe(process.pid)
    expect(launcher.unavailable).toMatch(/no trusted python3/)
  })

  it('is not used when python3 cannot run it, and says why', async () => {
    // A trusted file that is not a python3 able to run the helper.
    const launcher = new HelperLauncher({ warmup: 0, python: [await which('true')] })
    const { ppid } = await parentOf(withLauncher(launcher))
    expect(ppid).toBe(process.pid)
    expect(launcher.unavailable).toMatch(/spawn helper exited/)
  })

  it('is not used when python3 does not speak its protocol', async () => {
    // `echo` writes its arguments: never a frame the helper would send (or it exits first).
    const launcher = new HelperLauncher({ warmup: 0, python: [await which('echo')] })
    const { ppid } = await parentOf(withLauncher(launcher))
    expect(ppid).toBe(process.pid)
    expect(launcher.unavailable).toMatch(/broke its protocol|exited/)
  })

  it('refuses a frame longer than any the helper sends, instead of buffering it', () => {
    const reader = new FrameReader()
    expect(reader.push(Buffer.from([0x4f, 0, 0, 0, 1, 0x61]))).toHaveLength(1)
    const huge = Buffer.alloc(5)
    huge.write('O')
    huge.writeUInt32BE(MAX_FRAME + 1, 1)
    expect(() => reader.push(huge)).toThrow(/a frame of/)
  })

  it('leaves to Node what posix_spawn reads differently: the same result either way', async () => {
    const sh = await which('sh')
    const direct = new NodeProcessRunner({ launcher: 'direct' })
    const helper = withLauncher(new HelperLauncher({ warmup: 0 }))
    const cases = [
      spec(['', '-c', 'echo empty-argv0'], { executable: sh }),
      spec(['sh', '-c', 'env | grep -c "^=" || true'], {
        executable: sh,
        env: { '=X': 'y', PATH }
      }),
      spec(['sh', '-c', 'echo relative'], { executable: 'sh', env: { PATH } })
    ]
    for (const c of cases) {
      const [a, b] = [await run(c, direct), await run(c, helper)]
      expect({
        argv: c.argv,
        out: b.stdout,
        code: b.outcome.exitCode,
        err: b.outcome.spawnError
      }).toEqual({
        argv: c.argv,
        out: a.stdout,
        code: a.outcome.exitCode,
        err: a.outcome.spawnError
      })
    }
  })

  it('runs a script without #! the way Node does, instead of refusing it (ENOEXEC)', async () => {
    const script = join(dir, 'no-shebang')
    writeFileSync(script, 'echo from-sh "$@"\n')
    chmodSync(script, 0o755)
    const helper = await run(spec([script, 'a b']), withLauncher(new HelperLauncher({ warmup: 0 })))
    const direct = await run(
      spec([script, 'a b']),
      new NodeProcessRunner({ killGraceMs: 300, lingerMs: 200, launcher: 'direct' })
    )
    expect(helper.outcome.exitCode).toBe(direct.outcome.exitCode)
    expect(helper.stdout).toBe(direct.stdout)
    expect(helper.stdout).toBe('from-sh a b\n')
  })

  it('killed during a step: the step ends, its group is ended, later commands start directly', async () => {
    const launcher = new HelperLauncher({ warmup: 0 })
    const runner = withLauncher(launcher)
    const sh = await which('sh')
    let helperPid = 0
    const running = run(
      spec([sh, '-c', 'sleep 1000 & echo $! $PPID; wait'], {
        env: { PATH },
        onStdout: (chunk) => {
          const [grandchild, parent] = chunk.toString().trim().split(' ').map(Number)
          victims.push(grandchild ?? 0)
          helperPid = parent ?? 0
          process.kill(helperPid, 'SIGKILL')
        }
      }),
      runner
    )
    const { outcome, stdout } = await running
    expect(helperPid).toBeGreaterThan(0)
    expect(outcome.signal).toBe('SIGKILL')
    const grandchild = Number(stdout.split(' ')[0])
    expect(await goneWithin(grandchild, 3000)).toBe(true)
    expect((await parentOf(runner)).ppid).toBe(process.pid)
    expect(launcher.unavailable).toMatch(/spawn helper exited/)
  })

  it('ends when the runner is closed, and kills nothing that already ended', async () => {
    const launcher = new HelperLauncher({ warmup: 0 })
    const runner = withLauncher(launcher)
    const { ppid } = await parentOf(runner)
    runner.close()
    expect(await goneWithin(ppid, 3000)).toBe(true)
  })
})

/** A Node process running one step through the helper; the pids the step wrote, once written. */
async function victimRun(
  name: string,
  shell: string,
  consumer: string
): Promise<{ victim: ChildProcess; pids: number[] }> {
  const script = join(dir, `${name}.mts`)
  const pidFile = join(dir, `${name}-pids`)
  writeFileSync(
    script,
    [
      `import { NodeProcessRunner } from ${JSON.stringify(join(process.cwd(), 'src/providers/cli/index.ts'))}`,
      `import { HelperLauncher } from ${JSON.stringify(join(process.cwd(), 'src/providers/cli/spawn-helper/helper-launcher.ts'))}`,
      'const runner = new NodeProcessRunner({ launcher: new HelperLauncher({ warmup: 0 }) })',
      'await runner.run({',
      `  executable: ${JSON.stringify(await which('sh'))},`,
      `  argv: ['sh', '-c', 'sleep 1000 & echo $! $$ $PPID > ${pidFile}.tmp; mv ${pidFile}.tmp ${pidFile}; ${shell}'],`,
      `  env: { PATH: ${JSON.stringify(PATH)} }, cwd: '/', signal: new AbortController().signal,`,
      `  onStdout: ${consumer}, onStderr: () => undefined`,
      '})',
      ''
    ].join('\n')
  )
  const { spawn } = await import('node:child_process')
  const victim = spawn(process.execPath, ['--import', 'tsx', script], { stdio: 'ignore' })
  const deadline = Date.now() + 20_000
  while (!existsSync(pidFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25))
  const pids = readFileSync(pidFile, 'utf8').trim().split(' ').map(Number)
  victims.push(pids[1] as number)
  return { victim, pids }
}

describe('the spawn helper and a kill -9 of the runbook process', () => {
  it('leaves no helper and no command running while the output is stalled', async () => {
    // The consumer never takes a chunk: the helper is blocked writing output when the runbook
    // process dies (its write then fails with ECONNRESET, not EPIPE).
    const { victim, pids } = await victimRun(
      'stalled',
      'exec head -c 100000000 /dev/zero',
      '() => new Promise(() => undefined)'
    )
    await new Promise((r) => setTimeout(r, 300))
    victim.kill('SIGKILL')
    for (const pid of pids) expect(await goneWithin(pid, 3000)).toBe(true)
  }, 30_000)

  it('leaves no helper and no command running', async () => {
    const { victim, pids } = await victimRun('idle', 'wait', '() => undefined')
    victim.kill('SIGKILL')
    for (const pid of pids) expect(await goneWithin(pid, 3000)).toBe(true)
  }, 30_000)
})
