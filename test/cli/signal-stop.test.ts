// SIGTERM and SIGINT end the CLI within the documented bound (STOP_DEADLINE_MS, 5 s), with real
// signals on spawned processes: at a terminal prompt (a pseudo-terminal), during a step that ignores
// SIGTERM, and, when nothing gives way, by the deadline itself (exit 130).
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { STOP_DEADLINE_MS } from '../../src/cli/stop-deadline.js'
import { cliBundle } from '../helpers/bundles.js'
import { fixture, ROOT, TSX_IMPORT } from '../helpers/fixtures.js'
import { hasScript } from '../helpers/terminal.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

/** The CLI as shipped: dist/cli.js in CI, else a bundle of the source. */
let CLI: string
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

let ws: Workspace
beforeAll(async () => {
  CLI = await cliBundle()
  ws = workspace()
  writeFileSync(
    join(ws.dir, 'manual.yaml'),
    `apiVersion: runbook/v0
meta: { name: manual }
steps:
  - id: look
    type: manual
    instructions: Look at the dashboard.
    required_evidence:
      - { name: ticket, kind: text }
`
  )
  writeFileSync(
    join(ws.dir, 'stubborn.yaml'),
    `apiVersion: runbook/v0
meta: { name: stubborn, governance: { allowed_commands: [ignore-term.sh] } }
steps:
  - id: stubborn
    type: cli
    with: { argv: [ignore-term.sh] }
`
  )
})
afterAll(() => ws.cleanup())

interface Ended {
  code: number | null
  out: string
  /** From the signal to the process's exit. */
  ms: number
}

/** Output so far, and a promise of how the process ended, measured from `signalled()`. */
function watch(child: ChildProcess) {
  let out = ''
  let sentAt = 0
  child.stdout?.on('data', (c: Buffer) => (out += c.toString('utf8')))
  child.stderr?.on('data', (c: Buffer) => (out += c.toString('utf8')))
  const ended = new Promise<Ended>((res) =>
    child.on('exit', (code) => res({ code, out: out.replace(/\r/g, ''), ms: Date.now() - sentAt }))
  )
  return {
    out: () => out,
    signalled: () => (sentAt = Date.now()),
    ended
  }
}

async function until(what: string, test: () => boolean, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000
  while (!test()) {
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`never saw ${what}`)
    }
    await sleep(25)
  }
}

/** Ends the process if it is still there after the bound plus slack: a hang fails, never stalls. */
function bounded(child: ChildProcess): NodeJS.Timeout {
  return setTimeout(() => child.kill('SIGKILL'), STOP_DEADLINE_MS + 10_000)
}

function lastRecordTypes(runId: string): string[] {
  const file = join(ws.runDir(runId), 'trace.jsonl')
  if (!existsSync(file)) return []
  // complete lines only: the run may be appending
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((l) => {
      try {
        return [(JSON.parse(l) as { type: string }).type]
      } catch {
        return []
      }
    })
}

const env = () => ({
  ...process.env,
  NODE_OPTIONS: '',
  NO_COLOR: '1',
  PATH: `${fixture('bin')}:${process.env.PATH ?? ''}`
})

/** The node process `script` runs (its only child: the command is exec'd). */
function childPid(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim()
  return Number(children.split(' ')[0])
}

const ptyIt = hasScript ? it : it.skip

describe('a signal while a terminal prompt waits', () => {
  ptyIt.each([
    ['SIGTERM sent to the process', 'term'],
    ['Ctrl-C typed at the prompt', 'ctrl-c']
  ])('%s: the prompt ends, the run pauses (exit 5) within the bound', async (_label, how) => {
    const before = new Set(listRuns())
    const command = `exec ${process.execPath} ${CLI} exec manual.yaml`
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: ws.dir, env: env() })
    const w = watch(child)
    const kill = bounded(child)
    await until(
      'the prompt',
      () => /ticket, press Enter to leave it for later/.test(w.out()),
      child
    )
    w.signalled()
    if (how === 'term') process.kill(childPid(child.pid ?? 0), 'SIGTERM')
    else child.stdin.write('\u0003')
    const ended = await w.ended
    clearTimeout(kill)
    expect(ended.out).toContain("paused: step 'look' waits for evidence 'ticket'")
    expect(ended.code).toBe(5)
    expect(ended.ms).toBeLessThan(STOP_DEADLINE_MS)
    const runId = listRuns().find((id) => !before.has(id)) ?? ''
    expect(lastRecordTypes(runId)).toContain('run_paused')
  })
})

function listRuns(): string[] {
  return existsSync(ws.runsDir) ? readdirSync(ws.runsDir).sort() : []
}

describe('a signal during a step that ignores SIGTERM', () => {
  it('SIGTERM: the step group is killed 2 s later, the run pauses (exit 5) within the bound', async () => {
    const before = new Set(listRuns())
    const child = spawn(process.execPath, [CLI, 'exec', 'stubborn.yaml'], {
      cwd: ws.dir,
      env: env()
    })
    const w = watch(child)
    const kill = bounded(child)
    const started = () =>
      listRuns().some((id) => !before.has(id) && lastRecordTypes(id).includes('step_started'))
    await until('the step start', started, child)
    await sleep(300) // the script has set its trap and started its sleeps
    w.signalled()
    child.kill('SIGTERM')
    const ended = await w.ended
    clearTimeout(kill)
    expect(ended.code).toBe(5)
    expect(ended.ms).toBeLessThan(STOP_DEADLINE_MS)
    const runId = listRuns().find((id) => !before.has(id)) ?? ''
    expect(lastRecordTypes(runId)).toContain('run_paused')
  })
})

describe('the deadline itself', () => {
  it('ends a process that does not stop: exit 130 and a message, within its bound', async () => {
    // The CLI's own module, armed by a real SIGTERM in a process that would otherwise run forever.
    const script = [
      `import { armStopDeadline } from ${JSON.stringify(join(ROOT, 'src', 'cli', 'stop-deadline.ts'))}`,
      `process.on('SIGTERM', () => armStopDeadline('SIGTERM', (t) => process.stderr.write(t), 500))`,
      `setInterval(() => {}, 1000)`,
      `process.stdout.write('ready\\n')`
    ].join('\n')
    const child = spawn(
      process.execPath,
      ['--import', TSX_IMPORT, '--input-type=module', '-e', script],
      { env: { ...process.env, NODE_OPTIONS: '' } }
    )
    const w = watch(child)
    const kill = bounded(child)
    await until('ready', () => w.out().includes('ready'), child)
    w.signalled()
    child.kill('SIGTERM')
    const ended = await w.ended
    clearTimeout(kill)
    expect(ended.out).toContain(
      'runbook: the run did not stop within 0.5 s of SIGTERM; quitting (exit 130): the run is left as it stood, and runbook resume continues it'
    )
    expect(ended.code).toBe(130)
    expect(ended.ms).toBeGreaterThanOrEqual(450)
    expect(ended.ms).toBeLessThan(STOP_DEADLINE_MS)
  })
})
