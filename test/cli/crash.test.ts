// Crash safety with real processes: kill -9 the engine at several points, resume, and check that no
// completed step was lost or repeated; SIGINT stops the running command and pauses the run.
import { spawn, spawnSync } from 'node:child_process'
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import type { TraceRecord } from '../../src/engine/events.js'
import { cliBundle } from '../helpers/bundles.js'
import { fixture } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'
import type { Workspace } from '../helpers/workspace.js'

const STEPS = 6

/** The bundled CLI (dist/cli.js in CI), started as a user starts it. */
let CLI: string
beforeAll(async () => {
  CLI = await cliBundle()
}, 120_000)

let ws: Workspace
beforeEach(() => {
  ws = workspace()
  const steps = Array.from(
    { length: STEPS },
    (_, i) => `  - {id: s${i + 1}, type: cli, with: {argv: [mark, s${i + 1}]}}`
  )
  writeFileSync(
    join(ws.dir, 'marks.yaml'),
    `apiVersion: runbook/v0\nmeta: {name: marks, governance: {allowed_commands: [mark]}}\nsteps:\n${steps.join('\n')}\n`
  )
})
afterEach(() => ws.cleanup())

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NO_COLOR: '1',
    NODE_OPTIONS: '',
    PATH: `${fixture('bin')}:${process.env.PATH ?? ''}`,
    MARK_FILE: join(ws.dir, 'marks.txt'),
    ...extra
  }
}

const marks = (): string[] =>
  existsSync(join(ws.dir, 'marks.txt'))
    ? readFileSync(join(ws.dir, 'marks.txt'), 'utf8').trim().split('\n').filter(Boolean)
    : []
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function trace(): TraceRecord[] {
  const runs = existsSync(ws.runsDir) ? readdirSync(ws.runsDir) : []
  if (runs.length === 0) return []
  const text = readFileSync(join(ws.runsDir, runs[0] as string, 'trace.jsonl'), 'utf8')
  // A torn final line is possible right after kill -9; only complete lines count.
  return text.split('\n').flatMap((l) => {
    try {
      return [JSON.parse(l) as TraceRecord]
    } catch {
      return []
    }
  })
}

const passedSteps = (records: TraceRecord[]) =>
  records.flatMap((r) =>
    r.type === 'step_result' && r.result.status === 'passed' ? [r.result.step_id] : []
  )

/** Starts the CLI, and kills it with SIGKILL once `until()` holds (or it exits by itself). */
async function runAndKill(
  args: string[],
  extraEnv: Record<string, string>,
  until: () => boolean
): Promise<'killed' | number> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ws.dir,
    env: env(extraEnv),
    stdio: 'ignore'
  })
  const exited = new Promise<number>((res) => child.on('exit', (code) => res(code ?? -1)))
  const deadline = Date.now() + 30_000
  for (;;) {
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error('the kill point was never reached')
    }
    const done = await Promise.race([exited.then(() => true), sleep(20).then(() => false)])
    if (done) return exited
    if (until()) {
      child.kill('SIGKILL')
      await exited
      return 'killed'
    }
  }
}

function resumeToEnd(runId: string, extraEnv: Record<string, string>): number {
  const r = spawnSync(process.execPath, [CLI, 'resume', runId], {
    cwd: ws.dir,
    env: env(extraEnv),
    encoding: 'utf8'
  })
  return r.status ?? -1
}

/** `runbook verify` on the run: hash chain, snapshots, decisions; exit 0. */
function expectVerified(runId: string): void {
  const verify = spawnSync(process.execPath, [CLI, 'verify', runId], {
    cwd: ws.dir,
    env: env(),
    encoding: 'utf8'
  })
  expect(verify.stdout).toContain('verified')
  expect(verify.status).toBe(0)
}

