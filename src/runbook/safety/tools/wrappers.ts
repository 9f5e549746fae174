// Commands that run another command (sudo, env, timeout, xargs, ssh, ...) take the wrapped
// command's level; shells and interpreters run code the classifier cannot see, so they are unknown.
import { commandRunnerReason } from '../../commands.js'
import type { Classification, ToolClassifier } from '../types.js'
import { classified } from '../types.js'

// How many leading words (after options) each wrapper consumes before the wrapped command.
const OPERANDS: Record<string, number> = { timeout: 1, chroot: 1, ssh: 1, ionice: 0, nice: 0 }
const VALUE_FLAGS: Record<string, ReadonlySet<string>> = {
  sudo: new Set(['-u', '--user', '-g', '--group', '-C', '-D', '-h', '-p', '-r', '-t', '-U']),
  doas: new Set(['-u', '-C']),
  timeout: new Set(['-s', '--signal', '-k', '--kill-after']),
  nice: new Set(['-n', '--adjustment']),
  ionice: new Set(['-c', '--class', '-n', '--classdata', '-p']),
  watch: new Set(['-n', '--interval', '-d']),
  xargs: new Set(['-I', '-L', '-n', '-P', '-d', '-E', '-s', '-a']),
  stdbuf: new Set(['-i', '-o', '-e']),
  ssh: new Set([
    '-i',
    '-p',
    '-l',
    '-o',
    '-F',
    '-J',
    '-L',
    '-R',
    '-D',
    '-W',
    '-b',
    '-c',
    '-E',
    '-m',
    '-S'
  ]),
  env: new Set(['-u', '--unset', '-C', '--chdir', '-S'])
}

/** The wrapped command of a wrapper's arguments, or undefined when there is none. */
export function wrappedCommand(tool: string, args: readonly string[]): string[] | undefined {
  const flags = VALUE_FLAGS[tool] ?? new Set<string>()
  let i = 0
  while (i < args.length) {
    const a = args[i] as string
    if (a === '--') {
      i++
      break
    }
    if (tool === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) {
      i++
      continue
    }
    if (!a.startsWith('-') || a === '-') break
    i += !a.includes('=') && flags.has(a) ? 2 : 1
  }
  i += OPERANDS[tool] ?? 0
  return i < args.length ? args.slice(i) : undefined
}

/** Classifies a wrapper by the command it wraps. */
export const classifyWrapper: ToolClassifier = (tool, args, classify) => {
  const inner = wrappedCommand(tool, args)
  if (inner === undefined) {
    if (tool === 'env' || tool === 'time')
      return classified('read-only', tool, `${tool}.print`, `${tool} without a command only prints`)
    if (tool === 'ssh')
      return classified(
        'unknown',
        tool,
        'ssh.session',
        'ssh without a command opens a remote shell in which anything can run'
      )
    if (tool === 'sudo' || tool === 'su' || tool === 'doas')
      return classified(
        'unknown',
        tool,
        `${tool}.shell`,
        `${tool} without a command opens a root shell`
      )
    return classified('unknown', tool, `${tool}.no-command`, `${tool} without a command to run`)
  }
  const c: Classification = classify(inner)
  const where =
    tool === 'ssh' ? ` on ${args.find((a) => !a.startsWith('-')) ?? 'another host'}` : ''
  return classified(
    c.level,
    c.tool,
    c.rule,
    `${tool} runs '${inner.join(' ')}'${where}: ${c.reason}`
  )
}

/** Shells and interpreters: the code they run is not on the command line in a readable form. */
export const classifyRunner: ToolClassifier = (tool) =>
  classified(
    'unknown',
    tool,
    'command-runner',
    `${tool} runs code the classifier cannot see (${commandRunnerReason(tool) ?? 'a command runner'})`
  )
