// A step's command leads a process group of its own, so that a timeout can end all it started. A
// kill -9 of the runbook process alone is seen by its spawn helper, which ends the step's group and
// exits. When the helper dies too (a kill -9 of the whole process group, or no helper), nothing
// signals the step's group: it is left running, and the resume ends it before it runs the step
// again, and says so.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { cliBundle } from '../helpers/bundles.js'
import { fixture } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'
import { goneWithin, isGone, killIfAlive } from '../providers/cli/run-helpers.js'
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
      // A run's first two commands start directly; the spawn helper starts the third.
      '  - {id: before2, type: cli, with: {argv: [echo, two]}}',
      '  - {id: held, type: cli, with: {argv: [hold.sh]}}',
      '  - {id: after, type: cli, with: {argv: [echo, three]}}',
      ''
    ].join('\n')
  )
  writeFileSync(join(ws.dir, 'holding'), '')
})
const victims: number[] = []
afterEach(() => {
  // Each held command and victim leads a group of its own: end the groups.
  killIfAlive([...pids(), ...victims.splice(0)].map((pid) => -pid))
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

let heldParent = 0
let heldParentName = ''

/**
 * exec of hold.yaml, killed -9 once step 'held' runs and its group is recorded; the run's id. By
 * default the kill hits exec's whole process group (exec and its spawn helper); `alone` kills only
 * exec.
 */
async function killedDuringHeld(alone = false): Promise<string> {
  const exec = spawn(process.execPath, [CLI, 'exec', 'hold.yaml'], {
    cwd: ws.dir,
    env: env(),
    stdio: 'ignore',
    detached: true
  })
  const exited = new Promise((res) => exec.on('exit', res))
  // The step's command has started and the run has recorded its group (.group, written right
  // after the spawn: only a kill in that instant would find it unrecorded). The file outlives the
  // first step's group, blanked: only an entry in it counts.
  const recorded = (): boolean =>
    existsSync(ws.runsDir) &&
    readdirSync(ws.runsDir).some((id) => {
      const file = join(ws.runsDir, id, '.group')
      return existsSync(file) && readFileSync(file, 'utf8').trim() !== ''
    })
  for (let i = 0; pids().length === 0 || !recorded(); i++) {
    if (i > 1500) throw new Error('the held step never started')
    await sleep(20)
  }
  // The held command's parent: the spawn helper (python3), or exec itself without one.
  const stat = readFileSync(`/proc/${pids()[0] as number}/stat`, 'utf8')
  heldParent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  heldParentName = readFileSync(`/proc/${heldParent}/comm`, 'utf8').trim()
  process.kill(alone ? (exec.pid as number) : -(exec.pid as number), 'SIGKILL')
  await exited
  return readdirSync(ws.runsDir)[0] as string
}

const resume = (runId: string) =>
  spawnSync(process.execPath, [CLI, 'resume', runId], { cwd: ws.dir, env: env(), encoding: 'utf8' })

/**
 * A live process of this user, leading a group of its own (detached), and the .group a forger
 * writes for it: this host, and the leader's true start time read from /proc.
 */
async function victim(argv: string[], runId: string, victimEnv = env()): Promise<number> {
  const [file = '', ...rest] = argv
  const child = spawn(file, rest, { detached: true, stdio: 'ignore', env: victimEnv })
  await new Promise((res) => child.once('spawn', res))
  child.unref()
  const pid = child.pid as number
  victims.push(pid)
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
  writeFileSync(
    join(ws.runsDir, runId, '.group'),
    JSON.stringify({ pgid: pid, host: hostname(), start })
  )
  return pid
}

it('ends the group a killed run left running before the step runs again', async () => {
  const runId = await killedDuringHeld()
  const [leftover] = pids()
  // The runbook process is gone; the step's command is not.
  expect(isGone(leftover as number)).toBe(false)

  rmSync(join(ws.dir, 'holding'))
  const resumed = resume(runId)
  expect(`${resumed.stdout}${resumed.stderr}`).toContain(
    `ended process group ${leftover} of step 'held', left running when the run was interrupted`
  )
  expect(resumed.status).toBe(0)
  expect(isGone(leftover as number)).toBe(true)
  // The step ran again once, after the leftover was gone; the run finished and verifies.
  expect(pids()).toHaveLength(2)
  const verify = spawnSync(process.execPath, [CLI, 'verify', runId], {
    cwd: ws.dir,
    env: env(),
    encoding: 'utf8'
  })
  expect(verify.status).toBe(0)
}, 60_000)

it("a kill -9 of exec alone: its spawn helper ends the step's group, and the resume runs the step again", async () => {
  const runId = await killedDuringHeld(true)
  const [leftover] = pids()
  expect(await goneWithin(leftover as number, 3000)).toBe(true)
  // The helper started the step's command, and is gone too: nothing of the run's is running.
  expect(heldParentName).toMatch(/^python3/)
  expect(await goneWithin(heldParent, 3000)).toBe(true)
  rmSync(join(ws.dir, 'holding'))
  const resumed = resume(runId)
  expect(`${resumed.stdout}${resumed.stderr}`).not.toContain('ended process group')
  expect(resumed.status).toBe(0)
  expect(pids()).toHaveLength(2)
}, 60_000)

it("leaves alone a live group a forged .group names whose leader does not run the step's command", async () => {
  const runId = await killedDuringHeld()
  const other = await victim(['sleep', '30'], runId)
  rmSync(join(ws.dir, 'holding'))
  const resumed = resume(runId)
  expect(`${resumed.stdout}${resumed.stderr}`).toContain(
    `left process group ${other} alone (named in .group, now removed): its leader does not run the command of step 'held'`
  )
  expect(resumed.status).toBe(0)
  expect(isGone(other)).toBe(false)
  expect(existsSync(join(ws.runsDir, runId, '.group'))).toBe(false)
}, 60_000)

it("leaves alone a group running a step's command when the trace shows no step in flight", async () => {
  writeFileSync(
    join(ws.dir, 'ask.yaml'),
    [
      'apiVersion: runbook/v0',
      'meta: {name: ask, governance: {allowed_commands: [hold.sh]}}',
      'steps:',
      '  - {id: held, type: cli, with: {argv: [hold.sh]}}',
      '  - {id: again, type: cli, confirm: true, with: {argv: [hold.sh]}}',
      ''
    ].join('\n')
  )
  rmSync(join(ws.dir, 'holding'))
  const paused = spawnSync(process.execPath, [CLI, 'exec', 'ask.yaml'], {
    cwd: ws.dir,
    env: env(),
    encoding: 'utf8'
  })
  expect([paused.status, paused.stdout]).toEqual([5, expect.stringContaining('confirm')])
  const [runId] = readdirSync(ws.runsDir)
  // Step 'held' ran and finished; 'again' waits for a confirmation. The same script, spawned after
  // 'held' ran: only the trace tells it is not a step's.
  const flag = join(ws.dir, 'victim-holding')
  writeFileSync(flag, '')
  const same = await victim([fixture('bin', 'hold.sh')], runId as string, {
    ...env(),
    HOLD_WHILE: flag
  })
  const resumed = resume(runId as string)
  expect(`${resumed.stdout}${resumed.stderr}`).toContain(
    `left process group ${same} alone (named in .group, now removed): the run's trace shows no cli step running`
  )
  expect(isGone(same)).toBe(false)
}, 60_000)
