// The debugger's command language (REPL lines and DAP evaluations): one line -> one typed command,
// or one error that says what was expected. Parsing records nothing.

export type DebugCommand =
  | { kind: 'next' }
  | { kind: 'continue' }
  | { kind: 'print'; what: 'vars' | 'captures' }
  | { kind: 'print'; what: 'step'; stepId?: string }
  | { kind: 'history' }
  | { kind: 'dump' }
  | { kind: 'evidence'; op: 'set'; name: string; value: string }
  | { kind: 'evidence'; op: 'check'; name: string; item: string }
  | { kind: 'evidence'; op: 'attach'; name: string; path: string }
  | { kind: 'approve'; as?: string; role?: string }
  | { kind: 'snapshot' }
  | { kind: 'break'; stepId: string }
  | { kind: 'delete'; stepId: string }
  | { kind: 'breakpoints' }
  | { kind: 'skip'; reason?: string }
  | { kind: 'quit' }
  | { kind: 'help'; topic?: string }
  | { kind: 'empty' }

export type ParseResult = { ok: true; command: DebugCommand } | { ok: false; error: string }

/** Each command with its usage and what it does, in the order `help` lists them. */
export const COMMANDS: readonly { name: string; usage: string; help: string }[] = [
  { name: 'next', usage: 'next', help: 'run the next step and stop before the one after it' },
  {
    name: 'continue',
    usage: 'continue',
    help: 'run until a manual step, a breakpoint, a failure or the end'
  },
  {
    name: 'print',
    usage: 'print vars|captures|step [ID]',
    help: 'show vars, captures, or a step (rendered argv, governance, what it needs)'
  },
  { name: 'history', usage: 'history', help: 'the steps run so far and how they ended' },
  { name: 'dump', usage: 'dump', help: 'the run state as JSON (redacted)' },
  {
    name: 'evidence',
    usage: 'evidence set NAME VALUE | check NAME ITEM | attach NAME PATH',
    help: 'supply evidence for the current manual step (recorded when the step runs)'
  },
  {
    name: 'approve',
    usage: 'approve --as NAME [--role R]',
    help: 'approve the current manual step'
  },
  { name: 'snapshot', usage: 'snapshot', help: 'write a snapshot of the run now (recorded)' },
  { name: 'break', usage: 'break STEP_ID', help: 'stop before STEP_ID when continuing' },
  { name: 'delete', usage: 'delete STEP_ID', help: 'remove the breakpoint on STEP_ID' },
  { name: 'breakpoints', usage: 'breakpoints', help: 'list the breakpoints' },
  {
    name: 'skip',
    usage: 'skip [REASON]',
    help: 'skip the next step, recorded with your name and the reason (verify shows it)'
  },
  { name: 'quit', usage: 'quit', help: 'pause the run and leave (runbook resume continues it)' },
  { name: 'help', usage: 'help [COMMAND]', help: 'this list, or one command' }
]

const ALIASES: Record<string, string> = {
  n: 'next',
  c: 'continue',
  q: 'quit',
  exit: 'quit',
  p: 'print'
}

/** Commands that change the run or the debugger; the others only read. */
export function changesState(command: DebugCommand): boolean {
  return !['print', 'history', 'dump', 'breakpoints', 'help', 'empty'].includes(command.kind)
}

/** Splits a line into words: whitespace separates, '...' and "..." quote, \ escapes in "...". */
export function splitWords(
  line: string
): { ok: true; words: string[] } | { ok: false; error: string } {
  const words: string[] = []
  let word: string | undefined
  let quote: '"' | "'" | undefined
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string
    if (quote !== undefined) {
      if (ch === quote) quote = undefined
      else if (ch === '\\' && quote === '"' && i + 1 < line.length) word = (word ?? '') + line[++i]
      else word = (word ?? '') + ch
    } else if (ch === '"' || ch === "'") {
      quote = ch
      word = word ?? ''
    } else if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word)
      word = undefined
    } else word = (word ?? '') + ch
  }
  if (quote !== undefined) return { ok: false, error: `unclosed ${quote} quote` }
  if (word !== undefined) words.push(word)
  return { ok: true, words }
}

