// `command: verify`: checks a run directory (hash chain, manifest, snapshots, every step satisfied):
// the workspace's run, else the one in this workflow run's artifact for the request id.
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { formatVerifyReport, verifyRun } from '../../trace/index.js'
import { artifactName, downloadIfPresent } from '../artifact.js'
import { Outputs, RUNS_SUBDIR, STATE_DIR } from '../constants.js'
import type { ActionPorts, CommandResult } from '../ports.js'
import type { Settings } from '../settings.js'

export async function verifyCommand(s: Settings, ports: ActionPorts): Promise<CommandResult> {
  const ws = s.runner.workspace
  const runId = s.runId ?? ''
  const candidates = [
    join(ws, STATE_DIR, RUNS_SUBDIR, runId),
    join(ws, RUNS_SUBDIR, runId),
    join(ws, runId)
  ]
  let dir = await firstDir(candidates)
  if (dir === undefined && s.runner.artifacts) {
    if ((await downloadIfPresent(artifactName(s.requestId), join(ws, STATE_DIR))) !== undefined)
      dir = await firstDir(candidates.slice(0, 1))
  }
  if (dir === undefined)
    return {
      failed: `No run directory for run-id '${runId}': looked in ${candidates.join(', ')}${s.runner.artifacts ? ` and the artifact ${artifactName(s.requestId)}` : ''}.`
    }
  const report = await verifyRun(dir)
  ports.info(formatVerifyReport(report).trimEnd())
  ports.setOutput(Outputs.RunId, runId)
  ports.setOutput(Outputs.Status, report.ok ? 'passed' : 'failed')
  return report.ok ? {} : { failed: `Run ${runId} does not verify; see the log.` }
}

async function firstDir(paths: string[]): Promise<string | undefined> {
  for (const p of paths) {
    try {
      if ((await stat(p)).isDirectory()) return p
    } catch {
      // not there: try the next
    }
  }
  return undefined
}
