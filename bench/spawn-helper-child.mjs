// The resident spawn helper measured by bench/spawn-helper.mjs (a prototype, not used by the CLI).
// It receives the child's stdout and stderr as sockets its parent created (SCM_RIGHTS through the
// IPC channel), spawns the command in its own process group with exactly the env given, reports
// the pid and the exit, and kills every group it started when its parent goes away.
import { spawn } from 'node:child_process'

const kids = new Map()
const stdio = new Map()
process.on('message', (m, handle) => {
  if (m.op === 'fd') {
    stdio.set(m.id, { ...stdio.get(m.id), [m.which]: handle })
    return
  }
  const fds = stdio.get(m.id)
  stdio.delete(m.id)
  let child
  try {
    child = spawn(m.file, m.args, {
      env: m.env,
      cwd: m.cwd,
      detached: true,
      stdio: ['ignore', fds.stdout, fds.stderr]
    })
  } catch (e) {
    process.send({ id: m.id, op: 'error', code: e.code })
    return
  }
  fds.stdout.destroy()
  fds.stderr.destroy()
  child.on('error', (e) => process.send({ id: m.id, op: 'error', code: e.code }))
  if (child.pid === undefined) return
  kids.set(m.id, child)
  child.on('exit', (code, signal) => {
    kids.delete(m.id)
    process.send({ id: m.id, op: 'exit', code, signal })
  })
})
process.on('disconnect', () => {
  for (const child of kids.values()) {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  process.exit(0)
})
