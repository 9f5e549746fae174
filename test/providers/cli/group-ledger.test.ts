// The group ledger: what the runner writes while a command runs, and what a resume ends. Only a
// group still led by the process that was recorded, on this machine, is signalled.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  endLeftoverGroup,
  GroupLedger,
  NodeProcessRunner
} from '../../../src/providers/cli/index.js'
import { isGone, spec } from './run-helpers.js'

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

/** A `sleep 30` leading a group of its own, as a step's command does. */
async function group(): Promise<number> {
  const child = spawn('sleep', ['30'], { detached: true, stdio: 'ignore' })
  await new Promise((res) => child.once('spawn', res))
  child.unref()
  live.push(child.pid as number)
  return child.pid as number
}
const path = () => join(dir, '.group')

it('names the group while the command runs and forgets it when the group is gone', async () => {
  const ledger = new GroupLedger()
  ledger.attach(path())
  let seen: unknown
  const runner = new NodeProcessRunner({
    ledger: {
      started: (pid) => {
        ledger.started(pid)
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
  expect(existsSync(path())).toBe(false)
})

it('ends a group the ledger names, led by the process it recorded', async () => {
  const pid = await group()
  const ledger = new GroupLedger()
  ledger.attach(path())
  ledger.started(pid)
  await expect(endLeftoverGroup(path(), 2000)).resolves.toEqual({ pgid: pid })
  expect(!isGone(pid)).toBe(false)
  expect(existsSync(path())).toBe(false)
})

it('leaves alone a group whose number now leads a process started at another time', async () => {
  const pid = await group()
  writeFileSync(path(), JSON.stringify({ pgid: pid, host: hostname(), start: '1' }))
  await expect(endLeftoverGroup(path(), 2000)).resolves.toBeUndefined()
  expect(!isGone(pid)).toBe(true)
  expect(existsSync(path())).toBe(false)
})

it("leaves alone another machine's group, and ignores what it did not write", async () => {
  const pid = await group()
  writeFileSync(path(), JSON.stringify({ pgid: pid, host: `not-${hostname()}` }))
  await expect(endLeftoverGroup(path(), 2000)).resolves.toBeUndefined()
  expect(!isGone(pid)).toBe(true)
  for (const text of [
    '',
    '{',
    '{"pgid":1,"host":"x"}',
    `{"pgid":"${pid}","host":"${hostname()}"}`
  ]) {
    writeFileSync(path(), text)
    await expect(endLeftoverGroup(path(), 2000)).resolves.toBeUndefined()
  }
  expect(!isGone(pid)).toBe(true)
})
