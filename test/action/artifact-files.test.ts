// What of a run directory travels in the Action's artifact: everything the run wrote, never the
// bookkeeping of the machine it ran on (.lock and its helpers, .group naming a process group
// there); and a downloaded run directory loses that bookkeeping before anything resumes it.
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { dropMachineLocal, runFiles } from '../../src/action/artifact.js'
import { GroupLedger } from '../../src/providers/cli/index.js'
import { buildRun } from '../trace/run-fixture.js'

/** A paused run as the engine writes it, plus what this machine keeps beside it while it runs. */
async function runWithBookkeeping(): Promise<string> {
  const { dir } = await buildRun({ pauseAtManual: true })
  const ledger = new GroupLedger()
  ledger.attach(join(dir, '.group'))
  ledger.started(process.pid)
  await writeFile(join(dir, '.lock'), '{}')
  await writeFile(join(dir, '.lock.stale-1'), '{}')
  // Only the top-level names are bookkeeping.
  await mkdir(join(dir, 'attachments', 'x'), { recursive: true })
  await writeFile(join(dir, 'attachments', 'x', '.group'), 'evidence')
  return dir
}

test('the artifact holds the run and not .group or the lock', async () => {
  const dir = await runWithBookkeeping()
  const uploaded = (await runFiles(dir)).map((f) => relative(dir, f))
  expect(uploaded).toEqual(expect.arrayContaining(['runbook.yaml', 'trace.jsonl', 'run.json']))
  expect(uploaded).toContain('attachments/x/.group')
  expect(uploaded.filter((f) => !f.includes('/') && f.startsWith('.'))).toEqual([])
})

test('a downloaded run directory loses .group and the lock, and nothing else', async () => {
  const dir = await runWithBookkeeping()
  const before = await readdir(dir)
  await expect(dropMachineLocal(dir)).resolves.toEqual(['.group', '.lock', '.lock.stale-1'])
  expect(await readdir(dir)).toEqual(before.filter((n) => !n.startsWith('.')))
  await expect(dropMachineLocal(dir)).resolves.toEqual([])
})
