// A reader that closes the CLI's standard output after the run ended, while the final summary is
// being written: the failed run's exit code (1) stands. Deterministic because the summary (a JSON
// replay report of about 1 MB) is far larger than a pipe holds (64 KiB): whatever the reader took
// before closing, the CLI is still writing the summary when the pipe closes, and gets EPIPE there.
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cliBundle } from '../helpers/bundles.js'
import { workspace } from '../helpers/workspace.js'

const STEPS = 100
const ARG = 'z'.repeat(10_000)

it('a failed run keeps exit 1 when its stdout closes during the final summary (EPIPE)', async () => {
  const cli = await cliBundle()
  const ws = workspace()
  try {
    const steps = Array.from(
      { length: STEPS },
      (_, i) =>
        `  - {id: s${i}, type: cli, with: {argv: [echo, s${i}, ${ARG}]}${i === STEPS - 1 ? ', assertions: [{contains: never}]' : ''}}`
    )
    writeFileSync(
      join(ws.dir, 'big.yaml'),
      `apiVersion: runbook/v0\nmeta: {name: big, governance: {allowed_commands: [echo]}}\nsteps:\n${steps.join('\n')}\n`
    )
    const calls = Array.from(
      { length: STEPS },
      (_, i) => `  - match: {argv: [echo, s${i}, ${ARG}]}\n    respond: {stdout: 'y'}`
    )
    writeFileSync(
      join(ws.dir, 'big.scenario.yaml'),
      `meta: {name: big}\nsteps:\n${calls.join('\n')}\n`
    )
    const child = spawn(
      process.execPath,
      [
        cli,
        'exec',
        'big.yaml',
        '--mode',
        'replay',
        '--scenario',
        'big.scenario.yaml',
        '--no-delay',
        '--report',
        'json'
      ],
      { cwd: ws.dir, env: { ...process.env, NO_COLOR: '1' } }
    )
    let seen = ''
    let read = 0
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
    child.stdout.on('data', (c: Buffer) => {
      read += c.length
      seen += c.toString('utf8')
      // The run has ended (its verdict line is out): close the pipe before the summary is read.
      if (/^run failed: /m.test(seen)) child.stdout.destroy()
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    const code = await new Promise<number | null>((res) => child.on('exit', (c) => res(c)))
    clearTimeout(timer)
    expect(seen).toMatch(/^run failed: 99 passed, 1 failed/m)
    expect(read).toBeLessThan(STEPS * ARG.length) // the reader never took the whole summary
    expect(stderr).not.toMatch(/internal error/)
    expect(code).toBe(1)
  } finally {
    ws.cleanup()
  }
}, 60_000)
