// The Action's validate command: each diagnostic becomes an annotation on its file and line.
import * as core from '@actions/core'
import { countBySeverity, describeCounts, loadRunbookFile } from '../runbook/index.js'
import { Outputs } from './constants.js'
import type { Settings } from './settings.js'

/** Validates every runbook; returns true when all are valid. */
export async function validateRunbooks(settings: Settings): Promise<boolean> {
  let allValid = true
  for (const file of settings.runbooks) {
    const result = await loadRunbookFile(file)
    const { errors, warnings } = countBySeverity(result.diagnostics)
    if (errors > 0) allValid = false
    core.info(`${file}: ${errors > 0 ? `invalid (${describeCounts(errors, warnings)})` : 'valid'}`)
    for (const d of result.diagnostics) {
      const props = { file: d.file, startLine: d.line, startColumn: d.col, title: d.rule }
      const text = `${d.message}${d.path === '' ? '' : ` (at ${d.path})`}`
      if (d.severity === 'error') core.error(text, props)
      else core.warning(text, props)
    }
  }
  core.setOutput(Outputs.Valid, String(allValid))
  return allValid
}