describe('crash safety', () => {
  it.each([
    ['after the first mark (mid step 1 or just after)', 1],
    ['after three marks', 3],
    ['after five marks', 5]
  ])('kill -9 %s: resume completes with no completed step lost or repeated', async (_label, k) => {
    const slow = { MARK_SLEEP: '0.2' }
    expect(await runAndKill(['exec', 'marks.yaml'], slow, () => marks().length >= k)).toBe('killed')
    await sleep(400) // let an orphaned `mark` finish its sleep
    const completedBeforeKill = passedSteps(trace())
    const runId = readdirSync(ws.runsDir)[0] as string
    expect(resumeToEnd(runId, slow)).toBe(0)
    const all = trace()
    expect(passedSteps(all)).toEqual(Array.from({ length: STEPS }, (_, i) => `s${i + 1}`))
    const counts = new Map<string, number>()
    for (const m of marks()) counts.set(m, (counts.get(m) ?? 0) + 1)
    for (let i = 1; i <= STEPS; i++) {
      const id = `s${i}`
      // Completed steps ran exactly once; only the step in flight at the kill may have run twice.
      if (completedBeforeKill.includes(id))
        expect({ id, runs: counts.get(id) }).toEqual({ id, runs: 1 })
      else expect(counts.get(id)).toBeGreaterThanOrEqual(1)
    }
    const twice = [...counts].filter(([, n]) => n > 1)
    expect(twice.length).toBeLessThanOrEqual(1)
    expectVerified(runId)
  })

  it('kill -9 at a random moment, twice in a row, still ends with every step passed exactly once or in flight', async () => {
    const slow = { MARK_SLEEP: '0.15' }
    expect(await runAndKill(['exec', 'marks.yaml'], slow, () => marks().length >= 2)).toBe('killed')
    const runId = readdirSync(ws.runsDir)[0] as string
    const first = passedSteps(trace())
    const outcome = await runAndKill(['resume', runId], slow, () => marks().length >= 4)
    await sleep(300)
    const second = passedSteps(trace())
    expect(first.every((s) => second.includes(s))).toBe(true)
    if (outcome === 'killed') expect(resumeToEnd(runId, slow)).toBe(0)
    expect(passedSteps(trace())).toHaveLength(STEPS)
    const counts = new Map<string, number>()
    for (const m of marks()) counts.set(m, (counts.get(m) ?? 0) + 1)
    for (const id of second)
      expect(counts.get(id) ?? 0).toBeLessThanOrEqual(first.includes(id) ? 1 : 2)
  })

  it.each([2])(
    'kill -9 in the middle of a branch (after %i marks): the resumed run keeps the decisions taken',
    async (k) => {
      // The capture of `pick` chooses branch A; before the resume the file says B. A resume that
      // ran `pick` again, or evaluated a guard again on other data, would switch to branch B.
      const guarded = (id: string, side: string) =>
        `  - {id: ${id}, type: cli, when: 'captures.side.startsWith("${side}")', with: {argv: [mark, ${id}]}}`
      writeFileSync(
        join(ws.dir, 'branch.yaml'),
        [
          'apiVersion: runbook/v0',
          'meta: {name: branch, governance: {allowed_commands: [mark, cat]}}',
          'steps:',
          '  - {id: pick, type: cli, with: {argv: [cat, side.txt]}, capture: {side: stdout}}',
          ...['a1', 'a2', 'a3'].map((id) => guarded(id, 'A')),
          ...['b1', 'b2'].map((id) => guarded(id, 'B')),
          ''
        ].join('\n')
      )
      writeFileSync(join(ws.dir, 'side.txt'), 'A\n')
      const slow = { MARK_SLEEP: '0.2' }
      expect(await runAndKill(['exec', 'branch.yaml'], slow, () => marks().length >= k)).toBe(
        'killed'
      )
      await sleep(400)
      writeFileSync(join(ws.dir, 'side.txt'), 'B\n')
      const runId = readdirSync(ws.runsDir)[0] as string
      expect(resumeToEnd(runId, slow)).toBe(0)
      const all = trace()
      const results = all.flatMap((r) => (r.type === 'step_result' ? [r.result] : []))
      expect(results.filter((r) => r.step_id === 'pick').map((r) => r.status)).toEqual(['passed'])
      const last = new Map(results.map((r) => [r.step_id, r.status]))
      expect(Object.fromEntries(last)).toEqual({
        pick: 'passed',
        a1: 'passed',
        a2: 'passed',
        a3: 'passed',
        b1: 'not_taken',
        b2: 'not_taken'
      })
      expect(marks().filter((m) => m.startsWith('b'))).toEqual([])
      // Every guard recorded, before or after the kill, read side "A": none was taken differently.
      const guards = all.flatMap((r) => (r.type === 'decision_recorded' ? [r] : []))
      for (const g of guards) expect(g.values['captures.side']).toBe('A')
      expect(new Set(guards.map((g) => `${g.step_id}=${String(g.result)}`))).toEqual(
        new Set(['a1=true', 'a2=true', 'a3=true', 'b1=false', 'b2=false'])
      )
      expectVerified(runId)
    }
  )

  it('SIGINT stops the running command, records the run as paused (exit 5), and resume runs the step again', async () => {
    const flag = join(ws.dir, 'keep-sleeping')
    writeFileSync(flag, '')
    const child = spawn(process.execPath, [CLI, 'exec', 'marks.yaml'], {
      cwd: ws.dir,
      env: env({ MARK_SLEEP: '30', MARK_SLEEP_WHILE: flag }),
      stdio: 'ignore'
    })
    const exited = new Promise<number>((res) => child.on('exit', (code) => res(code ?? -1)))
    const deadline = Date.now() + 60_000
    while (marks().length === 0) {
      if (Date.now() > deadline) throw new Error('the step never started')
      await sleep(20)
    }
    const t0 = Date.now()
    child.kill('SIGINT')
    expect(await exited).toBe(5)
    expect(Date.now() - t0).toBeLessThan(8000)
    const records = trace()
    expect(records.some((r) => r.type === 'run_paused' && r.reason.includes("'s1'"))).toBe(true)
    expect(passedSteps(records)).toEqual([])
    rmSync(flag)
    const runId = readdirSync(ws.runsDir)[0] as string
    expect(resumeToEnd(runId, { MARK_SLEEP: '30', MARK_SLEEP_WHILE: flag })).toBe(0)
    const s1 = trace().find((r) => r.type === 'step_result' && r.result.step_id === 's1')
    expect(s1).toMatchObject({ result: { status: 'passed', attempt: 2 } })
  })

  it('a closed standard output (exec | head -1) pauses the run like SIGTERM (exit 5), never exit 0', async () => {
    const child = spawn(process.execPath, [CLI, 'exec', 'marks.yaml'], {
      cwd: ws.dir,
      env: env({ MARK_SLEEP: '1' }),
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const exited = new Promise<number>((res) => child.on('exit', (code) => res(code ?? -1)))
    // Read the first line, then close the pipe, as `head -1` does.
    await new Promise<void>((res) => child.stdout.once('data', () => res()))
    child.stdout.destroy()
    expect(await exited).toBe(5)
    expect(stderr).toContain(
      'standard output was closed: stopping the running step and pausing the run'
    )
    const records = trace()
    expect(records.some((r) => r.type === 'run_paused')).toBe(true)
    const runId = readdirSync(ws.runsDir)[0] as string
    expect(existsSync(join(ws.runsDir, runId, '.lock'))).toBe(false)
    expect(resumeToEnd(runId, { MARK_SLEEP: '0' })).toBe(0)
    expect(marks()).toContain('s6')
  })

  it('an output that cannot be written is one line and exit 3, not a stack trace', () => {
    const full = openSync('/dev/full', 'w')
    try {
      const r = spawnSync(process.execPath, [CLI, 'schema'], {
        cwd: ws.dir,
        env: env(),
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8'
      })
      expect(r.status).toBe(3)
      expect(r.stderr).toBe(
        'runbook: cannot write to standard output: no space left on the device\n'
      )
    } finally {
      closeSync(full)
    }
  })
})
