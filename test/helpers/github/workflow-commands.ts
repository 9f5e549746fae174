// Reads what an action tells the runner: `::command k=v,…::message` lines on stdout, and the
// GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV files (`name<<DELIM` heredocs or `name=value` lines).

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
  /** 1-based line of stdout. */
  line: number
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  title?: string
  file?: string
  line?: number
  col?: number
}

// @actions/core escapes %, CR and LF in messages, and also : and , in property values.
const unescapeData = (s: string) =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')

export function parseCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = []
  stdout.split('\n').forEach((text, i) => {
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(text.replace(/\r$/, ''))
    if (!m) return
    const properties: Record<string, string> = {}
    for (const pair of (m[2] ?? '').split(',').filter((p) => p !== '')) {
      const eq = pair.indexOf('=')
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
    out.push({
      command: m[1] as string,
      properties,
      message: unescapeData(m[3] ?? ''),
      line: i + 1
    })
  })
  return out
}

export function annotations(commands: WorkflowCommand[]): Annotation[] {
  return commands
    .filter((c) => c.command === 'error' || c.command === 'warning' || c.command === 'notice')
    .map((c) => {
      const p = c.properties
      const line = p.line ?? p.startLine
      const col = p.col ?? p.startColumn
      return {
        level: c.command as Annotation['level'],
        message: c.message,
        ...(p.title === undefined ? {} : { title: p.title }),
        ...(p.file === undefined ? {} : { file: p.file }),
        ...(line === undefined ? {} : { line: Number(line) }),
        ...(col === undefined ? {} : { col: Number(col) })
      }
    })
}

/** Log groups by name, each with the lines printed inside it. */
export function groups(stdout: string): { name: string; lines: string[] }[] {
  const out: { name: string; lines: string[] }[] = []
  let cur: { name: string; lines: string[] } | undefined
  for (const line of stdout.split('\n')) {
    if (line.startsWith('::group::')) out.push((cur = { name: line.slice(9), lines: [] }))
    else if (line.startsWith('::endgroup::')) cur = undefined
    else cur?.lines.push(line)
  }
  return out
}

/** Parses a GITHUB_OUTPUT-style file. A repeated name keeps its last value, as the runner does. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const end = lines.indexOf(heredoc[2] as string, i + 1)
      if (end < 0) throw new Error(`unterminated ${heredoc[1]}<<${heredoc[2]} at line ${i + 1}`)
      out[heredoc[1] as string] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    } else if (line.trim() !== '')
      throw new Error(`unreadable file command at line ${i + 1}: ${line}`)
  }
  return out
}
