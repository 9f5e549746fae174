// Writing files so that a crash never leaves a half-written file under its final name: data is
// written to a temporary file in the same directory, fsynced, renamed over the target, and the
// directory is fsynced so the rename itself survives a power loss.
import { closeSync, createReadStream, fsyncSync, openSync, writeSync } from 'node:fs'
import type { Hash } from 'node:crypto'
import { createHash, randomBytes } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { inRun } from './run-paths.js'

/** Temporary files of atomic writes start with this (after a dot): `.step-0003.json.tmp-…`. */
export const TEMP_MARKER = '.tmp-'

/** Writes all of `data` at the file's current position (a write may be partial). */
export async function writeAll(fh: FileHandle, data: Uint8Array): Promise<void> {
  let done = 0
  while (done < data.length) {
    const { bytesWritten } = await fh.write(data, done, data.length - done)
    done += bytesWritten
  }
}

/**
 * Writes all of `data` on the main thread: at `position` (pwrite), or at the end of a file opened
 * for appending when `position` is null. For the commit at a step boundary (trace-writer.ts).
 */
export function writeAllSync(fd: number, data: Uint8Array, position: number | null): void {
  let done = 0
  while (done < data.length) {
    const at = position === null ? null : position + done
    done += writeSync(fd, data, done, data.length - done, at)
  }
}

/** fsyncs a directory so entries created or renamed in it are durable. */
export async function fsyncDir(dir: string): Promise<void> {
  let fh: FileHandle | undefined
  try {
    fh = await open(dir, 'r')
    await fh.sync()
  } catch (err) {
    if (!dirSyncUnsupported(err)) throw err
  } finally {
    await fh?.close()
  }
}

/** fsyncDir on the main thread. */
export function fsyncDirSync(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch (err) {
    if (!dirSyncUnsupported(err)) throw err
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

// Platform quirk: Windows cannot open or fsync a directory; rename is durable there anyway.
function dirSyncUnsupported(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code
  return code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL'
}

/** A tag no other write (in this or another process) uses at the same time. */
export function uniqueTag(): string {
  return `${process.pid}-${randomBytes(4).toString('hex')}`
}

/** A temporary name beside `path`, unique to this write. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}${TEMP_MARKER}${uniqueTag()}`)
}

/**
 * Replaces `path` with `data` atomically: temp file, fsync, rename, fsync the directory (no fsync
 * when not `durable`: still never half-written under its name while the machine stays up).
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  durable = true
): Promise<void> {
  const temp = tempPathFor(path)
  try {
    await writeFileExclusive(temp, data, durable)
    await rename(temp, path)
  } catch (err) {
    await rm(temp, { force: true })
    throw err
  }
  if (durable) await fsyncDir(dirname(path))
}

/** Creates a new file (failing with EEXIST if it exists) holding `data`, fsynced when `durable`. */
export async function writeFileExclusive(
  path: string,
  data: Uint8Array | string,
  durable = true
): Promise<void> {
  const fh = await open(path, 'wx')
  try {
    await writeAll(fh, typeof data === 'string' ? Buffer.from(data) : data)
    if (durable) await fh.sync()
  } finally {
    await fh.close()
  }
}

/** Digest and size of some bytes as they stream past. */
export class DigestCounter {
  private readonly hash: Hash = createHash('sha256')
  bytes = 0
  update(chunk: Uint8Array): void {
    this.hash.update(chunk)
    this.bytes += chunk.length
  }
  digest(): { sha256: string; bytes: number } {
    return { sha256: this.hash.digest('hex'), bytes: this.bytes }
  }
}

/** sha256 (hex) and size of a file, streamed. */
export async function digestFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const counter = new DigestCounter()
  for await (const chunk of createReadStream(path)) counter.update(chunk as Buffer)
  return counter.digest()
}

/** The digest of a file named relative to a run directory. */
export type DigestOf = (rel: string) => Promise<{ sha256: string; bytes: number }>

/**
 * digestFile under `dir`, reading each file at most once: verify checks a stored output or an
 * attachment against run.json and again against the trace, and such a file can be large.
 */
export function digestsOnce(dir: string): DigestOf {
  const seen = new Map<string, Promise<{ sha256: string; bytes: number }>>()
  return (rel) => {
    let digest = seen.get(rel)
    if (digest === undefined) {
      digest = digestFile(inRun(dir, rel))
      seen.set(rel, digest)
    }
    return digest
  }
}

/**
 * Creates a directory and its missing parents, one level at a time. Node's `recursive: true` loops
 * forever on some pseudo file systems (mkdir under /proc answers ENOENT again and again); this
 * walks up at most once per path component and reports the first real error.
 */
export async function makeDirs(path: string): Promise<void> {
  const missing: string[] = []
  let cur = resolve(path)
  for (;;) {
    try {
      await mkdir(cur)
      break
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EEXIST') break
      const parent = dirname(cur)
      if (code !== 'ENOENT' || parent === cur || missing.includes(cur)) throw err
      missing.push(cur)
      cur = parent
    }
  }
  for (const dir of missing.reverse()) {
    try {
      await mkdir(dir)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
  }
}
