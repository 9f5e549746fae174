// `command: answer`: record an answer (evidence, approval) given in an issue comment. Issue 10 builds it here.
import type { ActionPorts, CommandResult } from '../ports.js'
import type { Settings } from '../settings.js'

/** Not yet implemented: fails the job saying so. */
export function answerCommand(_s: Settings, _ports: ActionPorts): Promise<CommandResult> {
  return Promise.resolve({
    failed: "command 'answer' is not yet implemented in this version of the Action (issue 10)."
  })
}
