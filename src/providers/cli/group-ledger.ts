// The process group a run's step is running, written down where a resume finds it (the run
// directory's .group file: the application layer gives the path). A step's command
// leads a group of its own (so a timeout can end everything it started), which also means that a
// kill -9 of the runbook process leaves the group running. The ledger file in the run directory
// names that group while it runs: written when the command has started, removed once the group is
// gone. A resume ends a group the ledger still names before it runs the step again, so the step
// never runs twice at once.
// The file is written without fsync on purpose: it matters only while this machine is up. After a
// power loss or a reboot no process of the group survives, and a stale entry is recognised as such
// (the group is gone, or its number now leads another process that started later).
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { groupAlive, procStat, sleep, terminateGroup } from './process-group.js'

interface Entry {
  pgid: number
  host: string
  /** The leader's start time (/proc/PID/stat, clock ticks since boot); absent without /proc. */
  start?: string
}

/** What a runner tells the ledger; a run directory is attached once it exists. */
export class GroupLedger {
  private path: string | undefined

  /** From now on, groups are recorded in the file at `path`. */
  attach(path: string): void {
    this.path = path
  }

  /** The command leading group `pgid` has started. */
  started(pgid: number): void {
    if (this.path === undefined) return
    const start = startTime(pgid)
    const entry: Entry = { pgid, host: hostname(), ...(start === undefined ? {} : { start }) }
    try {
      writeFileSync(this.path, `${JSON.stringify(entry)}\n`, { mode: 0o600 })
    } catch {
      // The run directory cannot be written: the step's own records fail and say so.
    }
  }

  /** The group is gone. */
  ended(): void {
    if (this.path !== undefined) rmSync(this.path, { force: true })
  }
}

/** What ending a leftover group did, for the operator. */
export interface LeftoverGroup {
  pgid: number
}

/**
 * Ends the group the ledger file at `path` names, if it is still running here: SIGTERM,
 * then SIGKILL after `graceMs`, and waits until it is gone. Call it holding the run's lock (so the
 * process that started the group is dead) and before any step runs. An entry whose group is gone,
 * or whose number now leads a process started after it, is only removed.
 */
export async function endLeftoverGroup(
  path: string,
  graceMs: number
): Promise<LeftoverGroup | undefined> {
  const entry = readEntry(path)
  if (entry === undefined) return undefined
  // A run directory on a shared disk: another machine's group is not ours to signal.
  if (entry.host !== hostname()) return undefined
  let ended: LeftoverGroup | undefined
  if (groupAlive(entry.pgid) && sameLeader(entry)) {
    await terminateGroup(entry.pgid, graceMs)
    // SIGKILL cannot be refused; the kernel takes a moment to remove what it killed.
    for (let i = 0; i < 100 && groupAlive(entry.pgid); i++) await sleep(20)
    ended = { pgid: entry.pgid }
  }
  rmSync(path, { force: true })
  return ended
}

/**
 * The leader that started the group still leads it, or has exited while the group lives on (a
 * group's number is not given to a new process while any member still uses it).
 */
function sameLeader(entry: Entry): boolean {
  const now = startTime(entry.pgid)
  return now === undefined || entry.start === undefined || now === entry.start
}

function readEntry(path: string): Entry | undefined {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
  try {
    const v = JSON.parse(text) as Partial<Entry> | null
    if (
      Number.isSafeInteger(v?.pgid) &&
      (v?.pgid ?? 0) > 1 &&
      typeof v?.host === 'string' &&
      (v.start === undefined || typeof v.start === 'string')
    )
      return v as Entry
  } catch {
    // not an entry this code wrote: nothing to end
  }
  return undefined
}

/** The process's start time: field 22 of /proc/PID/stat (clock ticks since boot). */
function startTime(pid: number): string | undefined {
  return procStat(pid)?.[19]
}
