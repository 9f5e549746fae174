// Commands that run other commands: sudo, env, timeout, flock, taskset, nsenter, find -exec, the
// dynamic loader, busybox, strace, ... The table says how each finds the command it runs in its
// arguments, so the classifier can classify that command and the engine can hold it to the allow
// and deny lists. Where the command cannot be read from argv (a shell string, make, an editor,
// gdb, a wrapper without a command that opens a shell), `opaque` says why. Pure.
import { commandName, commandRunnerReason } from '../commands.js'
import type { WrapperSpec } from './wrapper-table.js'
import { LOADER, LOADER_SPEC, OPAQUE, WRAPPERS } from './wrapper-table.js'

/** True for the dynamic loader's names (`ld-linux-x86-64.so.2`, `ld.so`, `ld-musl-x86_64.so.1`). */
export function isLoader(name: string): boolean {
  return LOADER.test(commandName(name))
}

/** Why allowing `name` lets other commands through (it is a wrapper, or runs unreadable code). */
export function wrapperReason(name: string): string | undefined {
  const tool = commandName(name)
  if (OPAQUE.has(tool)) return OPAQUE.get(tool)
  if (WRAPPERS.has(tool) || isLoader(tool)) return `${tool} runs the command given as its argument`
  return undefined
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'ash', 'fish', 'csh', 'tcsh'])

