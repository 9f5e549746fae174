// A changed TSG with a compiled runbook beside it: compile the TSG again, exactly as
// `runbook compile` does, and say whether the committed runbook still matches it: its
// meta.source.source_hash names the TSG's digest, and the runbook is what the compiler now writes
// (a diff when it is not).
import { readFile } from 'node:fs/promises'
import { basename, join, posix } from 'node:path'
import { compileTsg } from '../../compiler/index.js'
import { sourceMatches } from '../../runbook/index.js'
import { parse } from 'yaml'
import { lineDiff } from './line-diff.js'

export interface StaleCheck {
  tsg: string
  runbook: string
  /** The committed runbook's source_hash no longer names the TSG's digest. */
  stale: boolean
  /** Why it could not be checked (a TSG that does not compile, a file that cannot be read). */
  error?: string
  /** Unified diff, committed runbook -> what the compiler writes now; '' when they are equal. */
  diff: string
}

/** Checks one compiled runbook (relative paths) against its TSG. */
export async function checkStale(
  workspace: string,
  tsg: string,
  runbook: string
): Promise<StaleCheck> {
  let source: string
  let committed: string
  try {
    source = await readFile(join(workspace, tsg), 'utf8')
    committed = await readFile(join(workspace, runbook), 'utf8')
  } catch (err) {
    return { tsg, runbook, stale: true, diff: '', error: (err as Error).message }
  }
  const recorded = (parse(committed) as { meta?: { source?: { source_hash?: unknown } } } | null)
    ?.meta?.source?.source_hash
  const stale = typeof recorded !== 'string' || !sourceMatches(recorded, source)
  const result = compileTsg(source, {
    file: basename(tsg),
    sourceFile: posix.relative(posix.dirname(runbook), tsg),
    outName: basename(runbook)
  })
  if (!result.ok)
    return {
      tsg,
      runbook,
      stale,
      diff: '',
      error: `the TSG does not compile any more: ${result.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => d.message)
        .join('; ')}`
    }
  return {
    tsg,
    runbook,
    stale,
    diff: lineDiff(committed, result.yaml, runbook, `${runbook} (compiled now)`)
  }
}
