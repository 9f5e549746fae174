// Signalling the process group a step's command leads (it is spawned detached: setsid makes it the
// leader of a new session and process group, and its descendants inherit the group unless they
// leave it themselves with setsid).
import { closeSync, openSync, readdirSync, readSync } from 'node:fs'

/**
 * Sends `signal` to every process of the group. Failures are ignored: ESRCH means the group is
 * gone, EPERM that a member runs as another user (setuid); there is nothing more to do either way.
 */
export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal)
  } catch {
    // see above
  }
}

/**
 * True while a live process remains in the group. On Linux this reads /proc, so zombies do not
 * count: where PID 1 does not reap orphans (some containers), killed descendants stay zombies
 * forever, and `kill(-pgid, 0)` would report the group alive long after everything in it died.
 * Elsewhere `kill(-pgid, 0)` is the answer.
 */
export function groupAlive(pgid: number): boolean {
  // ESRCH means no process at all, zombies included: the common case after a command exits, and
  // far cheaper than scanning /proc, which is only needed to tell zombies from the living.
  const code = probeGroup(pgid)
  if (code !== undefined) return code === 'EPERM'
  const members = liveMembersFromProc(pgid)
  return members === undefined ? true : members > 0
}

/**
 * kill(-pgid, 0): undefined when it succeeded, else the error code. It fails (ESRCH) after nearly
 * every step, and Node builds an exception for it: without a stack trace to capture that costs a
 * few microseconds instead of a fifth of a millisecond.
 */
function probeGroup(pgid: number): string | undefined {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    process.kill(-pgid, 0)
    return undefined
  } catch (err) {
    return errorCode(err) ?? 'unknown'
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** Live (not zombie) processes whose process group is `pgid`; undefined without /proc. */
function liveMembersFromProc(pgid: number): number | undefined {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return undefined
  }
  let live = 0
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    const fields = procStat(Number(entry))
    if (fields === undefined) continue // exited while we looked
    const state = fields[0]
    if (Number(fields[2]) === pgid && state !== 'Z' && state !== 'X') live++
  }
  return live
}

/** procStat's buffer: /proc/PID/stat is a few hundred bytes. */
const statBuffer = Buffer.alloc(4096)

/**
 * The fields of /proc/PID/stat after the command name (which may hold spaces and parentheses):
 * state ppid pgrp ... (field 3 of proc(5) is index 0); undefined when the process is gone or there
 * is no /proc.
 */
function procStat(pid: number): string[] | undefined {
  let fd: number | undefined
  try {
    // One read: the kernel hands the whole file to a buffer this size (it is a few hundred bytes).
    fd = openSync(`/proc/${pid}/stat`, 'r')
    const n = readSync(fd, statBuffer, 0, statBuffer.length, 0)
    const stat = statBuffer.toString('latin1', 0, n)
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** The process's start time: field 22 of /proc/PID/stat, clock ticks since boot. */
export function startTicks(pid: number): string | undefined {
  return procStat(pid)?.[19]
}

/**
 * Ends the group: SIGTERM, then SIGKILL once `graceMs` has passed with a process still alive.
 * Resolves when the group is empty or SIGKILL has been sent.
 */
export async function terminateGroup(pgid: number, graceMs: number, pollMs = 50): Promise<void> {
  signalGroup(pgid, 'SIGTERM')
  const deadline = Date.now() + graceMs
  while (Date.now() < deadline) {
    if (!groupAlive(pgid)) return
    await sleep(Math.min(pollMs, Math.max(1, deadline - Date.now())))
  }
  signalGroup(pgid, 'SIGKILL')
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** A delay that can be cleared: a timer left armed after a race keeps the process alive. */
export function delay(ms: number): { done: Promise<void>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined
  const done = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))
  return { done, clear: () => clearTimeout(timer) }
}

/** Waits for `p`, or at most `ms`; never leaves a timer behind. */
export async function within(p: Promise<unknown>, ms: number): Promise<void> {
  const d = delay(ms)
  try {
    await Promise.race([p, d.done])
  } finally {
    d.clear()
  }
}

export function errorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('code' in err)) return undefined
  return typeof err.code === 'string' ? err.code : undefined
}
