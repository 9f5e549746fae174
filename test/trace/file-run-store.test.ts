import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunState } from '../../src/engine/model.js'
import { reduce } from '../../src/engine/reduce.js'
import type { FileRunStore, Manifest } from '../../src/trace/index.js'
import { createRun, RunStoreError, SNAPSHOT_FORMAT } from '../../src/trace/index.js'
import { fakeClock, tempDir } from './helpers.js'

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')

async function started(): Promise<{ store: FileRunStore; state: RunState; root: string }> {
  const root = await tempDir()
  const store = await createRun({ runsDir: join(root, 'runs'), runbook: 'rb', clock: fakeClock() })
  const record = await store.append({
    type: 'run_started',
    run_id: store.runId,
    runbook_path: 'rb.yaml',
    runbook_digest: `sha256:${sha('rb')}`,
    runbook_name: 'rb',
    mode: 'real',
    actor: 'alice',
    steps_total: 1,
    vars: {},
    redacted_vars: []
  })
  return { store, state: reduce(undefined, record), root }
}

/** Every file under dir, relative, with `/`. */
async function tree(dir: string, rel = ''): Promise<string[]> {
  const found: string[] = []
  for (const e of await readdir(join(dir, rel), { withFileTypes: true })) {
    const path = rel === '' ? e.name : `${rel}/${e.name}`
    if (e.isDirectory()) found.push(...(await tree(dir, path)))
    else found.push(path)
  }
  return found.sort()
}

describe('FileRunStore.writeSnapshot', () => {
  it('writes the state with its trace head, replacing an older snapshot of the same index', async () => {
    const { store, state } = await started()
    const first = await store.writeSnapshot(state, 0)
    const r2 = await store.append({ type: 'run_paused', reason: 'wait' })
    const later = reduce(state, r2)
    const second = await store.writeSnapshot(later, 0)
    const bytes = await readFile(join(store.dir, 'snapshots', 'step-0000.json'))
    expect(first.file).toBe('snapshots/step-0000.json')
    expect(second).toEqual({
      file: 'snapshots/step-0000.json',
      sha256: sha(bytes),
      bytes: bytes.length
    })
    expect(JSON.parse(bytes.toString())).toEqual({
      format: SNAPSHOT_FORMAT,
      state: JSON.parse(JSON.stringify(later)) as unknown,
      trace: { seq: 2, hash: r2.hash }
    })
    expect(await readdir(join(store.dir, 'snapshots'))).toEqual(['step-0000.json']) // no temp file left
    await store.close()
  })

  it('refuses an index other than the state step, or a state ahead of the trace', async () => {
    const { store, state } = await started()
    await expect(store.writeSnapshot(state, 3)).rejects.toThrow(
      "snapshot index 3 differs from the state's current_step_index 0"
    )
    await expect(store.writeSnapshot({ ...state, seq: 5 }, 0)).rejects.toThrow(
      'the state is at record 5, but the trace has 1 records'
    )
    expect(await readdir(store.dir)).not.toContain('snapshots')
    await store.close()
  })
})

describe('FileRunStore.openOutput', () => {
  it('writes outputs/<step>.<attempt>.<stream>.txt in order and never overwrites one', async () => {
    const { store } = await started()
    const sink = await store.openOutput('check_pods', 'stderr', 2)
    await Promise.all(['a', 'b', 'c'].map((s) => sink.write(Buffer.from(s))))
    expect(await sink.close()).toBe('outputs/check_pods.2.stderr.txt')
    expect(await readFile(join(store.dir, 'outputs', 'check_pods.2.stderr.txt'), 'utf8')).toBe(
      'abc'
    )
    await expect(store.openOutput('check_pods', 'stderr', 2)).rejects.toThrow(
      'cannot create outputs/check_pods.2.stderr.txt'
    )
    await store.close()
  })
})

