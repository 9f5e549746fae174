// `command: test`: run the replay scenarios under 'paths' and check 'min-coverage'. Issue 11 builds it here.
import type { ActionPorts, CommandResult } from '../ports.js'
import type { Settings } from '../settings.js'

/** Not yet implemented: fails the job saying so. */
export function testCommand(_s: Settings, _ports: ActionPorts): Promise<CommandResult> {
  return Promise.resolve({
    failed: "command 'test' is not yet implemented in this version of the Action (issue 11)."
  })
}
