// The Action's inputs, parsed once into a typed Settings object; nothing deeper reads core.getInput.
import * as core from '@actions/core'
import { Inputs } from './constants.js'

export interface Settings {
  /** Runbook files to work on. */
  runbooks: string[]
  command: 'validate'
}

/** Raised for an input that has the wrong form; the message names the input and the expected form. */
export class InputError extends Error {
  override name = 'InputError'
}

export function readSettings(): Settings {
  const runbooks = core
    .getInput(Inputs.Runbooks, { required: true })
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
  if (runbooks.length === 0)
    throw new InputError(
      `Input '${Inputs.Runbooks}' is empty. Expected one or more runbook paths, one per line.`
    )
  const command = core.getInput(Inputs.Command) || 'validate'
  if (command !== 'validate')
    throw new InputError(`Invalid input '${Inputs.Command}': '${command}'. Expected 'validate'.`)
  return { runbooks, command }
}
