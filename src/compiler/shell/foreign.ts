// Variables of another language written inside a shell command: awk's `$NF`, gdb's `$rip` and
// `$_siginfo`, Grafana's `$__rate_interval` in a PromQL query, a PostgreSQL dollar-quote tag
// (`$body$`). They are not values for the operator to fill in: never vars, and a command that
// holds them (where the shell would expand them) is shown verbatim, not run as argv.
import { lexShell } from './lexer.js'

const AWK = new Set(['awk', 'gawk', 'mawk', 'nawk'])
const AWK_BUILTINS = new Set(['NF', 'NR', 'FNR', 'FS', 'OFS', 'RS', 'ORS', 'FILENAME', 'SUBSEP'])
const DEBUGGERS = new Set(['gdb', 'lldb', 'cuda-gdb'])

/** The names of the `$variables` in `text` that belong to another language than the shell. */
export function foreignVars(text: string): Set<string> {
  const out = new Set<string>()
  if (!text.includes('$')) return out
  for (const m of text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)\$/g)) out.add(m[1] as string)
  let program: string | undefined
  for (const t of lexShell(text).tokens) {
    if (t.kind === 'op') {
      program = undefined
      continue
    }
    const base = (t.word.raw.split('/').pop() ?? '').replace(/^["']|["']$/g, '')
    if (program === undefined && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(t.word.raw)) program = base
    for (const p of t.word.parts) {
      if (p.kind !== 'var') continue
      if (p.name.startsWith('_')) out.add(p.name)
      else if (program !== undefined && AWK.has(program) && AWK_BUILTINS.has(p.name))
        out.add(p.name)
      else if (program !== undefined && DEBUGGERS.has(program)) out.add(p.name)
    }
  }
  return out
}
