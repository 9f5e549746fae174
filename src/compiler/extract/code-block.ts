// A code block in Stage A: its language and Runme attributes, what kind of block it is (shell,
// manifest, output, other code) and, for shell, its logical lines: prompts stripped, continuation
// lines and here-documents joined, comments and output told apart from commands.
import type { Code } from 'mdast'
import type { CodeKind, IrCode, IrLine } from '../ir.js'
import { continuation } from '../shell/continuation.js'
import { lexShell } from '../shell/lexer.js'
import { isCommandLike } from './command-like.js'
import type { PromptMatch } from './prompts.js'
import { matchPrompt } from './prompts.js'

const SHELL = new Set([
  'sh',
  'bash',
  'shell',
  'zsh',
  'ksh',
  'console',
  'shell-session',
  'shellsession',
  'terminal',
  'sh-session',
  'bash-session',
  'zsh-session',
  'command',
  'cmd-line',
  'commandline'
])
const TRUSTED = new Set(['sh', 'bash', 'shell', 'zsh', 'ksh'])
/** PowerShell (and cmd.exe) blocks: commands, but not POSIX shell; the interpreter keeps them manual. */
export const POWERSHELL: ReadonlySet<string> = new Set([
  'powershell',
  'pwsh',
  'ps1',
  'ps',
  'posh',
  'powershell-session',
  'pwsh-session',
  'cmd',
  'bat',
  'batch',
  'dos'
])
const MANIFEST = new Set([
  'yaml',
  'yml',
  'json',
  'jsonc',
  'json5',
  'toml',
  'xml',
  'ini',
  'hcl',
  'tf',
  'properties',
  'conf',
  'cfg',
  'env',
  'dotenv',
  'csv',
  'dockerfile',
  'nginx'
])
const OUTPUT = new Set([
  '',
  'text',
  'txt',
  'log',
  'logs',
  'output',
  'plaintext',
  'plain',
  'none',
  'nohighlight',
  'stdout',
  'diff'
])

