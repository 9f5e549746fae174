// `command: resume`: resume a paused run with the evidence and approvals given on GitHub. Issue 10 builds it here.
import type { ActionPorts, CommandResult } from '../ports.js'
import type { Settings } from '../settings.js'

/** Not yet implemented: fails the job saying so. */
export function resumeCommand(_s: Settings, _ports: ActionPorts): Promise<CommandResult> {
  return Promise.resolve({
    failed: "command 'resume' is not yet implemented in this version of the Action (issue 10)."
  })
}
