// The process group a run's step is running, written down where a resume finds it (the run
// directory's .group file: the application layer gives the path). A step's command
// leads a group of its own (so a timeout can end everything it started), which also means that a
// kill -9 of the runbook process leaves the group running. The ledger file in the run directory
// names that group while it runs: written when the command has started, removed once the group is
// gone. A resume ends a group the ledger still names before it runs the step again, so the step
// never runs twice at once; but the file is not hash-chained (a stale, copied or forged one could
// name anyone's group), so it ends the group only when the trace and /proc prove it is the step's.
// The file is written without fsync on purpose: it matters only while this machine is up. After a
// power loss or a reboot no process of the group survives, and a stale entry is recognised as such
// (the group is gone, or its number now leads another process that started later).
// It costs two pwrite(2) calls a step: the file is opened once per run and kept open, each entry is
// written over the last one at offset 0 in a fixed-size record (an entry, or blanks once the group
// is gone), so no step creates, truncates or unlinks a file. close() removes it at the run's end.
import { closeSync, constants, fstatSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import type { StepCommand } from './group-leader.js'
import { notTheStepsLeader } from './group-leader.js'
import { groupAlive, sleep, startTicks, terminateGroup } from './process-group.js'

/** An entry is some 80 bytes; anything much larger was not written by a runner. */
const MAX_BYTES = 4096
const WRITE =
  constants.O_WRONLY |
  constants.O_CREAT |
  constants.O_TRUNC |
  constants.O_NOFOLLOW |
  constants.O_NONBLOCK
/** Bytes of a record: an entry padded with blanks (hostnames are at most 64 bytes on Linux). */
const RECORD_BYTES = 256

interface Entry {
  pgid: number
  host: string
  /** The leader's start time (/proc/PID/stat, clock ticks since boot); absent without /proc. */
  start?: string
}

/** What a runner tells the ledger; a run directory is attached once it exists. */
export class GroupLedger {
  private path: string | undefined
  private host = ''
  private fd: number | undefined
  /** The record as written: RECORD_BYTES, or more once an entry did not fit (it never shrinks). */
  private record = Buffer.alloc(RECORD_BYTES)

  /** From now on, groups are recorded in the file at `path`. */
  attach(path: string): void {
    this.path = path
    this.host = hostname()
  }

  /** The command leading group `pgid` has started (at `ticks`, when the launcher read it). */
  started(pgid: number, ticks?: string): void {
    if (this.path === undefined) return
    const start = ticks ?? startTicks(pgid)
    const entry: Entry = { pgid, host: this.host, ...(start === undefined ? {} : { start }) }
    try {
      // Never through a symbolic link planted in the run directory, never waiting on a FIFO.
      this.fd ??= openSync(this.path, WRITE, 0o600)
      this.write(`${JSON.stringify(entry)}\n`)
    } catch {
      // The run directory cannot be written: the step's own records fail and say so.
    }
  }

  /** The group is gone. */
  ended(): void {
    if (this.fd === undefined) return
    try {
      this.write('')
    } catch {
      // as in started()
    }
  }

  /** The run is over (or paused): nothing of it runs any more. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
    if (this.path !== undefined) remove(this.path)
  }

  /** Writes `line` over the record at offset 0, padded with blanks to the record's size. */
  private write(line: string): void {
    const length = Buffer.byteLength(line)
    if (length > this.record.length) this.record = Buffer.alloc(length)
    this.record.fill(' ', this.record.write(line))
    writeSync(this.fd as number, this.record, 0, this.record.length, 0)
  }
}

/** What a resume did with the group the ledger named, for the operator. */
export type LeftoverGroup =
  { pgid: number; ended: true } | { pgid: number; ended: false; why: string }

/**
 * Ends the group the ledger file at `path` names, if it is proven to be `step`'s: SIGTERM, then
 * SIGKILL after `graceMs`, and waits until it is gone. The file is not hash-chained, so it is only
 * a hint: `step` is the cli step the verified trace shows in flight (else why none can be), and
 * the group's leader must be on this host, have the recorded start time and run that step's
 * command (group-leader.ts). Any other live group is left alone, and the result says why. The file
 * is removed either way. Call it holding the run's lock (so the process that started the group is
 * dead) and before any step runs.
 */
export async function endLeftoverGroup(
  path: string,
  step: StepCommand | string,
  graceMs: number
): Promise<LeftoverGroup | undefined> {
  const entry = readEntry(path)
  remove(path)
  if (entry === undefined || !groupAlive(entry.pgid)) return undefined
  const why = notOurs(entry, step)
  if (why !== undefined) return { pgid: entry.pgid, ended: false, why }
  await terminateGroup(entry.pgid, graceMs)
  // SIGKILL cannot be refused; the kernel takes a moment to remove what it killed.
  for (let i = 0; i < 100 && groupAlive(entry.pgid); i++) await sleep(20)
  return { pgid: entry.pgid, ended: true }
}

/** Why the group the entry names is not the in-flight step's to end; undefined when it is. */
function notOurs(entry: Entry, step: StepCommand | string): string | undefined {
  // A run directory on a shared disk, or downloaded: another machine's group is not ours.
  if (entry.host !== hostname())
    return `it was recorded on host ${JSON.stringify(entry.host.slice(0, 64))}, not this one`
  if (typeof step === 'string') return step
  if (!sameLeader(entry)) return 'its number now leads a process started at another time'
  return notTheStepsLeader(entry.pgid, step)
}

/**
 * The group's leader has the start time recorded, or has exited (a group's number is not given to
 * a new process while any member still uses it; notTheStepsLeader then refuses it all the same).
 */
function sameLeader(entry: Entry): boolean {
  const now = startTicks(entry.pgid)
  return now === undefined || now === entry.start
}

/**
 * Removes the file, whatever is there under its name (a directory, a link: not its target); never
 * throws.
 */
function remove(path: string): void {
  try {
    rmSync(path, { force: true, recursive: true })
  } catch {
    // cannot be removed: it is read, and refused, again next time
  }
}

/**
 * The entry, read only from a small regular file: never through a link, never blocking on a FIFO
 * or a device, never more than MAX_BYTES.
 */
function readEntry(path: string): Entry | undefined {
  let text: string
  let fd: number | undefined
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
    const st = fstatSync(fd)
    if (!st.isFile() || st.size > MAX_BYTES) return undefined
    const buf = Buffer.alloc(st.size)
    text = buf.toString('utf8', 0, readSync(fd, buf, 0, st.size, 0))
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
  if (text.trim() === '') return undefined // blanks: the last group recorded is gone
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
