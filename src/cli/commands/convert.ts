// `runbook convert FILE`: prints the flat runbook a gert tree-form runbook stands for (steps with
// `when` guards in CEL), or writes it with -o. Exit 0 converted, 3 invalid input.
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ValidationResult } from '../../runbook/index.js'
import {
  fileDiagnostic,
  flatRunbookYaml,
  formatDiagnostic,
  validateRunbookText
} from '../../runbook/index.js'
import { ExitCode } from '../exit-codes.js'
import type { CliIo } from '../io.js'

export interface ConvertOptions {
  out?: string
}

/** Converts one runbook; diagnostics (and warnings) go to standard error. */
export async function convertCommand(
  file: string,
  opts: ConvertOptions,
  io: CliIo
): Promise<number> {
  let loaded: ValidationResult
  try {
    loaded = validateRunbookText(await readFile(resolve(io.cwd, file), 'utf8'), file)
  } catch (err) {
    loaded = { file, diagnostics: [fileDiagnostic(file, err)] }
  }
  for (const d of loaded.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`)
  if (loaded.runbook === undefined) return ExitCode.InvalidInput
  const yaml = `# ${file} as a flat runbook (runbook convert): each step guarded by its branch conditions.\n${flatRunbookYaml({ ...loaded, runbook: loaded.runbook })}`
  if (opts.out === undefined || opts.out === '-') {
    io.stdout.write(yaml)
    return ExitCode.Ok
  }
  try {
    await writeFile(resolve(io.cwd, opts.out), yaml)
  } catch (err) {
    io.stderr.write(
      `runbook: cannot write ${opts.out}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`
    )
    return ExitCode.InvalidInput
  }
  io.stderr.write(`flat runbook written to ${opts.out}\n`)
  return ExitCode.Ok
}
