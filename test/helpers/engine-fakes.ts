// In-memory fakes of the engine's ports, for engine tests that need no process, clock or disk.
import { createHash } from 'node:crypto'
import type { EngineDeps } from '../../src/engine/deps.js'
import type { RunEvent, TraceRecord } from '../../src/engine/events.js'
import type { RunState, StepResult } from '../../src/engine/model.js'
import { stepResults } from '../../src/engine/reduce.js'
import { StepHistory } from '../../src/engine/step-history.js'
import type { CollectedOutput, RunStore, StoredFile } from '../../src/engine/ports.js'
import type {
  CliOutcome,
  CliProvider,
  Confirmation,
  ManualProvider,
  ManualRequest,
  ManualSubmission,
  OutputCollectorLike
} from '../../src/engine/providers.js'
import type { RunbookV0 } from '../../src/runbook/index.js'
import { validateRunbookText } from '../../src/runbook/index.js'

export function runbookFrom(yaml: string): RunbookV0 {
  const r = validateRunbookText(yaml, 'test.yaml')
  if (r.runbook === undefined)
    throw new Error(r.diagnostics.map((d) => `${d.line}: ${d.rule} ${d.message}`).join('\n'))
  return r.runbook
}

export class MemoryStore implements RunStore {
  readonly dir = '/runs/test-run'
  records: TraceRecord[] = []
  snapshots = new Map<number, RunState>()
  manifests: RunState[] = []
  attachments: string[] = []
  syncs = 0
  /** How many records the last sync() made durable. */
  synced = 0
  constructor(readonly runId = 'test-run') {}
  append(event: RunEvent): Promise<TraceRecord> {
    const prev = this.records[this.records.length - 1]?.hash ?? '0'.repeat(64)
    const body = {
      ...event,
      seq: this.records.length + 1,
      ts: `2026-11-22T00:00:${String(this.records.length).padStart(2, '0')}.000Z`,
      prev_hash: prev
    }
    const record = {
      ...body,
      hash: createHash('sha256').update(JSON.stringify(body)).digest('hex')
    }
    this.records.push(record)
    return Promise.resolve(record)
  }
  lastResult(stepId: string): StepResult | undefined {
    return StepHistory.of(this.records).last(stepId)
  }
  history(): readonly StepResult[] {
    return StepHistory.of(this.records).all()
  }
  sync(): Promise<void> {
    this.syncs++
    this.synced = this.records.length
    return Promise.resolve()
  }
  writeSnapshot(state: RunState, index: number): Promise<StoredFile> {
    // RunState is never mutated (the reducer returns new objects), so keeping the reference is a
    // faithful, O(1) snapshot; the file store's snapshots are O(1) per step too (history by reference).
    this.snapshots.set(index, state)
    return Promise.resolve({
      file: `snapshots/step-${String(index).padStart(4, '0')}.json`,
      sha256: 'x'.repeat(64),
      bytes: 1
    })
  }
  openOutput(): never {
    throw new Error('not used')
  }
  storeAttachment(
    stepId: string,
    name: string,
    sourcePath: string
  ): Promise<StoredFile & { original_name: string }> {
    this.attachments.push(sourcePath)
    return Promise.resolve({
      file: `attachments/${stepId}/${name}/f`,
      sha256: 'a'.repeat(64),
      bytes: 3,
      original_name: 'f'
    })
  }
  writeManifest(state: RunState): Promise<void> {
    this.manifests.push(state)
    return Promise.resolve()
  }
  close(): Promise<void> {
    return Promise.resolve()
  }
}

/** A collector that keeps everything (no redaction): enough for engine logic tests. */
export class PlainCollector implements OutputCollectorLike {
  private text = ''
  constructor(private readonly needles: readonly string[]) {}
  push(chunk: Buffer): void {
    this.text += chunk.toString('utf8')
  }
  end(): Promise<CollectedOutput> {
    const sha256 = createHash('sha256').update(this.text).digest('hex')
    const bytes = Buffer.byteLength(this.text)
    return Promise.resolve({
      summary: { sha256, bytes, raw_bytes: bytes, head: this.text, tail: '', truncated: false },
      text: this.text,
      overflowed: false,
      seen: new Map(this.needles.map((n) => [n, this.text.includes(n)]))
    })
  }
}

