// A process argument, an environment variable or a directory name is a C string: a NUL byte in one
// cannot reach the command (Node refuses to spawn). Refused where it is written, not at the spawn.
import type { Diagnostic } from '../diagnostic.js'
import type { Rule, RuleContext } from './rule.js'

type Located = { value: string; path: (string | number)[]; key?: boolean }

/** The strings that reach a process: argv, env names and values, cwd, and the vars they use. */
function processStrings(ctx: RuleContext): Located[] {
  const out: Located[] = []
  for (const [name, value] of Object.entries(ctx.runbook.meta.vars ?? {})) {
    out.push({ value: name, path: ['meta', 'vars', name], key: true })
    if (typeof value === 'string') out.push({ value, path: ['meta', 'vars', name] })
  }
  ctx.runbook.steps.forEach((step, i) => {
    const w = step.with
    if (w === undefined) return
    ;(w.argv ?? []).forEach((arg, j) =>
      out.push({ value: arg, path: ['steps', i, 'with', 'argv', j] })
    )
    for (const [name, value] of Object.entries(w.env ?? {})) {
      out.push({ value: name, path: ['steps', i, 'with', 'env', name], key: true })
      out.push({ value: String(value), path: ['steps', i, 'with', 'env', name] })
    }
    if (w.cwd !== undefined) out.push({ value: w.cwd, path: ['steps', i, 'with', 'cwd'] })
  })
  return out
}

export const nulByteRules: Rule[] = [
  {
    id: 'nul-byte',
    severity: 'error',
    summary:
      'No NUL byte (\\0) in argv, env, cwd or meta.vars: a process argument, variable or directory cannot hold one.',
    check: (ctx) =>
      processStrings(ctx).flatMap(({ value, path, key }): Diagnostic[] =>
        value.includes('\u0000')
          ? [
              ctx.source.diag(
                'nul-byte',
                'error',
                `a NUL byte (\\0) at character ${value.indexOf('\u0000') + 1}: a process argument, environment variable or directory name cannot hold one`,
                path,
                key === true ? { key: true } : {}
              )
            ]
          : []
      )
  }
]