/** Extracts one code block; `lines` is the whole source, split. */
export function extractCode(node: Code, lines: string[]): IrCode {
  const line = node.position?.start.line ?? 1
  const endLine = node.position?.end.line ?? line
  const fenced = /^\s*(```|~~~)/.test(lines[line - 1] ?? '')
  const lang = (node.lang ?? '').toLowerCase()
  const meta = node.meta ?? ''
  const info = `${node.lang ?? ''}${meta === '' ? '' : ` ${meta}`}`
  const first = fenced ? line + 1 : line
  const body = node.value === '' ? [] : node.value.split('\n')
  const base = { lang, info, attrs: runmeAttrs(meta), fenced, line, endLine }
  if (body.every((l) => l.trim() === ''))
    return { ...base, kind: 'empty', reason: 'empty block', lines: [] }
  if (MANIFEST.has(lang))
    return {
      ...base,
      kind: 'manifest',
      reason: `${lang} document (a manifest or payload), not a command`,
      lines: []
    }
  if (POWERSHELL.has(lang)) {
    const logical = powershellLines(body, first)
    const commands = logical.filter((l) => l.kind === 'command').length
    return commands > 0
      ? { ...base, kind: 'shell', reason: `${commands} PowerShell command(s)`, lines: logical }
      : { ...base, kind: 'output', reason: 'output or comments only, no command line', lines: [] }
  }
  if (!SHELL.has(lang) && !OUTPUT.has(lang))
    return {
      ...base,
      kind: 'code',
      reason: `${lang} code, not a shell command`,
      lines: [],
      body: node.value
    }
  const root = rootPrompted(body)
  const match = (l: string): PromptMatch | undefined =>
    matchPrompt(l) ?? (root ? rootPrompt(l) : undefined)
  const prompted = body.some(
    (l) => match(l) !== undefined && isCommandLike(match(l)?.rest ?? '', false)
  )
  const strict = !TRUSTED.has(lang)
  const logical = splitLines(body, first, prompted, strict, match)
  const commands = logical.filter((l) => l.kind === 'command').length
  // An untagged or console block without prompts holds commands only when every line looks like one.
  if (!prompted && strict && logical.some((l) => l.kind === 'output')) {
    return {
      ...base,
      kind: 'output',
      reason:
        'no prompt, and not every line runs a program the classifier knows: sample output or another language (a query, a log), not a command',
      lines: []
    }
  }
  const kind: CodeKind = commands > 0 ? 'shell' : 'output'
  const reason =
    commands > 0
      ? `${commands} command${commands === 1 ? '' : 's'}`
      : 'output or comments only, no command line'
  return { ...base, kind, reason, lines: logical }
}

/** Runme-style attributes after the language: `{"name":"x"}` or `{ name=x interactive=false }`. */
export function runmeAttrs(meta: string): Record<string, string> {
  const m = /\{.*\}/.exec(meta)
  if (m === null) return {}
  try {
    const parsed: unknown = JSON.parse(m[0])
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const out: Record<string, string> = {}
      for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) out[k] = String(v)
      return out
    }
  } catch {
    // Not JSON: fall through to key=value pairs.
  }
  const out: Record<string, string> = {}
  for (const kv of m[0].slice(1, -1).matchAll(/([\w-]+)\s*=\s*("([^"]*)"|[^\s,}]+)/g))
    out[kv[1] as string] = kv[3] ?? (kv[2] as string)
  return out
}

// `# systemctl status kubelet` is a root prompt, not a comment, when what follows the `#` is a
// program the classifier knows with arguments (not prose: `# kill the stuck process`) and the
// other lines of the block are prompted commands or output, never an unprompted command.
const PROSE_WORD =
  /^(?:the|a|an|this|that|these|those|it|its|if|to|for|and|or|on|in|of|with|from|all|your|our|any|is|are|was|will|should|must|can|may|first|then|now|again|here|there|only|not|no)$/i

/** `# cmd args` read as a root prompt, when `cmd args` reads as a command and not as prose. */
export function rootPrompt(line: string): PromptMatch | undefined {
  const m = /^(\s*#)\s+(\S.*)$/.exec(line)
  if (m === null) return undefined
  const rest = (m[2] as string).trimEnd()
  const words = rest.split(/\s+/)
  // A known program, or a word no sentence starts with (`gitlab-rake`, `./run.sh`, `/usr/bin/x`).
  const program =
    isCommandLike(rest, true) || /^(?:[a-z][\w]*[-_.][\w.-]+|\.{0,2}\/\S+)$/.test(words[0] ?? '')
  if (!program || /[.:!?]$/.test(rest) || /,\s/.test(rest)) return undefined
  if (words.slice(1, 3).some((w) => PROSE_WORD.test(w))) return undefined
  return { prompt: '#', rest }
}

function rootPrompted(body: readonly string[]): boolean {
  let candidates = 0
  for (const l of body) {
    if (l.trim() === '') continue
    if (rootPrompt(l) !== undefined) {
      candidates++
      continue
    }
    if (/^\s*#/.test(l)) continue
    const p = matchPrompt(l)
    if (p === undefined && isCommandLike(l, true)) return false
  }
  return candidates > 0
}

function splitLines(
  body: string[],
  first: number,
  prompted: boolean,
  strict: boolean,
  match: (line: string) => PromptMatch | undefined
): IrLine[] {
  const out: IrLine[] = []
  let i = 0
  while (i < body.length) {
    const src = body[i] as string
    const line = first + i
    const p = prompted ? match(src) : undefined
    const trimmed = src.trim()
    if (trimmed === '') {
      out.push({ kind: 'blank', text: '', raw: '', line, endLine: line })
      i++
      continue
    }
    const isCommand = prompted
      ? p !== undefined && isCommandLike(p.rest, false)
      : isCommandLike(src, strict)
    if (!isCommand) {
      const kind = trimmed.startsWith('#') && (!prompted || p === undefined) ? 'comment' : 'output'
      out.push({ kind, text: src, raw: src, line, endLine: line })
      i++
      continue
    }
    const start = p?.rest ?? src
    const r = gather(body, i, start)
    const cmd: IrLine = { kind: 'command', text: r.text, raw: r.raw, line, endLine: first + r.last }
    if (p !== undefined) cmd.prompt = p.prompt
    out.push(cmd)
    i = r.last + 1
  }
  return out
}

/** A PowerShell block's lines: with prompts (`PS>`, `PS C:\\dir>`), the prompted lines are
 * commands and the rest output; without, every line but a `#` comment is one. A line ending in a
 * backtick or a pipe continues on the next. */
function powershellLines(body: string[], first: number): IrLine[] {
  const prompted = body.some((l) => /^\s*PS\b[^>]*>/.test(l))
  const out: IrLine[] = []
  for (let i = 0; i < body.length; i++) {
    const src = body[i] as string
    const line = first + i
    const m = /^\s*(PS\b[^>]*>)\s?(.*)$/.exec(src)
    const trimmed = src.trim()
    if (trimmed === '') out.push({ kind: 'blank', text: '', raw: '', line, endLine: line })
    else if (prompted ? m === null || (m[2] ?? '').trim() === '' : trimmed.startsWith('#'))
      out.push({
        kind: trimmed.startsWith('#') ? 'comment' : 'output',
        text: src,
        raw: src,
        line,
        endLine: line
      })
    else {
      const raw = [(m?.[2] ?? src).trim()]
      while (/[`|]$/.test(raw[raw.length - 1] as string) && i + 1 < body.length)
        raw.push((body[++i] as string).trim())
      const cmd: IrLine = {
        kind: 'command',
        text: raw.join('\n'),
        raw: raw.join('\n'),
        line,
        endLine: first + i
      }
      if (m !== null) cmd.prompt = (m[1] as string).trim()
      out.push(cmd)
    }
  }
  return out
}

/** Joins the lines of one command: continuations, then any here-document bodies. */
function gather(
  body: string[],
  at: number,
  start: string
): { text: string; raw: string; last: number } {
  let text = start
  const raw = [start.trimEnd()]
  let last = at
  for (
    let why = continuation(text);
    why !== undefined && last + 1 < body.length;
    why = continuation(text)
  ) {
    last++
    const next = (body[last] as string).replace(/^\s*>\s/, '')
    raw.push(next.trimEnd())
    text = why === 'backslash' ? text.replace(/\\$/, '') + next : `${text}\n${next}`
  }
  for (const delim of lexShell(text).heredocs) {
    while (last + 1 < body.length) {
      last++
      const l = body[last] as string
      raw.push(l.trimEnd())
      text += `\n${l}`
      if (l.replace(/^\t+/, '').trim() === delim.replace(/^['"]|['"]$/g, '')) break
    }
  }
  return { text: text.trim(), raw: dedent(raw).join('\n'), last }
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)?.[0].length ?? 0)
  const min = Math.min(...indents)
  return lines.map((l) => l.slice(Math.min(min, l.length)))
}
