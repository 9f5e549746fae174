// `runbook schema`: prints the runbook/v0 JSON Schema, for editors and other tools.
import { RUNBOOK_SCHEMA } from '../../runbook/index.js'
import { ExitCode } from '../exit-codes.js'
import type { CliIo } from '../io.js'

export function schemaCommand(io: CliIo): number {
  io.stdout.write(`${JSON.stringify(RUNBOOK_SCHEMA, null, 2)}\n`)
  return ExitCode.Ok
}
