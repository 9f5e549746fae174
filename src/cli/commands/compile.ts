// `runbook compile TSG.md`: Markdown TSG -> runbook YAML (+ mapping.md). Exit codes follow the Go
// peer gert: 0 ok, 1 ok with TODOs, 2 input unreadable, 3 failed (nothing is written).
import { basename } from 'node:path'
import type { CompileResult } from '../../compiler/index.js'
import { compileTsg, InputUnreadableError, readTsg, writeOutput } from '../../compiler/index.js'
import { formatDiagnostic } from '../../runbook/index.js'
import type { CliIo } from '../io.js'

export const CompileExit = { Ok: 0, Todos: 1, Unreadable: 2, Failed: 3 } as const

export interface CompileCliOptions {
  /** Runbook output file; '-' or absent: standard output. */
  out?: string
  /** mapping.md output file; absent: not written. */
  mapping?: string
  name?: string
}

/** Compiles one TSG and writes the outputs; returns the exit code. */
export async function compileCommand(
  file: string,
  opts: CompileCliOptions,
  io: CliIo
): Promise<number> {
  let source: string
  try {
    source = await readTsg(file)
  } catch (err) {
    if (err instanceof InputUnreadableError) {
      io.stderr.write(`${err.message}\n`)
      return CompileExit.Unreadable
    }
    throw err
  }
  const toStdout = opts.out === undefined || opts.out === '-'
  const result = compileTsg(source, {
    file: basename(file),
    outName: toStdout ? 'runbook.yaml' : basename(opts.out as string),
    ...(opts.name === undefined ? {} : { name: opts.name })
  })
  if (!result.ok) {
    io.stderr.write(failure(file, result))
    return CompileExit.Failed
  }
  try {
    if (toStdout) io.stdout.write(result.yaml)
    else await writeOutput(opts.out as string, result.yaml)
    if (opts.mapping !== undefined) await writeOutput(opts.mapping, result.mapping)
  } catch (err) {
    io.stderr.write(`runbook compile: cannot write output: ${(err as Error).message}\n`)
    return CompileExit.Failed
  }
  const summary = `${file}: ${describe(result)}${toStdout ? '' : ` -> ${opts.out as string}`}${opts.mapping === undefined ? '' : `, ${opts.mapping}`}\n`
  ;(toStdout ? io.stderr : io.stdout).write(summary)
  for (const d of result.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`)
  return result.todos > 0 ? CompileExit.Todos : CompileExit.Ok
}

/** `12 steps (8 automated, 4 manual), 3 TODOs` */
export function describe(r: CompileResult): string {
  const steps = r.runbook.steps
  const cli = steps.filter((s) => s.type === 'cli').length
  return `${steps.length} step${steps.length === 1 ? '' : 's'} (${cli} automated, ${steps.length - cli} manual), ${r.todos} TODO${r.todos === 1 ? '' : 's'}`
}

function failure(file: string, r: CompileResult): string {
  const lines = [
    `${file}: compile failed: the generated runbook did not pass Stage C; nothing was written`
  ]
  for (const d of r.diagnostics) if (d.severity === 'error') lines.push(formatDiagnostic(d))
  for (const c of r.checks)
    if (!c.ok) lines.push(`fidelity check '${c.check}' failed: ${c.problems.join('; ')}`)
  return `${lines.join('\n')}\n`
}
