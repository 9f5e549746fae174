// What the replay benches (replay-1000.mjs, replay-product.mjs) share: the generated runbook and its
// cli-replay scenario, and timing in interleaved rounds (wall and CPU).
import { performance } from 'node:perf_hooks'

const TOOLS = ['kubectl', 'az', 'helm', 'terraform']

/** A runbook of n cli steps; every 10th captures, every 5th asserts, argv uses a var. */
export function runbookText(n) {
  const steps = Array.from({ length: n }, (_, i) => {
    const tool = TOOLS[i % TOOLS.length]
    const extra = [
      i % 10 === 0 ? `    capture: {c${i}: stdout}` : '',
      i % 5 === 0 ? '    assertions: [{contains: ok}]' : ''
    ].filter(Boolean)
    return [
      `  - id: s${i}`,
      '    type: cli',
      `    with: {argv: [${tool}, get, item-${i}, -n, "{{ .ns }}"]}`,
      ...extra
    ].join('\n')
  })
  return `apiVersion: runbook/v0\nmeta: {name: bench-${n}, vars: {ns: prod}}\nsteps:\n${steps.join('\n')}\n`
}

/** Its scenario: one step per call, {{ .any }} for the namespace, an unordered group every 100. */
export function scenarioText(n) {
  const leaf = (i, indent) => {
    const tool = TOOLS[i % TOOLS.length]
    return `${indent}- match: {argv: [${tool}, get, item-${i}, -n, "{{ .any }}"]}\n${indent}  respond: {stdout: "ok ${i} {{ .capture.k }}\\n"${i === 0 ? ', capture: {k: v}' : ''}}`
  }
  const out = []
  for (let i = 0; i < n; i++) {
    if (i % 100 === 50 && i + 3 <= n) {
      const kids = [i, i + 1, i + 2].map((j) => leaf(j, '        ')).join('\n')
      out.push(`  - group:\n      mode: unordered\n      steps:\n${kids}`)
      i += 2
    } else out.push(leaf(i, '  '))
  }
  return `meta: {name: bench-${n}}\nsteps:\n${out.join('\n')}\n`
}

/** Wall and CPU (user + system of this process) milliseconds of one call. */
export async function timed(fn) {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  await fn()
  const wall = performance.now() - t0
  const c = process.cpuUsage(c0)
  return { wall, cpu: (c.user + c.system) / 1000 }
}

const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Median wall and CPU time of each function over `runs` interleaved rounds after one warm-up each. */
export async function interleaved(fns, runs) {
  for (const fn of fns) await fn()
  const rounds = fns.map(() => ({ wall: [], cpu: [] }))
  for (let i = 0; i < runs; i++) {
    for (const [j, fn] of fns.entries()) {
      const t = await timed(fn)
      rounds[j].wall.push(t.wall)
      rounds[j].cpu.push(t.cpu)
    }
  }
  return rounds.map((r) => ({ wall: mid(r.wall), cpu: mid(r.cpu) }))
}
