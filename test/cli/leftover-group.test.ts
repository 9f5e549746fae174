// A kill -9 of the runbook process during a step leaves that step's process group running: the
// command leads a group of its own so that a timeout can end all it started, and nothing signals
// it when its parent dies. The resume ends that group before it runs the step again, and says so.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cliBundle } from '../helpers/bundles.js'
import { fixture } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'
import { isGone, killIfAlive } from '../providers/cli/run-helpers.js'
import type { Workspace } from '../helpers/workspace.js'

let CLI: string
beforeAll(async () => {
  CLI = await cliBundle()
}, 120_000)

let ws: Workspace
beforeEach(() => {
  ws = workspace()
  writeFileSync(
    join(ws.dir, 'hold.yaml'),
    [
      'apiVersion: runbook/v0',
      'meta: {name: hold, governance: {allowed_commands: [hold.sh, echo]}}',
      'steps:',
      '  - {id: before, type: cli, with: {argv: [echo, one]}}',
      '  - {id: held, type: cli, with: {argv: [hold.sh]}}',
      '  - {id: after, type: cli, with: {argv: [echo, three]}}',
      ''
    ].join('\n')
  )
  writeFileSync(join(ws.dir, 'holding'), '')
})
afterEach(() => {
  killIfAlive(pids())
  ws.cleanup()
})

const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NO_COLOR: '1',
  NODE_OPTIONS: '',
  PATH: `${fixture('bin')}:${process.env.PATH ?? ''}`,
  HOLD_PIDS: join(ws.dir, 'pids'),
  HOLD_WHILE: join(ws.dir, 'holding')
})
const pids = (): number[] =>
  existsSync(join(ws.dir, 'pids'))
    ? readFileSync(join(ws.dir, 'pids'), 'utf8').trim().split('\n').filter(Boolean).map(Number)
    : []
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

it('ends the group a killed run left running before the step runs again', async () => {
  const exec = spawn(process.execPath, [CLI, 'exec', 'hold.yaml'], {
    cwd: ws.dir,
    env: env(),
    stdio: 'ignore'
  })
  const exited = new Promise((res) => exec.on('exit', res))
  // The step's command has started and the run has recorded its group (.group, written right
  // after the spawn: only a kill in that instant would find it unrecorded).
  const recorded = (): boolean =>
    existsSync(ws.runsDir) &&
    readdirSync(ws.runsDir).some((id) => existsSync(join(ws.runsDir, id, '.group')))
  for (let i = 0; pids().length === 0 || !recorded(); i++) {
    if (i > 1500) throw new Error('the held step never started')
    await sleep(20)
  }
  exec.kill('SIGKILL')
  await exited
  const [leftover] = pids()
  // The runbook process is gone; the step's command is not.
  expect(isGone(leftover as number)).toBe(false)

  rmSync(join(ws.dir, 'holding'))
  const [runId] = readdirSync(ws.runsDir)
  const resume = spawnSync(process.execPath, [CLI, 'resume', runId as string], {
    cwd: ws.dir,
    env: env(),
    encoding: 'utf8'
  })
  expect(`${resume.stdout}${resume.stderr}`).toContain(
    `ended process group ${leftover} of step 'held', left running when the run was interrupted`
  )
  expect(resume.status).toBe(0)
  expect(isGone(leftover as number)).toBe(true)
  // The step ran again once, after the leftover was gone; the run finished and verifies.
  expect(pids()).toHaveLength(2)
  const verify = spawnSync(process.execPath, [CLI, 'verify', runId as string], {
    cwd: ws.dir,
    env: env(),
    encoding: 'utf8'
  })
  expect(verify.status).toBe(0)
}, 60_000)