export interface ScriptedCall {
  stdout?: string
  stderr?: string
  exitCode?: number
  cancelled?: boolean
}

/** A cli provider answering each call from a script, recording the argv it was asked to run. */
export class ScriptedCli implements CliProvider {
  readonly mode = 'real' as const
  calls: string[][] = []
  constructor(
    private readonly answer: (argv: readonly string[]) => ScriptedCall,
    private readonly known = (argv0: string) => argv0 !== 'missing-tool'
  ) {}
  validate(): string[] {
    return []
  }
  resolve(argv0: string): Promise<{ path?: string; realPath?: string }> {
    return Promise.resolve(
      this.known(argv0) ? { path: `/usr/bin/${argv0}`, realPath: `/usr/bin/${argv0}` } : {}
    )
  }
  async execute(exec: Parameters<CliProvider['execute']>[0]): Promise<CliOutcome> {
    this.calls.push([...exec.rendered.argv])
    const a = this.answer(exec.rendered.argv)
    if (a.stdout !== undefined) await exec.stdout.push(Buffer.from(a.stdout))
    if (a.stderr !== undefined) await exec.stderr.push(Buffer.from(a.stderr))
    return {
      exitCode: a.cancelled === true ? null : (a.exitCode ?? 0),
      signal: a.cancelled === true ? 'SIGTERM' : null,
      timedOut: false,
      cancelled: a.cancelled === true,
      durationMs: 1
    }
  }
}

/** A manual provider that hands out pre-supplied submissions (like resume flags) and never prompts. */
export class SuppliedManual implements ManualProvider {
  requests: ManualRequest[] = []
  constructor(
    public submission: ManualSubmission = { evidence: [], approvals: [] },
    public confirmation?: Confirmation
  ) {}
  collect(req: ManualRequest): Promise<ManualSubmission> {
    this.requests.push(req)
    return Promise.resolve(this.submission)
  }
  confirm(): Promise<Confirmation | undefined> {
    return Promise.resolve(this.confirmation)
  }
}

export function fakeDeps(
  runbook: RunbookV0,
  overrides: Partial<EngineDeps> = {}
): EngineDeps & { store: MemoryStore } {
  let t = 0
  const store = overrides.store instanceof MemoryStore ? overrides.store : new MemoryStore()
  return {
    runbook,
    clock: {
      now: () => new Date(Date.UTC(2026, 10, 22, 0, 0, 0, t++)).toISOString(),
      monotonicMs: () => t,
      sleep: () => Promise.resolve()
    },
    cli: new ScriptedCli(() => ({ stdout: 'ok\n' })),
    manual: new SuppliedManual(),
    outputs: () => ({ collector: (_s, needles) => Promise.resolve(new PlainCollector(needles)) }),
    redact: (s) => s.replace(/hunter2/g, '<redacted>'),
    classify: (argv) =>
      argv[0] === 'kubectl' && argv[1] === 'delete' ? 'kubectl delete' : undefined,
    joinPath: (base, rel) => (rel.startsWith('/') ? rel : `${base}/${rel}`),
    env: { PATH: '/usr/bin' },
    cwd: '/work',
    actor: 'tester',
    signal: new AbortController().signal,
    ...overrides,
    store
  }
}

export const START = {
  run_id: 'test-run',
  runbook_path: 'test.yaml',
  runbook_digest: 'sha256:00',
  runbook_name: 'test',
  mode: 'real' as const,
  actor: 'tester',
  redacted_vars: []
}

/** The run's history: the step results its trace recorded, in order. */
export function historyOf(deps: { store: RunStore }): StepResult[] {
  const store = deps.store as Partial<MemoryStore>
  if (store.records === undefined) throw new Error('historyOf needs a MemoryStore')
  return stepResults(store.records)
}
