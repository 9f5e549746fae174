// The grammar of answers in an issue comment: one command per line, the rest of the comment is
// prose. A line is a command when its first character is `/`; a quoted line (`> /approve`, as
// GitHub's "Quote reply" writes it) and lines inside fenced code blocks are not, so quoting
// someone's answer never repeats it. A comment with any malformed command is refused whole.

export type AnswerCommand =
  | { kind: 'evidence'; line: number; name: string; value: string }
  | { kind: 'check'; line: number; name: string; item: string }
  | { kind: 'choose'; line: number; name: string; option: string }
  | { kind: 'attach'; line: number; name: string; url: string }
  | { kind: 'approve'; line: number; reason?: string }
  | { kind: 'confirm'; line: number; step: string }
  | { kind: 'deny'; line: number; reason: string }
  | { kind: 'cancel'; line: number; reason: string }

export interface GrammarProblem {
  /** 1-based line of the comment. */
  line: number
  message: string
}

export interface ParsedComment {
  commands: AnswerCommand[]
  problems: GrammarProblem[]
}

/** The commands as the issue shows them to approvers. */
export const USAGE: Record<AnswerCommand['kind'], string> = {
  evidence: '/evidence NAME VALUE',
  check: '/check NAME ITEM',
  choose: '/choose NAME OPTION',
  attach: '/attach NAME (with the file attached to the same comment)',
  approve: '/approve [reason]',
  confirm: '/confirm STEP',
  deny: '/deny REASON',
  cancel: '/cancel REASON'
}

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const LINK = /\]\((https?:\/\/[^)\s]+)\)|(https?:\/\/\S+)/

/** Parses a comment body into its commands and the problems of malformed command lines. */
export function parseComment(body: string): ParsedComment {
  const lines = body.split(/\r?\n/)
  const commands: AnswerCommand[] = []
  const problems: GrammarProblem[] = []
  let fence: string | undefined
  lines.forEach((raw, i) => {
    const line = i + 1
    const fenceMatch = FENCE.exec(raw)
    if (fenceMatch) {
      const mark = fenceMatch[1] as string
      if (fence === undefined) fence = mark
      else if (mark[0] === fence[0] && mark.length >= fence.length) fence = undefined
      return
    }
    if (fence !== undefined) return
    const text = raw.trim()
    if (!/^\/[A-Za-z]/.test(text)) return
    const [word = '', ...rest] = text.slice(1).split(/\s+/)
    const result = parseCommand(word.toLowerCase(), rest, line, lines.slice(i + 1))
    if (typeof result === 'string') problems.push({ line, message: result })
    else commands.push(result)
  })
  return { commands, problems }
}

function parseCommand(
  word: string,
  args: string[],
  line: number,
  following: string[]
): AnswerCommand | string {
  const rest = (from: number) => args.slice(from).join(' ').trim()
  const named = (
    kind: 'evidence' | 'check' | 'choose',
    what: string
  ): [string, string] | string => {
    const name = args[0] ?? ''
    if (!NAME.test(name))
      return `${USAGE[kind]}: '${name}' is not a name (letters, digits, _ and -)`
    if (rest(1) === '') return `${USAGE[kind]}: the ${what} is missing`
    return [name, rest(1)]
  }
  switch (word) {
    case 'evidence': {
      const r = named('evidence', 'value')
      return typeof r === 'string' ? r : { kind: 'evidence', line, name: r[0], value: r[1] }
    }
    case 'check': {
      const r = named('check', 'item')
      return typeof r === 'string' ? r : { kind: 'check', line, name: r[0], item: r[1] }
    }
    case 'choose': {
      const r = named('choose', 'option')
      return typeof r === 'string' ? r : { kind: 'choose', line, name: r[0], option: r[1] }
    }
    case 'attach': {
      const name = args[0] ?? ''
      if (!NAME.test(name))
        return `${USAGE.attach}: '${name}' is not a name (letters, digits, _ and -)`
      const next = following.find((l) => l.trim() !== '') ?? ''
      const url = linkIn(rest(1)) ?? (next.trim().startsWith('/') ? undefined : linkIn(next))
      if (url === undefined)
        return `${USAGE.attach}: no attached file follows; drag the file into this comment`
      return { kind: 'attach', line, name, url }
    }
    case 'approve':
      return rest(0) === '' ? { kind: 'approve', line } : { kind: 'approve', line, reason: rest(0) }
    case 'confirm': {
      const step = args[0] ?? ''
      if (step === '' || args.length > 1) return `${USAGE.confirm}: name the one step to confirm`
      return { kind: 'confirm', line, step }
    }
    case 'deny':
    case 'cancel':
      if (rest(0) === '') return `${USAGE[word]}: say why`
      return { kind: word, line, reason: rest(0) }
    default:
      return `'/${word}' is not a command; the commands are ${Object.values(USAGE)
        .map((u) => u.split(' ')[0])
        .join(', ')}`
  }
}

function linkIn(text: string): string | undefined {
  const m = LINK.exec(text)
  return m ? (m[1] ?? m[2]) : undefined
}

/**
 * Whether URL is a file GitHub hosts for a comment of this repository (drag-and-drop upload), never
 * an arbitrary address: `<server>/user-attachments/{files,assets}/…` or `<server>/OWNER/REPO/files/…`.
 */
export function isGitHubAttachment(url: string, serverUrl: string, repository: string): boolean {
  let u: URL
  let server: URL
  try {
    u = new URL(url)
    server = new URL(serverUrl)
  } catch {
    return false
  }
  if (u.protocol !== 'https:' && server.protocol !== 'http:') return false
  if (u.origin !== server.origin || u.search !== '' || u.username !== '' || u.password !== '')
    return false
  const p = u.pathname
  return (
    /^\/user-attachments\/(files\/\d+\/[^/]+|assets\/[0-9a-f-]{36})$/.test(p) ||
    (p.startsWith(`/${repository}/files/`) && /^\/[^/]+\/[^/]+\/files\/\d+\/[^/]+$/.test(p))
  )
}
