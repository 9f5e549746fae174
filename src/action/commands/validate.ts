// `command: validate`: each diagnostic becomes an annotation on its file and line.
import { countBySeverity, describeCounts, loadRunbookFile } from '../../runbook/index.js'
import type { Diagnostic } from '../../runbook/index.js'
import { resolve } from 'node:path'
import { annotateDiagnostics } from '../app-errors.js'
import { Outputs } from '../constants.js'
import type { ActionPorts, CommandResult } from '../ports.js'
import type { Settings } from '../settings.js'

/** Validates every runbook; the job fails when one is invalid. */
export async function validateCommand(s: Settings, ports: ActionPorts): Promise<CommandResult> {
  let allValid = true
  const all: Diagnostic[] = []
  for (const file of s.runbooks) {
    const result = await loadRunbookFile(resolve(s.runner.workspace, file))
    const diagnostics = result.diagnostics.map((d) => ({ ...d, file }))
    const { errors, warnings } = countBySeverity(diagnostics)
    if (errors > 0) allValid = false
    ports.info(`${file}: ${errors > 0 ? `invalid (${describeCounts(errors, warnings)})` : 'valid'}`)
    for (const d of diagnostics)
      ports.info(`  ${d.file}:${d.line}:${d.col} ${d.severity} ${d.rule}: ${d.message}`)
    all.push(...diagnostics)
  }
  annotateDiagnostics(all, ports)
  ports.setOutput(Outputs.Valid, String(allValid))
  ports.setOutput(Outputs.Status, allValid ? 'passed' : 'failed')
  return allValid ? {} : { failed: 'One or more runbooks are invalid; see the annotations.' }
}
