// A person at a real terminal: util-linux `script` gives the command a pseudo-terminal, and each
// answer is typed once its prompt has appeared (typed earlier, readline would drop it).
import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'

/** Whether `script` is there to give a pseudo-terminal. */
export const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0

/** Runs `command` in a pseudo-terminal, typing each answer once its prompt (a regex) appeared. */
export async function converse(
  command: string,
  cwd: string,
  dialogue: [RegExp, string][]
): Promise<{ code: number; out: string }> {
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd,
    env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1', RUNBOOK_HISTORY: join(cwd, 'history') }
  })
  let out = ''
  let answered = 0
  let seenUpTo = 0
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8')
    const next = dialogue[answered]
    if (next === undefined) return
    const m = next[0].exec(out.slice(seenUpTo))
    if (m === null) return
    seenUpTo += m.index + m[0].length
    answered++
    // An answer ending in a tab is a completion request: typed alone, no Enter.
    child.stdin.write(next[1].endsWith('\t') ? next[1] : `${next[1]}\r`)
  })
  // Never a hang: a dialogue that stalls is ended, and the test fails on what was printed.
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000)
  const code = await new Promise<number>((res) => child.on('exit', (c) => res(c ?? -1)))
  clearTimeout(timer)
  return { code, out: out.replace(/\r/g, '') }
}
