import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { classifyCommand, knownTools, worst } from '../../src/runbook/safety/index.js'
import type { Classification } from '../../src/runbook/safety/index.js'
import { ROOT } from '../helpers/fixtures.js'

// docs/SAFETY.md is the specification: every row of its table is a test case.
const doc = readFileSync(join(ROOT, 'docs', 'SAFETY.md'), 'utf8')
const rows = [
  ...doc.matchAll(/^\| `(.+)` \| (read-only|mutating|destructive|unknown) \| `([^`]+)` \|$/gm)
].map((m) => [m[1] as string, m[2] as string, m[3] as string] as const)

/** Splits a table cell into words; single and double quotes group and are removed. */
function words(cmd: string): string[] {
  const out: string[] = []
  let cur = ''
  let started = false
  let quote: string | undefined
  for (const ch of cmd) {
    if (quote !== undefined) {
      if (ch === quote) quote = undefined
      else cur += ch
    } else if (ch === "'" || ch === '"') {
      quote = ch
      started = true
    } else if (ch === ' ') {
      if (started || cur !== '') out.push(cur)
      cur = ''
      started = false
    } else cur += ch
  }
  if (started || cur !== '') out.push(cur)
  return out
}

describe('classifyCommand: the table in docs/SAFETY.md', () => {
  it('has a row for every level and at least 200 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200)
    expect(new Set(rows.map((r) => r[1]))).toEqual(
      new Set(['read-only', 'mutating', 'destructive', 'unknown'])
    )
  })

  it.each(rows)('%s is %s (%s)', (cmd, level, rule) => {
    const c = classifyCommand(words(cmd))
    expect({ level: c.level, rule: c.rule }).toEqual({ level, rule })
    expect(c.reason.length).toBeGreaterThan(5)
  })

  it('covers every tool family the issue names', () => {
    const tools = knownTools()
    for (const t of [
      'kubectl',
      'oc',
      'helm',
      'az',
      'aws',
      'gcloud',
      'etcdctl',
      'ceph',
      'rbd',
      'crictl',
      'docker',
      'systemctl',
      'journalctl',
      'rm',
      'dd',
      'shred',
      'truncate',
      'kill',
      'pkill',
      'killall',
      'shutdown',
      'reboot',
      'halt',
      'poweroff',
      'psql',
      'mysql',
      'sqlite3',
      'curl',
      'wget',
      'git',
      'terraform',
      'ansible-playbook',
      'iptables',
      'mount',
      'umount',
      'ls',
      'cat',
      'grep',
      'df',
      'du',
      'ps',
      'top',
      'uname'
    ])
      expect(tools).toContain(t)
  })
})

describe('classifyCommand: properties', () => {
  const word = fc.stringMatching(/^[A-Za-z0-9_./=:-]{0,12}$/)

  it('is deterministic and never throws, whatever the argv', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 8 }), (argv) => {
        expect(classifyCommand(argv)).toEqual(classifyCommand(argv))
      })
    )
  })

  it('classifies argv[0] by its basename', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('kubectl', 'rm', 'etcdctl', 'curl'),
        fc.array(word, { maxLength: 5 }),
        (tool, rest) => {
          expect(classifyCommand([`/usr/local/bin/${tool}`, ...rest])).toEqual(
            classifyCommand([tool, ...rest])
          )
        }
      )
    )
  })

  it('calls any command it does not know unknown', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^zz[a-z]{1,8}$/),
        fc.array(word, { maxLength: 4 }),
        (tool, rest) => {
          expect(classifyCommand([tool, ...rest]).level).toBe('unknown')
        }
      )
    )
  })

  it('never lets a wrapper hide a destructive command', () => {
    fc.assert(
      fc.property(fc.constantFrom('sudo', 'env', 'nohup', 'nice', 'xargs'), (wrapper) => {
        expect(classifyCommand([wrapper, 'rm', '-rf', '/x']).level).toBe('destructive')
      })
    )
  })

  it('reports an empty argv as unknown', () => {
    expect(classifyCommand([]).level).toBe('unknown')
    expect(classifyCommand(['']).rule).toBe('empty-command')
  })
})

describe('worst', () => {
  const c = (level: Classification['level']): Classification => ({
    level,
    tool: 't',
    rule: level,
    reason: ''
  })
  it('orders destructive > unknown > mutating > read-only', () => {
    expect(worst([c('read-only'), c('mutating')])?.level).toBe('mutating')
    expect(worst([c('mutating'), c('unknown')])?.level).toBe('unknown')
    expect(worst([c('unknown'), c('destructive'), c('read-only')])?.level).toBe('destructive')
    expect(worst([])).toBeUndefined()
  })
})
