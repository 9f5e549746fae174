// Pausing a run through GitHub (pause: issue | environment): issue 10 builds it here.
import type { RunState } from '../engine/model.js'
import type { ActionPorts, CommandResult } from './ports.js'
import type { Settings } from './settings.js'

/** Hands a paused run to GitHub to wait for its evidence and approvals. Not yet implemented. */
export function pauseWithGitHub(
  s: Settings,
  _ports: ActionPorts,
  state: RunState
): Promise<CommandResult> {
  return Promise.resolve({
    failed: `Run ${state.run_id} paused, and pause: ${s.pause} is not yet implemented (issue 10); use pause: fail until it is.`
  })
}
