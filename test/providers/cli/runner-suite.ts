// What NodeProcessRunner guarantees, whichever way commands start: node-process-runner.test.ts
// runs this suite through the spawn helper (the default on Linux), direct-launcher.test.ts through
// Node's own spawn.
import { jest } from '@jest/globals'
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NodeProcessRunner } from '../../../src/providers/cli/index.js'
import { HelperLauncher } from '../../../src/providers/cli/spawn-helper/helper-launcher.js'
import type { NodeProcessRunnerOptions } from '../../../src/providers/cli/index.js'
import type { ProcessSpec } from '../../../src/engine/ports.js'
import {
  goneWithin,
  isGone,
  killIfAlive,
  PATH,
  run as runWith,
  spec,
  which
} from './run-helpers.js'
import type { Ran } from './run-helpers.js'

/** Registers the runner's tests for one launcher. */
export function runnerSuite(launcher: 'helper' | 'direct'): void {
  const made: NodeProcessRunner[] = []
  const newRunner = (options: NodeProcessRunnerOptions): NodeProcessRunner => {
    // The helper from the first command on (a run's first two commands start directly).
    const runner = new NodeProcessRunner({
      launcher: launcher === 'helper' ? new HelperLauncher({ warmup: 0 }) : launcher,
      ...options
    })
    made.push(runner)
    return runner
  }
  const shared = newRunner({ killGraceMs: 300, lingerMs: 200 })
  const run = (s: ProcessSpec, runner = shared): Promise<Ran> => runWith(s, runner)
  afterAll(() => {
    for (const runner of made) runner.close()
  })

  const started: number[] = []
  afterAll(() => killIfAlive(started))

  /** The pid a fixture printed on its first line. */
  function firstPid(stdout: string): number {
    const pid = Number(stdout.split('\n')[0])
    if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no pid in ${JSON.stringify(stdout)}`)
    started.push(pid)
    return pid
  }

  /** The grandchild whose pid a fixture printed first is gone within 2 s. */
  async function expectGrandchildGone(stdout: string): Promise<void> {
    expect(await goneWithin(firstPid(stdout), 2000)).toBe(true)
  }

  describe(`NodeProcessRunner (${launcher}): exit status`, () => {
    it.each([0, 1, 3, 255])('reports exit code %i', async (code) => {
      const { outcome } = await run(spec(['exit-with.sh', String(code)]))
      expect(outcome).toMatchObject({
        exitCode: code,
        signal: null,
        timedOut: false,
        cancelled: false
      })
      expect(outcome.spawnError).toBeUndefined()
      expect(outcome.durationMs).toBeGreaterThanOrEqual(0)
    })

    it.each(['TERM', 'KILL', 'INT'])(
      'reports death by SIG%s as a signal, with no exit code',
      async (sig) => {
        const { outcome } = await run(spec(['kill-self.sh', sig]))
        expect(outcome).toMatchObject({ exitCode: null, signal: `SIG${sig}`, timedOut: false })
      }
    )
  })

  describe(`NodeProcessRunner (${launcher}): what the child gets`, () => {
    it('passes arguments verbatim: no shell ever reads them', async () => {
      const args = [
        'a b',
        '"quoted"',
        "it's",
        '$(touch /tmp/pwned)',
        '`id`',
        'x; rm -rf /',
        '*',
        '$HOME',
        ''
      ]
      const { stdout, outcome } = await run(spec(['print-args.sh', ...args]))
      expect(outcome.exitCode).toBe(0)
      expect(stdout.split('\0').slice(0, -1)).toEqual(args)
    })

    it('sets argv[0] as given', async () => {
      const s = spec(['custom-name', '-e', 'process.stdout.write(process.argv0)'], {
        executable: process.execPath
      })
      expect((await run(s)).stdout).toBe('custom-name')
    })

    it('gives exactly the environment of the spec, nothing from the parent', async () => {
      process.env.GOVERNED_RUNBOOK_LEAK_CHECK = 'leaked'
      try {
        const env = await which('env')
        const { stdout } = await run(spec([env], { env: { ONLY: 'this one', EMPTY: '' } }))
        expect(
          stdout
            .split('\n')
            .filter((l) => l !== '')
            .sort()
        ).toEqual(['EMPTY=', 'ONLY=this one'])
      } finally {
        delete process.env.GOVERNED_RUNBOOK_LEAK_CHECK
      }
    })

    it('runs in the given working directory', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'runner-cwd-'))
      try {
        const { stdout } = await run(spec([await which('pwd')], { cwd: dir }))
        expect(stdout.trim()).toBe(realpathSync(dir))
      } finally {
        rmSync(dir, { recursive: true })
      }
    })

    it('delivers a 16 MiB stdin whole', async () => {
      const { stdout, outcome } = await run(
        spec([await which('wc'), '-c'], { stdin: 'y'.repeat(16 << 20) })
      )
      expect(outcome.exitCode).toBe(0)
      expect(stdout.trim()).toBe(String(16 << 20))
    })

    it('delivers stdin, then closes it', async () => {
      const text = 'line one\nline two ü\n'.repeat(5000)
      const { stdout, outcome } = await run(spec([await which('cat')], { stdin: text }))
      expect(outcome.exitCode).toBe(0)
      expect(stdout).toBe(text)
    })

    it('gives an empty, closed stdin when there is none (never the terminal)', async () => {
      const { stdout, outcome } = await run(spec([await which('cat')]))
      expect(outcome).toMatchObject({ exitCode: 0, timedOut: false })
      expect(stdout).toBe('')
    })

    it('gives /dev/null as stdin when there is none: no pipe to open and close per step', async () => {
      // stat -L of the child's fd 0: a pipe would show up as 'fifo', /dev/null as a character device.
      const { stdout, outcome } = await run(
        spec([await which('stat'), '-L', '-c', '%F %t:%T', '/proc/self/fd/0'])
      )
      expect(outcome.exitCode).toBe(0)
      expect(stdout.trim()).toBe('character special file 1:3')
    })

    it('ignores EPIPE when the child exits without reading its stdin', async () => {
      const { outcome } = await run(spec(['exit-with.sh', '0'], { stdin: 'x'.repeat(4 << 20) }))
      expect(outcome).toMatchObject({ exitCode: 0, signal: null })
    })
  })

  describe(`NodeProcessRunner (${launcher}): failing to start`, () => {
    it('reports ENOENT as a spawn error, not an exception', async () => {
      const { outcome } = await run(spec(['/nonexistent/tool']))
      expect(outcome).toMatchObject({
        exitCode: null,
        signal: null,
        timedOut: false,
        cancelled: false
      })
      expect(outcome.spawnError?.code).toBe('ENOENT')
      expect(outcome.spawnError?.message).toContain("'/nonexistent/tool'")
    })

    it('reports EACCES for a file that is not executable', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'runner-eacces-'))
      try {
        const file = join(dir, 'plain.sh')
        writeFileSync(file, '#!/bin/sh\necho hi\n', { mode: 0o644 })
        const { outcome } = await run(spec([file]))
        expect(outcome.spawnError?.code).toBe('EACCES')
      } finally {
        rmSync(dir, { recursive: true })
      }
    })

    it('names a missing working directory instead of blaming the executable', async () => {
      const { outcome } = await run(spec(['exit-with.sh', '0'], { cwd: '/nonexistent/dir' }))
      expect(outcome.spawnError).toEqual({
        code: 'ENOENT',
        message: "working directory '/nonexistent/dir' does not exist",
        cwd: true
      })
    })

    it('names a working directory that is a file', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'runner-notdir-'))
      try {
        const file = join(dir, 'file')
        writeFileSync(file, '')
        const { outcome } = await run(spec(['exit-with.sh', '0'], { cwd: file }))
        expect(outcome.spawnError).toEqual({
          code: 'ENOTDIR',
          message: `working directory '${file}' is not a directory`,
          cwd: true
        })
      } finally {
        rmSync(dir, { recursive: true })
      }
    })

    it('does not miss an abort that comes while the command is being started', async () => {
      const ac = new AbortController()
      const running = run(spec([await which('sleep'), '30'], { signal: ac.signal }))
      ac.abort()
      const { outcome } = await running
      expect(outcome).toMatchObject({ cancelled: true, exitCode: null, signal: 'SIGTERM' })
    })

    it('refuses a NUL byte in the executable, naming no value', async () => {
      const { outcome } = await run(spec(['/bin/sh\u0000/tmp\u00001\u00002']))
      expect(outcome.spawnError).toMatchObject({ code: 'ENUL' })
      expect(outcome.spawnError?.message).toContain('the executable holds a NUL byte')
    })

    it('does not start at all when already cancelled', async () => {
      const ac = new AbortController()
      ac.abort()
      const { outcome, stdout } = await run(spec(['print-args.sh', 'x'], { signal: ac.signal }))
      expect(outcome).toMatchObject({ cancelled: true, exitCode: null })
      expect(stdout).toBe('')
    })
  })

  describe(`NodeProcessRunner (${launcher}): ending the whole process group`, () => {
    it('on timeout, kills the child and its background grandchild', async () => {
      const { outcome, stdout } = await run(spec(['spawn-tree.sh'], { timeoutMs: 300 }))
      expect(outcome).toMatchObject({
        timedOut: true,
        cancelled: false,
        exitCode: null,
        signal: 'SIGTERM'
      })
      await expectGrandchildGone(stdout)
    })

    it('sends SIGKILL after the grace period when SIGTERM is ignored', async () => {
      const runner = newRunner({ killGraceMs: 200, lingerMs: 100 })
      const { outcome, stdout } = await run(spec(['ignore-term.sh'], { timeoutMs: 300 }), runner)
      expect(outcome).toMatchObject({ timedOut: true, signal: 'SIGKILL' })
      await expectGrandchildGone(stdout)
    })

    it('on abort, kills the group and reports the run cancelled', async () => {
      const ac = new AbortController()
      const s = spec(['spawn-tree.sh'], {
        signal: ac.signal,
        onStdout: () => ac.abort() // as soon as the tree is up
      })
      const { outcome, stdout } = await run(s)
      expect(outcome).toMatchObject({
        cancelled: true,
        timedOut: false,
        exitCode: null,
        signal: 'SIGTERM'
      })
      await expectGrandchildGone(stdout)
    })

    it('ends a finished command whose background descendant keeps stdout open', async () => {
      const t0 = Date.now()
      const { outcome, stdout } = await run(spec(['background-exit.sh']))
      expect(outcome).toMatchObject({ exitCode: 0, signal: null, timedOut: false })
      await expectGrandchildGone(stdout)
      // lingerMs 200 + killGraceMs 300 at most, and nowhere near the grandchild's 1000 s.
      expect(Date.now() - t0).toBeLessThan(10_000)
    })

    it('ends leftovers that hold none of our pipes too', async () => {
      const { outcome, stdout } = await run(spec(['daemon-exit.sh']))
      expect(outcome.exitCode).toBe(0)
      await expectGrandchildGone(stdout)
    })

    it('leaves no timer armed once a run has ended, so the process can exit at once', async () => {
      // The linger and idle timers of the default runner (1 s) used to outlive every step.
      const pending = new Set<unknown>()
      const realSet = globalThis.setTimeout
      const realClear = globalThis.clearTimeout
      const setSpy = jest
        .spyOn(globalThis, 'setTimeout')
        .mockImplementation((fn: () => void, ms?: number) => {
          const t = realSet(() => {
            pending.delete(t)
            fn()
          }, ms)
          pending.add(t)
          return t
        })
      const clearSpy = jest.spyOn(globalThis, 'clearTimeout').mockImplementation((t) => {
        pending.delete(t)
        realClear(t)
      })
      try {
        const runner = newRunner({})
        for (const argv of [['exit-with.sh', '0'], ['background-exit.sh']]) {
          await runner.run(spec(argv, { timeoutMs: 60_000 }))
          expect({ argv, pending: pending.size }).toEqual({ argv, pending: 0 })
        }
        expect(setSpy).toHaveBeenCalled()
      } finally {
        setSpy.mockRestore()
        clearSpy.mockRestore()
        for (const t of pending) realClear(t as NodeJS.Timeout)
      }
    })

    it('leaves nothing to kill when the tree exits by itself', async () => {
      const { outcome } = await run(spec(['exit-with.sh', '7'], { timeoutMs: 10_000 }))
      expect(outcome).toMatchObject({ exitCode: 7, timedOut: false })
    })
  })

  describe(`NodeProcessRunner (${launcher}): descendants that leave the process group`, () => {
    it('stops reading a pipe held by a quiet escaped process once it is idle', async () => {
      const { outcome, stdout } = await run(spec(['escape-group.sh', 'quiet']))
      firstPid(stdout) // killed in afterAll: a group kill cannot reach it
      expect(outcome).toMatchObject({ exitCode: 0, timedOut: false })
    })

    it('ends the step at the timeout even when an escaped process keeps writing', async () => {
      // The pipe must never look idle before the timeout: a writer that ticks every 50 ms can
      // stall past a 200 ms idle window on a loaded machine, so the window is wider here.
      const { outcome, stdout } = await run(
        spec(['escape-group.sh'], { timeoutMs: 1000 }),
        newRunner({ killGraceMs: 300, lingerMs: 1500 })
      )
      firstPid(stdout)
      expect(outcome).toMatchObject({ exitCode: 0, timedOut: true })
      expect(stdout).toContain('tick')
    })
  })

  describe(`NodeProcessRunner (${launcher}): backpressure`, () => {
    it('cuts a slow consumer off the output once the timeout has ended the command', async () => {
      // Each chunk takes the consumer 200 ms. The exit must not wait behind the output still
      // queued for it (through the helper both share one pipe): the output is cut killGraceMs
      // after the timeout.
      const head = await which('head')
      const t0 = Date.now()
      // Chunks handed over once timeout (300 ms) + killGraceMs (300 ms) + one chunk's 200 ms are past.
      const late: number[] = []
      const { outcome } = await run(
        spec([head, '-c', String(256 << 20), '/dev/zero'], {
          timeoutMs: 300,
          onStdout: () => {
            const at = Date.now() - t0
            if (at > 1000) late.push(at)
            return new Promise<void>((r) => setTimeout(r, 200))
          }
        })
      )
      expect(outcome).toMatchObject({ timedOut: true, exitCode: null })
      expect(late.length).toBeLessThanOrEqual(1)
    })

    it('pauses the stream while a handler promise is pending: the child blocks on write', async () => {
      let release: () => void = () => undefined
      const gate = new Promise<void>((r) => (release = r))
      let calls = 0
      let overlapping = 0
      let inHandler = false
      let bytes = 0
      let stderr = ''
      const s = spec(['write-then-report.sh'], {
        onStdout: async (chunk) => {
          if (inHandler) overlapping++
          inHandler = true
          calls++
          bytes += chunk.length
          if (calls === 1) await gate
          inHandler = false
        },
        onStderr: (c) => {
          stderr += c.toString()
        }
      })
      const running = newRunner({ killGraceMs: 300, lingerMs: 200 }).run(s)
      try {
        await new Promise((r) => setTimeout(r, 500))
        // 4 MiB do not fit in a pipe: had the stream kept flowing, the child would be done by now.
        expect(calls).toBe(1)
        expect(stderr).toBe('')
      } finally {
        release()
      }
      const outcome = await running
      expect(outcome.exitCode).toBe(0)
      expect(stderr).toBe('done\n')
      expect(bytes).toBe(4 << 20)
      expect(overlapping).toBe(0)
    })

    it('rejects with the handler error after ending the process group', async () => {
      const s = spec(['spawn-tree.sh'], {
        onStdout: () => Promise.reject(new Error('ENOSPC: no space left on device'))
      })
      let pid = 0
      const runner = newRunner({ killGraceMs: 300, lingerMs: 200 })
      await expect(
        runner.run({
          ...s,
          onStdout: (c) => {
            pid = firstPid(c.toString())
            return s.onStdout(c)
          }
        })
      ).rejects.toThrow('ENOSPC')
      expect(isGone(pid) || (await goneWithin(pid, 2000))).toBe(true)
    })
  })

  describe(`NodeProcessRunner (${launcher}): environment of the test`, () => {
    it('has the fixtures it needs on PATH', async () => {
      expect(PATH).not.toBe('')
      await expect(which('sleep')).resolves.toMatch(/sleep$/)
    })
  })
}
