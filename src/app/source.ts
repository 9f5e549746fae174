// Compile or load: a runbook YAML is loaded; a Markdown TSG is compiled exactly as `runbook compile`
// does, its runbook and mapping.md written to a directory, and the compiled runbook loaded from
// there. Either way the caller gets where each step (and assertion) is written, for annotations.
import { mkdir, writeFile } from 'node:fs/promises'
import { basename, extname, join, relative, resolve } from 'node:path'
import type { CompileResult } from '../compiler/index.js'
import { compileTsg, InputUnreadableError, readTsg } from '../compiler/index.js'
import { fsErrorReason } from '../runbook/fs-reason.js'
import type { DocPath } from '../runbook/index.js'
import { AppError } from './errors.js'
import type { RunnableRunbook } from './load.js'
import { loadRunbookForRun } from './load.js'

/** Where a step, or one of its assertions, is written in the file the user gave. */
export interface SourceLocation {
  file: string
  line: number
  col?: number
}

export interface RunbookSource {
  loaded: RunnableRunbook
  /** The file as the user named it (the TSG when compiled). */
  file: string
  locate: (stepIndex: number, assertion?: number) => SourceLocation
  /** Present when the runbook was compiled from a TSG. */
  compiled?: {
    todos: number
    /** Paths relative to the working directory. */
    runbook: string
    mapping: string
    /** Compiled vars without a value. */
    emptyVars: string[]
  }
}

/** True for a Markdown TSG (compiled), false for a runbook YAML (loaded). */
export function isTsg(file: string): boolean {
  return ['.md', '.markdown'].includes(extname(file).toLowerCase())
}

/**
 * Loads `file` (relative to `cwd`), compiling it first when it is a TSG; compiled output goes to
 * `compiledDir` (relative to `cwd`).
 */
export async function loadOrCompile(
  file: string,
  cwd: string,
  compiledDir: string
): Promise<RunbookSource> {
  if (!isTsg(file)) {
    const loaded = await loadRunbookForRun(file, cwd)
    const locate = (i: number, a?: number): SourceLocation => {
      const path: DocPath = a === undefined ? ['steps', i] : ['steps', i, 'assertions', a]
      const at = loaded.source?.locate(path) ?? { line: 1, col: 1 }
      return { file, line: at.line, col: at.col }
    }
    return { loaded, file, locate }
  }
  let text: string
  try {
    text = await readTsg(resolve(cwd, file))
  } catch (err) {
    if (err instanceof InputUnreadableError) throw new AppError('invalid-input', err.message)
    throw err
  }
  const stem = basename(file, extname(file))
  const result = compileTsg(text, { file: basename(file), outName: `${stem}.yaml` })
  if (!result.ok)
    throw new AppError('invalid-input', compileFailure(file, result), result.diagnostics)
  const out = resolve(cwd, compiledDir)
  const yamlPath = join(out, `${stem}.yaml`)
  const mappingPath = join(out, `${stem}.mapping.md`)
  try {
    await mkdir(out, { recursive: true })
    await writeFile(yamlPath, result.yaml)
    await writeFile(mappingPath, result.mapping)
  } catch (err) {
    throw new AppError(
      'invalid-input',
      `cannot write the compiled runbook to ${out}: ${fsErrorReason(err)}`
    )
  }
  const loaded = await loadRunbookForRun(relative(cwd, yamlPath), cwd)
  const lines = new Map(result.interpretation.steps.map((p) => [p.step.id, p.line]))
  const locate = (i: number): SourceLocation => ({
    file,
    line: lines.get(loaded.runbook.steps[i]?.id ?? '') ?? 1
  })
  const vars = loaded.runbook.meta.vars ?? {}
  return {
    loaded,
    file,
    locate,
    compiled: {
      todos: result.todos,
      runbook: relative(cwd, yamlPath),
      mapping: relative(cwd, mappingPath),
      emptyVars: Object.entries(vars)
        .filter(([, v]) => v === undefined || v === null || v === '')
        .map(([k]) => k)
    }
  }
}

function compileFailure(file: string, r: CompileResult): string {
  const failed = r.checks
    .filter((c) => !c.ok)
    .map((c) => `fidelity check '${c.check}' failed: ${c.problems.join('; ')}`)
  return [`${file}: compile failed: the generated runbook did not pass Stage C`, ...failed].join(
    '\n'
  )
}
