// `runbook compile TSG.md`: Markdown TSG -> runbook YAML (+ mapping.md). Exit codes follow the Go
// peer gert: 0 ok, 1 ok with TODOs (also when steps were degraded to manual), 2 input unreadable,
// 3 bad flags or a compiler defect (no runbook is written).
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import type { CompileResult } from '../../compiler/index.js'
import type { LlmSettings } from '../../compiler/index.js'
import {
  compileTsg,
  DEFAULT_MODEL,
  GITHUB_MODELS_URL,
  InputUnreadableError,
  readTsg,
  refineWithLlm,
  writeOutput
} from '../../compiler/index.js'
import { formatDiagnostic } from '../../runbook/index.js'
import { fsErrorReason } from '../../runbook/fs-reason.js'
import type { CliIo } from '../io.js'

export const CompileExit = { Ok: 0, Todos: 1, Unreadable: 2, Failed: 3 } as const

export interface CompileCliOptions {
  /** Runbook output file; '-' or absent: standard output. */
  out?: string
  /** mapping.md output file; absent: not written. */
  mapping?: string
  name?: string
  /** LLM refinement provider; absent: off. */
  llm?: 'openai-compatible'
  llmUrl?: string
  llmModel?: string
  /** Seconds to wait for the LLM answer. */
  llmTimeout?: string
}

/** The LLM settings from flags and environment, or why they are incomplete. */
export function llmSettings(opts: CompileCliOptions, env: CliIo['env']): LlmSettings | string {
  const inActions = env.GITHUB_ACTIONS === 'true'
  const url = opts.llmUrl ?? env.RUNBOOK_LLM_URL ?? (inActions ? GITHUB_MODELS_URL : undefined)
  if (url === undefined || !/^https?:\/\/\S+$/.test(url))
    return `--llm openai-compatible needs --llm-url http(s)://... (or RUNBOOK_LLM_URL; GitHub Models is the default only inside GitHub Actions), got '${url ?? ''}'`
  const seconds = Number(opts.llmTimeout ?? '60')
  if (!Number.isFinite(seconds) || seconds <= 0)
    return `--llm-timeout takes a number of seconds, got '${opts.llmTimeout ?? ''}'`
  const token =
    env.RUNBOOK_LLM_TOKEN ?? env.OPENAI_API_KEY ?? (inActions ? env.GITHUB_TOKEN : undefined)
  return {
    url,
    model: opts.llmModel ?? env.RUNBOOK_LLM_MODEL ?? DEFAULT_MODEL,
    timeoutMs: Math.round(seconds * 1000),
    ...(token === undefined ? {} : { token })
  }
}

/** Compiles one TSG and writes the outputs; returns the exit code. */
export async function compileCommand(
  file: string,
  opts: CompileCliOptions,
  io: CliIo
): Promise<number> {
  let source: string
  try {
    source = await readTsg(resolve(io.cwd, file))
  } catch (err) {
    if (err instanceof InputUnreadableError) {
      io.stderr.write(`${file}: cannot read the TSG: ${err.reason}\n`)
      return CompileExit.Unreadable
    }
    throw err
  }
  const settings = opts.llm === undefined ? undefined : llmSettings(opts, io.env)
  if (typeof settings === 'string') {
    io.stderr.write(`runbook compile: ${settings}\n`)
    return CompileExit.Failed
  }
  const toStdout = opts.out === undefined || opts.out === '-'
  let result: CompileResult
  try {
    result = compileTsg(source, {
      file: basename(file),
      sourceFile: sourceFileFor(io.cwd, file, toStdout ? undefined : opts.out),
      outName: toStdout ? 'runbook.yaml' : basename(opts.out as string),
      ...(opts.name === undefined ? {} : { name: opts.name })
    })
  } catch (err) {
    // A TSG never makes the compiler throw; if it does, that is the compiler's defect.
    const why = err instanceof Error ? err.message : String(err)
    io.stderr.write(
      `${file}: compiler defect: the compiler failed on this TSG (${why}); nothing was written. Please report it with the TSG.\n`
    )
    return CompileExit.Failed
  }
  if (!result.ok) {
    io.stderr.write(failure(file, result))
    if (opts.mapping !== undefined) {
      try {
        await writeOutput(opts.mapping, result.mapping)
      } catch (err) {
        io.stderr.write(`runbook compile: cannot write ${opts.mapping}: ${fsErrorReason(err)}\n`)
      }
    }
    return CompileExit.Failed
  }
  if (settings !== undefined) {
    const refined = await refineWithLlm(source, result, settings)
    result = refined.result
    io.stderr.write(
      refined.accepted
        ? `${file}: LLM refinement by ${settings.model} accepted\n`
        : `${file}: LLM refinement rejected, the deterministic runbook is kept:\n${refined.problems.map((p) => `  ${p}`).join('\n')}\n`
    )
  }
  let target = toStdout ? '-' : (opts.out as string)
  try {
    if (toStdout) io.stdout.write(result.yaml)
    else await writeOutput(resolve(io.cwd, target), result.yaml)
    if (opts.mapping !== undefined) {
      target = opts.mapping
      await writeOutput(resolve(io.cwd, target), result.mapping)
    }
  } catch (err) {
    io.stderr.write(`runbook compile: cannot write ${target}: ${fsErrorReason(err)}\n`)
    return CompileExit.Failed
  }
  const summary = `${file}: ${describe(result)}${toStdout ? '' : ` -> ${opts.out as string}`}${opts.mapping === undefined ? '' : `, ${opts.mapping}`}\n`
  ;(toStdout ? io.stderr : io.stdout).write(summary)
  if (result.degraded > 0)
    io.stderr.write(
      `${file}: ${result.degraded} step${result.degraded === 1 ? '' : 's'} the compiler could not stand behind became manual (see the TODOs in mapping.md)\n`
    )
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
    `${file}: compiler defect: the generated runbook did not pass Stage C even with every doubtful step made manual; the runbook was not written (mapping.md, when asked for, describes the defect). Please report it with the TSG.`
  ]
  for (const d of r.diagnostics) if (d.severity === 'error') lines.push(formatDiagnostic(d))
  for (const c of r.checks)
    if (!c.ok) lines.push(`fidelity check '${c.check}' failed: ${c.problems.join('; ')}`)
  return `${lines.join('\n')}\n`
}

/**
 * meta.source.file: the TSG relative to the runbook's directory (or to here for stdout),
 * `/`-separated. When either lies outside the working directory (the repository), only the TSG's
 * name is kept: a path through the machine's own directories would mean nothing elsewhere.
 */
function sourceFileFor(cwd: string, tsg: string, out: string | undefined): string {
  const source = resolve(cwd, tsg)
  const from = out === undefined ? cwd : dirname(resolve(cwd, out))
  const inside = (p: string) => {
    const rel = relative(cwd, p)
    return !rel.startsWith('..') && !isAbsolute(rel)
  }
  if (!inside(source) || !inside(from)) return basename(source)
  return relative(from, source).split(sep).join('/')
}
