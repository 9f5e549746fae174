// Where a run writes besides its run directory, checked before anything runs: a recording must not
// overwrite the runbook it records (or land on a directory), and resume reads a runs directory.
import { stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { AppError } from './errors.js'

async function statOf(path: string) {
  return stat(path).catch(() => undefined)
}

/**
 * Refuses (exit 3) a --record target that is a directory, or whose scenario, OUT.evidence.yaml or
 * OUT.files/ would replace the runbook file.
 */
export async function checkRecordTarget(
  record: string,
  runbookFile: string,
  cwd: string
): Promise<void> {
  const out = resolve(cwd, record)
  const target = await statOf(out)
  if (target?.isDirectory() === true)
    throw new AppError(
      'invalid-input',
      `--record ${record} is a directory: name the scenario file to write, e.g. ${join(record, 'scenario.yaml')}`
    )
  const runbook = await statOf(resolve(cwd, runbookFile))
  if (runbook === undefined) return
  const stem = basename(out).replace(/\.ya?ml$/i, '')
  const written = [out, join(dirname(out), `${stem}.evidence.yaml`)]
  for (const path of written) {
    const s = path === out ? target : await statOf(path)
    if (s !== undefined && s.dev === runbook.dev && s.ino === runbook.ino)
      throw new AppError(
        'invalid-input',
        `--record ${record} would overwrite the runbook ${runbookFile} (${path === out ? 'the scenario' : 'its evidence file'} is written there): record to another file`
      )
  }
  const files = join(dirname(out), `${stem}.files`)
  if (resolve(cwd, runbookFile).startsWith(`${files}/`))
    throw new AppError(
      'invalid-input',
      `--record ${record} would write into ${files}, which holds the runbook ${runbookFile}: record to another file`
    )
}

/** Refuses (exit 3) a runs directory that exists but is not a directory. */
export async function checkRunsDir(runsDir: string, cwd: string): Promise<void> {
  const s = await statOf(resolve(cwd, runsDir))
  if (s !== undefined && !s.isDirectory())
    throw new AppError(
      'invalid-input',
      `the runs directory ${runsDir} is a file, not a directory of runs (give --runs-dir the directory that holds the run directories)`
    )
}