/** Characters that make a command line more than plain words for a shell. */
const SHELL_SYNTAX = /[;&|<>`$(){}[\]*?~#!\\'"\n=]/

export interface InnerCommands {
  /** The commands the argv runs besides argv[0], outermost first. */
  commands: { argv: string[]; by: string; remote: boolean }[]
  /** NAME=VALUE assignments a wrapper makes for the command it runs (env X=1 cmd). */
  assignments: { name: string; by: string }[]
  /** Why a command it runs cannot be read from argv; undefined when every one can. */
  opaque?: string
}

/** Finds every command an argv runs through wrappers, shells given plain words, and find -exec. */
export function innerCommands(argv: readonly string[]): InnerCommands {
  const out: InnerCommands = { commands: [], assignments: [] }
  let current: readonly string[] = argv
  let remote = false
  for (let depth = 0; depth < 16 && current.length > 0; depth++) {
    const tool = commandName(current[0] as string)
    const step = unwrapOnce(tool, current.slice(1))
    if ('opaque' in step) {
      out.opaque = step.opaque
      return out
    }
    for (const a of step.assignments ?? []) out.assignments.push({ name: a, by: tool })
    remote ||= step.remote === true
    const [first, ...rest] = step.inner
    if (first === undefined) return out
    for (const extra of rest) out.commands.push({ argv: extra, by: tool, remote })
    out.commands.push({ argv: first, by: tool, remote })
    current = first
  }
  return out
}

/** What one wrapper runs: commands (each an argv), or why they cannot be read. */
export type Unwrapped =
  | {
      inner: string[][]
      assignments?: string[]
      remote?: boolean
      /** It acts on a running process instead (taskset -p, strace -p). */
      process?: boolean
    }
  | {
      opaque: string
      /** Without a command it opens a shell. */
      bare?: boolean
      /** The shell command line it was given, when there is one. */
      line?: string
    }

/** The commands `tool` runs given `args` (one level: sudo timeout 5 rm gives timeout 5 rm). */
export function unwrapOnce(tool: string, args: readonly string[]): Unwrapped {
  const opaque = OPAQUE.get(tool)
  if (opaque !== undefined) return { opaque }
  if (SHELLS.has(tool)) return shell(tool, args)
  if (tool === 'find') return findExec(args)
  if (tool === 'git') return git(args)
  const spec = WRAPPERS.get(tool) ?? (LOADER.test(tool) ? LOADER_SPEC : undefined)
  if (spec !== undefined) return wrapper(tool, spec, args)
  const runner = commandRunnerReason(tool)
  return runner === undefined ? { inner: [] } : { opaque: `${tool}: ${runner}` }
}

function wrapper(tool: string, spec: WrapperSpec, args: readonly string[]): Unwrapped {
  const assignments: string[] = []
  let i = 0
  for (; i < args.length; i++) {
    const a = args[i] as string
    if (a === '--') {
      i++
      break
    }
    if (spec.assignments === true && /^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) {
      assignments.push(a.slice(0, a.indexOf('=')))
      continue
    }
    if (!a.startsWith('-') || a === '-') break
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined]
    if (spec.pidFlags?.includes(flag) === true) return { inner: [], process: true }
    const value = inline ?? (takesValue(spec, flag) ? args[++i] : undefined)
    if (spec.shellFlags?.includes(flag) === true)
      return value === undefined
        ? { opaque: `${tool} ${flag} without a command line` }
        : plainWords(tool, value)
    if (spec.splitFlags?.includes(flag) === true && value !== undefined) {
      const words = value.split(/\s+/).filter((x) => x !== '')
      return { inner: words.length === 0 ? [] : [[...words, ...args.slice(i + 1)]], assignments }
    }
  }
  // Assignments may also follow the options (sudo -u x A=1 cmd).
  while (
    spec.assignments === true &&
    i < args.length &&
    /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[i] as string)
  ) {
    const a = args[i++] as string
    assignments.push(a.slice(0, a.indexOf('=')))
  }
  i += spec.operands ?? 0
  const rest = args.slice(i)
  if (rest.length === 0)
    return spec.shellWhenBare === true
      ? { opaque: `${tool} without a command opens a shell`, bare: true }
      : { inner: [], assignments }
  if (spec.joined === true && !(tool === 'watch' && hasExecFlag(args))) {
    const joined = plainWords(tool, rest.join(' '))
    return 'opaque' in joined ? joined : { ...joined, assignments, remote: spec.remote === true }
  }
  return { inner: [[...rest]], assignments, remote: spec.remote === true }
}

function takesValue(spec: WrapperSpec, flag: string): boolean {
  return [
    ...(spec.valueFlags ?? []),
    ...(spec.shellFlags ?? []),
    ...(spec.splitFlags ?? [])
  ].includes(flag)
}

function hasExecFlag(args: readonly string[]): boolean {
  return args.some((a) => a === '-x' || a === '--exec')
}

/** A shell command line: plain words are one command; anything a shell would interpret is opaque. */
function plainWords(tool: string, line: string): Unwrapped {
  if (SHELL_SYNTAX.test(line))
    return {
      opaque: `${tool} hands '${line}' to a shell, which can run anything its syntax allows`,
      line
    }
  const words = line.split(/\s+/).filter((x) => x !== '')
  return { inner: words.length === 0 ? [] : [words] }
}

/** sh -c 'plain words' is readable; a script file, stdin or shell syntax is not. */
function shell(tool: string, args: readonly string[]): Unwrapped {
  const c = args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a))
  const line = c === -1 ? undefined : args[c + 1]
  if (line === undefined)
    return {
      opaque: `${tool} runs a script or input the classifier cannot see`,
      bare: args.length === 0
    }
  return plainWords(tool, line)
}

/** find -exec/-execdir/-ok/-okdir CMD ... ; (or +) runs CMD for the matches. */
function findExec(args: readonly string[]): Unwrapped {
  const inner: string[][] = []
  for (let i = 0; i < args.length; i++) {
    if (!/^-(exec|execdir|ok|okdir)$/.test(args[i] as string)) continue
    const end = args.findIndex((a, j) => j > i && (a === ';' || a === '+'))
    const cmd = args.slice(i + 1, end === -1 ? undefined : end)
    if (cmd.length > 0) inner.push(cmd)
    if (end === -1) break
    i = end
  }
  return { inner }
}

/** git's global -c / --config-env / --exec-path can make any subcommand run any program. */
function git(args: readonly string[]): Unwrapped {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string
    if (!a.startsWith('-')) break // the subcommand: its own -c (log -c) is something else
    if (
      a === '-c' ||
      a === '--config-env' ||
      a.startsWith('--config-env=') ||
      a.startsWith('--exec-path')
    )
      return { opaque: `git ${a} can set an alias, a pager or a helper that runs any command` }
    if (a === '-C' || a === '--git-dir' || a === '--work-tree' || a === '--namespace') i++
  }
  return { inner: [] }
}