describe('FileRunStore.storeAttachment', () => {
  it('copies the file, recording its digest, size and original name', async () => {
    const { store, root } = await started()
    const data = Buffer.alloc(3 * 1024 * 1024 + 7, 0xab) // several stream chunks
    await writeFile(join(root, 'grafana shot.png'), data)
    const stored = await store.storeAttachment(
      'validate',
      'screenshot',
      join(root, 'grafana shot.png')
    )
    expect(stored).toEqual({
      file: 'attachments/validate/screenshot/grafana_shot.png',
      sha256: sha(data),
      bytes: data.length,
      original_name: 'grafana shot.png'
    })
    expect(sha(await readFile(join(store.dir, stored.file)))).toBe(sha(data))
    expect(await readdir(join(store.dir, 'attachments', 'validate', 'screenshot'))).toEqual([
      'grafana_shot.png'
    ])
    await store.close()
  })

  it('keeps names inside the run directory and never replaces an earlier attachment', async () => {
    const { store, root } = await started()
    await mkdir(join(root, 'x'))
    await writeFile(join(root, 'x', '..lock'), 'one')
    const a = await store.storeAttachment('../../etc', '/abs/..', join(root, 'x', '..lock'))
    await writeFile(join(root, 'x', '..lock'), 'two')
    const b = await store.storeAttachment('../../etc', '/abs/..', join(root, 'x', '..lock'))
    expect([a.file, b.file]).toEqual([
      'attachments/___.._etc/_abs_../__lock',
      'attachments/___.._etc/_abs_../__lock-2'
    ])
    expect(await readFile(join(store.dir, a.file), 'utf8')).toBe('one')
    expect(await readFile(join(store.dir, b.file), 'utf8')).toBe('two')
    expect(a.original_name).toBe('..lock')
    await store.close()
  })

  it('fails with RunStoreError when the source cannot be read, leaving nothing behind', async () => {
    const { store, root } = await started()
    const err = await store
      .storeAttachment('s', 'e', join(root, 'missing.txt'))
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RunStoreError)
    expect((err as Error).message).toBe(`cannot copy attachment ${join(root, 'missing.txt')}`)
    expect(((err as Error).cause as NodeJS.ErrnoException).code).toBe('ENOENT')
    expect(await readdir(join(store.dir, 'attachments', 's', 'e'))).toEqual([])
    await store.close()
  })
})

describe('FileRunStore.writeManifest', () => {
  it('lists every file but run.json and the lock, with digests, and the trace head', async () => {
    const { store, state, root } = await started()
    await writeFile(join(root, 'f.txt'), 'evidence')
    await store.storeAttachment('s', 'e', join(root, 'f.txt'))
    const sink = await store.openOutput('s', 'stdout', 1)
    await sink.write(Buffer.from('out'))
    await sink.close()
    await store.writeSnapshot(state, 0)
    await store.writeManifest(state)
    const manifest = JSON.parse(await readFile(join(store.dir, 'run.json'), 'utf8')) as Manifest
    const files = (await tree(store.dir)).filter((f) => f !== 'run.json' && f !== '.lock')
    expect(Object.keys(manifest.files).sort()).toEqual(files)
    for (const f of files) {
      const bytes = await readFile(join(store.dir, f))
      expect(manifest.files[f]).toEqual({ sha256: sha(bytes), bytes: bytes.length })
    }
    expect(manifest).toMatchObject({
      format: 'runbook-run/v1',
      run_id: store.runId,
      runbook_path: 'rb.yaml',
      status: 'running',
      trace: store.head,
      steps: {}
    })
    expect(JSON.stringify(manifest)).not.toContain(root) // no absolute path
    await store.close()
  })

  it('refuses a state that is not the fold of the whole trace', async () => {
    const { store, state } = await started()
    await store.append({ type: 'run_paused', reason: 'wait' })
    await expect(store.writeManifest(state)).rejects.toThrow('is not the fold of this trace')
    expect(await readdir(store.dir)).not.toContain('run.json')
    await store.close()
  })
})
