// One command per file; the dispatch table is the only place that knows them all.
import { answerCommand } from './commands/answer.js'
import { resumeCommand } from './commands/resume.js'
import { runCommand } from './commands/run.js'
import { testCommand } from './commands/test.js'
import { validateCommand } from './commands/validate.js'
import { verifyCommand } from './commands/verify.js'
import type { Command } from './constants.js'
import type { ActionPorts, CommandResult } from './ports.js'
import type { Settings } from './settings.js'

const COMMANDS: Record<Command, (s: Settings, ports: ActionPorts) => Promise<CommandResult>> = {
  validate: validateCommand,
  run: runCommand,
  resume: resumeCommand,
  answer: answerCommand,
  test: testCommand,
  verify: verifyCommand
}

/** Runs the command the settings name. */
export function dispatch(s: Settings, ports: ActionPorts): Promise<CommandResult> {
  return COMMANDS[s.command](s, ports)
}
