// FileRunStore: the RunStore of ports.ts over a run directory. It holds the run's lock from creation
// (or resume) until close(); everything it writes is relative to the run directory.
import { createReadStream } from 'node:fs'
import { link, mkdir, open, rm } from 'node:fs/promises'
import { dirname, extname } from 'node:path'
import type { RunEvent, TraceRecord } from '../engine/events.js'
import type { OutputSink, RunStore, StoredFile } from '../engine/ports.js'
import type { RunState, StepResult } from '../engine/model.js'
import { StepHistory } from '../engine/step-history.js'
import {
  DigestCounter,
  digestFile,
  fsyncDir,
  tempPathFor,
  writeAll,
  writeFileAtomic
} from './durable-file.js'
import type { LockHolder } from './errors.js'
import { RunStoreError } from './errors.js'
import type { TraceHead } from './hash-chain.js'
import { sha256Hex } from './hash-chain.js'
import { releaseLock } from './lock.js'
import type { FileDigest, Manifest } from './manifest.js'
import { encodeManifest, manifestBody, StepTally, walkRunDir } from './manifest.js'
import {
  attachmentDir,
  attachmentName,
  givenName,
  inRun,
  MANIFEST_FILE,
  OUTPUTS_DIR,
  outputPath,
  SNAPSHOTS_DIR,
  snapshotPath
} from './run-paths.js'
import { encodeSnapshot } from './snapshot.js'
import type { TraceWriter } from './trace-writer.js'

export class FileRunStore implements RunStore {
  private closed = false
  /** Directories known to exist: each is made (and its parent fsynced) once per run, not per step. */
  private readonly dirs = new Set<string>()
  /** Digests of the files this store wrote, so run.json need not read them back. */
  private readonly written = new Map<string, FileDigest>()
  /** Per step id, its latest status and attempt: the fold of the trace that run.json lists. */
  private readonly steps = new StepTally()
  /** The run's step results (what conditions and the debugger read). */
  private readonly results = new StepHistory()
  /** When the last record was written (run.json's updated_at). */
  private lastTs = ''

  constructor(
    readonly runId: string,
    /** Absolute path of the run directory. */
    readonly dir: string,
    private readonly writer: TraceWriter,
    private readonly lock: LockHolder,
    /** The records the trace already holds (a reopened run). */
    existing: readonly TraceRecord[] = [],
    /** false for a `runbook test` run: the same files, hashes and checks, never fsynced. */
    private readonly durable = true
  ) {
    for (const r of existing) this.take(r)
  }

  /** The last record appended (seq 0 before the first). */
  get head(): TraceHead {
    return this.writer.head
  }

  async append(event: RunEvent): Promise<TraceRecord> {
    const record = await this.writer.append(event)
    this.take(record)
    return record
  }

  lastResult(stepId: string): StepResult | undefined {
    return this.results.last(stepId)
  }

  history(): readonly StepResult[] {
    return this.results.all()
  }

  private take(record: TraceRecord): void {
    this.steps.add(record)
    this.results.add(record)
    this.lastTs = record.ts
  }

  sync(): Promise<void> {
    return this.writer.sync()
  }

  /** fsyncs the trace first, so a durable snapshot never points past the durable trace. */
  async writeSnapshot(state: RunState, index: number): Promise<StoredFile> {
    if (index !== state.current_step_index) {
      throw new RunStoreError(
        `snapshot index ${index} differs from the state's current_step_index ${state.current_step_index}`
      )
    }
    const hash = this.writer.hashAt(state.seq)
    if (hash === undefined) {
      throw new RunStoreError(
        `the state is at record ${state.seq}, but the trace has ${this.writer.head.seq} records`
      )
    }
    await this.writer.writeOut()
    const file = snapshotPath(index)
    const data = Buffer.from(encodeSnapshot(state, { seq: state.seq, hash }))
    await this.ensureDir(SNAPSHOTS_DIR)
    await writeFileAtomic(inRun(this.dir, file), data, this.durable)
    const digest = { sha256: sha256Hex(data), bytes: data.length }
    this.written.set(file, digest)
    return { file, ...digest }
  }

