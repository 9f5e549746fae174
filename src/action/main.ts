// Entry point of the GitHub Action: parse settings, run, and report failure exactly once.
import * as core from '@actions/core'
import { readSettings } from './settings.js'
import { validateRunbooks } from './validate.js'

try {
  const settings = readSettings()
  const ok = await validateRunbooks(settings)
  if (!ok) core.setFailed('One or more runbooks are invalid; see the annotations.')
} catch (err) {
  core.setFailed(err instanceof Error ? err.message : String(err))
}
