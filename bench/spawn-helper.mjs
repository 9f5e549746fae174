// Benchmark: the spawn floor (issue 16). Does a small resident helper process, started once, spawn
// a step's command more cheaply than the runbook process itself? fork(2) copies the parent's page
// tables, so spawning costs more from a larger process; the helper (bench/spawn-helper-child.mjs)
// is a bare Node process, and the child's stdout and stderr go to this process directly (sockets
// created here and passed to the helper over its IPC channel), with no relay.
// Measured in the same interleaved rounds: spawning /usr/bin/true directly (pipes, own process
// group) and through the helper, from this process with no ballast and with --ballast MB of live
// heap, so this process's RSS is that of `runbook exec` (86 MB here: /usr/bin/time -f %M).
// Usage: node bench/spawn-helper.mjs [--ballast MB] [--spawns N] [--rounds R]
import { Buffer } from 'node:buffer'
import { fork, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createConnection, createServer } from 'node:net'
import { loadavg } from 'node:os'
import { URL } from 'node:url'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}
const BALLAST = arg('--ballast', 30)
const SPAWNS = arg('--spawns', 50)
const ROUNDS = arg('--rounds', 5)
const EXE = '/usr/bin/true'

const helper = fork(new URL('./spawn-helper-child.mjs', import.meta.url), [], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc']
})
// An abstract unix socket (Linux): a connected pair per stream, one end passed to the helper.
const address = `\0spawn-helper-${randomBytes(8).toString('hex')}`
const server = createServer()
await new Promise((resolve) => server.listen(address, resolve))
const accepted = []
server.on('connection', (socket) => accepted.shift()(socket))
const socketPair = () =>
  new Promise((resolve) => {
    accepted.push((ours) => resolve([theirs, ours]))
    const theirs = createConnection(address)
  })

let nextId = 0
const exits = new Map()
helper.on('message', (m) => exits.get(m.id)?.(m))

async function viaHelper() {
  const id = nextId++
  const [[out, outHere], [err, errHere]] = await Promise.all([socketPair(), socketPair()])
  const ended = (s) => new Promise((resolve) => s.on('end', resolve).resume())
  const exit = new Promise((resolve) => exits.set(id, resolve))
  helper.send({ op: 'fd', id, which: 'stdout' }, out)
  helper.send({ op: 'fd', id, which: 'stderr' }, err)
  helper.send({ op: 'spawn', id, file: EXE, args: [], env: process.env, cwd: process.cwd() })
  await Promise.all([ended(outHere), ended(errHere), exit])
  exits.delete(id)
}

function direct() {
  return new Promise((resolve) => {
    const c = spawn(EXE, [], { stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    c.stdout.resume()
    c.stderr.resume()
    c.on('close', resolve)
  })
}

const perSpawn = async (f) => {
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < SPAWNS; i++) await f()
  return Number(process.hrtime.bigint() - t0) / 1e6 / SPAWNS
}
const ballast = []
const rows = {}
for (const mb of [0, BALLAST]) {
  while (ballast.length < mb) ballast.push(Buffer.alloc(1 << 20, 1), new Array(20000).fill({ mb }))
  for (let i = 0; i < 5; i++) await Promise.all([direct(), viaHelper()])
  const rss = (process.memoryUsage().rss / 1e6).toFixed(0)
  const d = (rows[`direct, RSS ${rss} MB`] = [])
  const h = (rows[`helper, RSS ${rss} MB`] = [])
  for (let r = 0; r < ROUNDS; r++) {
    d.push(await perSpawn(direct))
    h.push(await perSpawn(viaHelper))
  }
}
const sorted = (xs) => [...xs].sort((a, b) => a - b)
console.log(`${ROUNDS} rounds of ${SPAWNS} spawns of ${EXE}, load ${loadavg()[0].toFixed(1)}`)
for (const [name, xs] of Object.entries(rows)) {
  const s = sorted(xs)
  console.log(
    `  ${name.padEnd(24)} min ${s[0].toFixed(2)} ms  median ${s[Math.floor(s.length / 2)].toFixed(2)} ms per spawn`
  )
}
helper.disconnect()
server.close()
