// Whether a live process group is the one a step's command leads: read from /proc, never from the
// run directory's .group (which only names a number and is not hash-chained). The caller gives what
// the trace says ran: the step's argv as rendered, the file the runner spawned, and when the step
// started. A group proven to be that step's is ended by a resume; anything else is left alone.
import { existsSync, readFileSync, readlinkSync } from 'node:fs'
import { startTicks } from './process-group.js'

/** The cli step the trace shows in flight (started, not finished), as the runner spawned it. */
export interface StepCommand {
  stepId: string
  /** argv as rendered: argv[0] as the runbook wrote it (the runner passes it as the child's argv0). */
  argv: readonly string[]
  /** The file spawned: the absolute path argv[0] resolved to (its real path). */
  executable: string
  /** When the step started (the step_started record's time), ms since the epoch. */
  startedAtMs: number
}

/** A clock tick of /proc/PID/stat's start time: USER_HZ is 100 on every Linux Node runs on. */
const TICK_MS = 10
/** /proc/stat's btime has whole seconds, and the trace's time is taken before the spawn. */
const START_SLACK_MS = 2000
/**
 * The runner spawns the command right after the step_started record is durable (milliseconds; a
 * stalled disk may make it seconds): a leader that started much later is someone else's.
 */
const START_WINDOW_MS = 10 * 60_000

/**
 * Why `pid` does not lead `step`'s command, or undefined when it does: its /proc/PID/cmdline is the
 * step's argv (a binary: argv[0] as written and /proc/PID/exe the spawned file; a script: the
 * interpreter, then the spawned file and the rest of argv) and it started when the step did (not
 * before it, and within START_WINDOW_MS after it).
 */
export function notTheStepsLeader(pid: number, step: StepCommand): string | undefined {
  const cmdline = readCmdline(pid)
  if (cmdline === undefined)
    return existsSync('/proc/self/cmdline')
      ? `its leader has exited, so it cannot be shown to run step '${step.stepId}'`
      : `without /proc it cannot be shown to run step '${step.stepId}'`
  if (!sameCommand(pid, cmdline, step))
    return `its leader does not run the command of step '${step.stepId}'`
  const started = startedAtMs(pid)
  if (started === undefined) return undefined
  if (started < step.startedAtMs - START_SLACK_MS)
    return `its leader started before step '${step.stepId}' did`
  if (started > step.startedAtMs + START_WINDOW_MS)
    return `its leader started over ${START_WINDOW_MS / 60_000} minutes after step '${step.stepId}' did`
  return undefined
}

function sameCommand(pid: number, cmdline: string[], step: StepCommand): boolean {
  const rest = step.argv.slice(1)
  const tail = (n: number) => cmdline.slice(cmdline.length - n)
  if (!equal(tail(rest.length), rest)) return false
  const before = cmdline.slice(0, cmdline.length - rest.length)
  // A binary: the kernel keeps argv[0] as the runner gave it.
  if (before.length === 1 && before[0] === step.argv[0]) return exePath(pid) === step.executable
  // A script (#!): the interpreter (and its argument) replace argv[0], then the spawned file.
  return before.length >= 2 && before.at(-1) === step.executable
}

function equal(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}

/** The process's arguments, NUL-separated in /proc/PID/cmdline; undefined when it is gone. */
function readCmdline(pid: number): string[] | undefined {
  let text: string
  try {
    text = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
  } catch {
    return undefined
  }
  // A zombie, or a kernel thread, has no arguments.
  if (text === '') return undefined
  return (text.endsWith('\u0000') ? text.slice(0, -1) : text).split('\u0000')
}

function exePath(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/exe`)
  } catch {
    return undefined
  }
}

/** When the process started, ms since the epoch: boot time plus field 22 of /proc/PID/stat. */
function startedAtMs(pid: number): number | undefined {
  const ticks = Number(startTicks(pid))
  const boot = bootTimeMs()
  if (!Number.isFinite(ticks) || boot === undefined) return undefined
  return boot + ticks * TICK_MS
}

function bootTimeMs(): number | undefined {
  try {
    const m = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))
    return m?.[1] === undefined ? undefined : Number(m[1]) * 1000
  } catch {
    return undefined
  }
}