/** Parses one line. */
export function parseCommand(line: string): ParseResult {
  const split = splitWords(line)
  if (!split.ok) return split
  const [head, ...args] = split.words
  if (head === undefined) return { ok: true, command: { kind: 'empty' } }
  const name = ALIASES[head] ?? head
  const spec = COMMANDS.find((c) => c.name === name)
  if (spec === undefined) {
    const guess = closest(
      head,
      COMMANDS.map((c) => c.name)
    )
    return {
      ok: false,
      error: `unknown command '${head}'${guess === undefined ? '' : `; did you mean '${guess}'?`} (help lists the commands)`
    }
  }
  const usage = (why: string): ParseResult => ({ ok: false, error: `${why}; usage: ${spec.usage}` })
  const none = (command: DebugCommand): ParseResult =>
    args.length === 0 ? { ok: true, command } : usage(`${name} takes no arguments`)
  switch (name) {
    case 'next':
    case 'continue':
    case 'history':
    case 'dump':
    case 'snapshot':
    case 'breakpoints':
    case 'quit':
      return none({ kind: name })
    case 'print': {
      const [what, id, ...extra] = args
      if (what === 'vars' || what === 'captures')
        return args.length === 1
          ? { ok: true, command: { kind: 'print', what } }
          : usage('too many arguments')
      if (what === 'step') {
        if (extra.length > 0) return usage('print step takes one step id')
        return {
          ok: true,
          command: { kind: 'print', what: 'step', ...(id === undefined ? {} : { stepId: id }) }
        }
      }
      const guess = what === undefined ? undefined : closest(what, ['vars', 'captures', 'step'])
      return usage(
        what === undefined
          ? 'print what?'
          : `cannot print '${what}'${guess === undefined ? '' : `; did you mean '${guess}'?`}`
      )
    }
    case 'evidence':
      return parseEvidence(args, usage)
    case 'approve':
      return parseApprove(args, usage)
    case 'break':
    case 'delete': {
      if (args.length !== 1) return usage(`${name} takes one step id`)
      return { ok: true, command: { kind: name, stepId: args[0] as string } }
    }
    case 'skip': {
      const reason = args.join(' ').trim()
      return { ok: true, command: { kind: 'skip', ...(reason === '' ? {} : { reason }) } }
    }
    default: {
      if (args.length > 1) return usage('help takes one command name')
      const topic = args[0] === undefined ? undefined : (ALIASES[args[0]] ?? args[0])
      return { ok: true, command: { kind: 'help', ...(topic === undefined ? {} : { topic }) } }
    }
  }
}

function parseEvidence(args: string[], usage: (why: string) => ParseResult): ParseResult {
  const [op, name, ...rest] = args
  const value = rest.join(' ')
  if (op !== 'set' && op !== 'check' && op !== 'attach') {
    const guess = op === undefined ? undefined : closest(op, ['set', 'check', 'attach'])
    return usage(
      op === undefined
        ? 'evidence set, check or attach?'
        : `no evidence operation '${op}'${guess === undefined ? '' : `; did you mean '${guess}'?`}`
    )
  }
  const what = { set: 'VALUE', check: 'ITEM', attach: 'PATH' }[op]
  if (name === undefined || value === '') return usage(`evidence ${op} needs NAME and ${what}`)
  if (op === 'set') return { ok: true, command: { kind: 'evidence', op, name, value } }
  if (op === 'check') return { ok: true, command: { kind: 'evidence', op, name, item: value } }
  return { ok: true, command: { kind: 'evidence', op, name, path: value } }
}

function parseApprove(args: string[], usage: (why: string) => ParseResult): ParseResult {
  const out: { as?: string; role?: string } = {}
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i] as string
    const value = args[i + 1]
    if (flag !== '--as' && flag !== '--role') return usage(`unknown option '${flag}'`)
    if (value === undefined || value.startsWith('--')) return usage(`${flag} needs a value`)
    if (flag === '--as') out.as = value
    else out.role = value
  }
  return { ok: true, command: { kind: 'approve', ...out } }
}

/** The candidate nearest to `word` (edit distance at most 2, or a prefix), for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = c.startsWith(word) && word.length >= 2 ? 0.5 : editDistance(word, c)
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  const limit = Math.min(2, Math.max(1, Math.floor(word.length / 3)))
  return bestDistance <= limit ? best : undefined
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
    }
    prev = row
  }
  return prev[b.length] ?? 0
}