  async openOutput(
    stepId: string,
    stream: 'stdout' | 'stderr',
    attempt: number
  ): Promise<OutputSink> {
    const file = outputPath(stepId, stream, attempt)
    await this.ensureDir(OUTPUTS_DIR)
    const abs = inRun(this.dir, file)
    const fh = await open(abs, 'wx').catch((err: unknown) => {
      throw new RunStoreError(`cannot create ${file}`, { cause: err })
    })
    let queue = Promise.resolve()
    const digest = new DigestCounter()
    return {
      write: (chunk) => {
        digest.update(chunk)
        return (queue = queue.then(() => writeAll(fh, chunk)))
      },
      close: async () => {
        try {
          await queue
          if (this.durable) await fh.sync()
        } finally {
          await fh.close()
        }
        if (this.durable) await fsyncDir(inRun(this.dir, OUTPUTS_DIR))
        this.written.set(file, digest.digest())
        return file
      }
    }
  }

  /** Streams the file in, computing its digest; never overwrites an earlier attachment. */
  async storeAttachment(
    stepId: string,
    name: string,
    sourcePath: string,
    redactName: (name: string) => string = (n) => n
  ): Promise<StoredFile & { original_name: string }> {
    const dir = attachmentDir(stepId, name)
    await this.ensureDir(dir)
    const given = redactName(givenName(sourcePath))
    const base = attachmentName(given)
    const temp = tempPathFor(inRun(this.dir, `${dir}/${base}`))
    try {
      const digest = await copyWithDigest(sourcePath, temp)
      const file = await linkFreeName(this.dir, dir, base, temp)
      await fsyncDir(inRun(this.dir, dir))
      this.written.set(file, digest)
      return { file, ...digest, original_name: given }
    } finally {
      await rm(temp, { force: true })
    }
  }

  /**
   * Syncs the trace and every directory, digests every file (those this store wrote from what it
   * recorded as it wrote them), then writes run.json atomically. The steps come from the fold of
   * the trace the store keeps as records are appended; the rest is manifestBody() of `state`.
   */
  async writeManifest(state: RunState): Promise<void> {
    const head = this.writer.head
    if (state.run_id !== this.runId || state.seq !== head.seq) {
      throw new RunStoreError(
        `the state (run ${state.run_id}, record ${state.seq}) is not the fold of this trace (run ${this.runId}, record ${head.seq})`
      )
    }
    await this.writer.flush()
    const walk = await walkRunDir(this.dir, this.durable ? fsyncDir : undefined)
    if (walk.others.length > 0) {
      throw new RunStoreError(
        `the run directory holds entries that are not files: ${walk.others.join(', ')}`
      )
    }
    const files: Record<string, FileDigest> = {}
    for (const rel of walk.files)
      files[rel] = this.written.get(rel) ?? (await digestFile(inRun(this.dir, rel)))
    const manifest: Manifest = {
      ...manifestBody(state, this.steps.summary(), this.lastTs),
      trace: head,
      files
    }
    await writeFileAtomic(inRun(this.dir, MANIFEST_FILE), encodeManifest(manifest), this.durable)
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    try {
      await this.writer.close()
    } finally {
      await releaseLock(this.dir, this.lock)
    }
  }

  // A directory made here must survive a power loss along with the file about to go in it: fsync
  // the directory that received the first new entry.
  private async ensureDir(relDir: string): Promise<void> {
    if (this.dirs.has(relDir)) return
    const made = await mkdir(inRun(this.dir, relDir), { recursive: true })
    if (made !== undefined && this.durable) await fsyncDir(dirname(made))
    this.dirs.add(relDir)
  }
}

async function copyWithDigest(source: string, target: string): Promise<FileDigest> {
  const fh = await open(target, 'wx')
  const digest = new DigestCounter()
  try {
    for await (const chunk of createReadStream(source)) {
      digest.update(chunk as Buffer)
      await writeAll(fh, chunk as Buffer)
    }
    await fh.sync()
  } catch (err) {
    throw new RunStoreError(`cannot copy attachment ${source}`, { cause: err })
  } finally {
    await fh.close()
  }
  return digest.digest()
}

// link() fails with EEXIST instead of replacing, so an attachment stored earlier under the same name
// (evidence given again) is kept and the new one becomes name-2.ext, name-3.ext, ...
async function linkFreeName(
  runDir: string,
  dir: string,
  base: string,
  temp: string
): Promise<string> {
  const ext = extname(base)
  const stem = ext === '' || ext === base ? base : base.slice(0, -ext.length)
  for (let n = 1; n <= 1000; n++) {
    const file = `${dir}/${n === 1 ? base : `${stem}-${n}${ext}`}`
    try {
      await link(temp, inRun(runDir, file))
      return file
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
  }
  throw new RunStoreError(`too many attachments named ${base} in ${dir}`)
}
