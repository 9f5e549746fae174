// The part of Go's text/template that cli-replay scenarios use in responses: {{ .name }} (meta.vars),
// {{ .capture.name }}, string literals ({{ "{{" }} writes braces), comments and the {{- -}} trim
// markers. Anything else (pipelines, functions, control flow) is refused at load time by name,
// rather than failing in the middle of a run as cli-replay would.

export type TemplatePart =
  { kind: 'text'; text: string } | { kind: 'var'; name: string } | { kind: 'capture'; name: string }

export type TemplateParse =
  { ok: true; parts: TemplatePart[] } | { ok: false; error: string; offset: number }

const SPACE = /[ \t\r\n]/
const FIELD = /^\.([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?(?![.A-Za-z0-9_])/
const SUPPORTED =
  'replay renders only {{ .name }}, {{ .capture.name }}, string literals and comments'

/** Parses a response template. */
export function parseGoTemplate(input: string): TemplateParse {
  const parts: TemplatePart[] = []
  let pos = 0
  let text = ''
  for (;;) {
    const open = input.indexOf('{{', pos)
    if (open === -1) break
    let chunk = input.slice(pos, open)
    let i = open + 2
    if (input[i] === '-' && SPACE.test(input[i + 1] ?? '')) {
      chunk = chunk.replace(/[ \t\r\n]+$/, '')
      i += 2
    }
    text += chunk
    const action = parseAction(input, i, open)
    if (!action.ok) return action
    if (action.part.kind === 'text') text += action.part.text
    else {
      if (text !== '') parts.push({ kind: 'text', text })
      text = ''
      parts.push(action.part)
    }
    pos = action.end
    if (action.trimRight) while (SPACE.test(input[pos] ?? '')) pos++
  }
  text += input.slice(pos)
  if (text !== '') parts.push({ kind: 'text', text })
  return { ok: true, parts }
}

type Action =
  | { ok: true; part: TemplatePart; end: number; trimRight: boolean }
  | { ok: false; error: string; offset: number }

function parseAction(input: string, start: number, open: number): Action {
  let i = start
  let part: TemplatePart
  if (input.startsWith('/*', i)) {
    const end = input.indexOf('*/', i + 2)
    if (end === -1) return fail(open, "unclosed comment '{{/*' (missing '*/')")
    part = { kind: 'text', text: '' }
    i = end + 2
  } else {
    while (SPACE.test(input[i] ?? '')) i++
    const c = input[i]
    if (c === '"' || c === '`') {
      const lit = c === '"' ? quoted(input, i) : raw(input, i)
      if (lit === undefined)
        return fail(open, `unterminated string literal in ${shown(input, open)}`)
      part = { kind: 'text', text: lit.value }
      i = lit.end
    } else {
      const m = FIELD.exec(input.slice(i))
      if (m === null || (m[1] === 'capture') !== (m[2] !== undefined))
        return fail(open, `unsupported template action ${shown(input, open)}; ${SUPPORTED}`)
      part = m[2] === undefined ? { kind: 'var', name: m[1] as string } : capture(m[2])
      i += m[0].length
    }
  }
  while (SPACE.test(input[i] ?? '')) i++
  const trimRight = input.startsWith('-}}', i) && SPACE.test(input[i - 1] ?? '')
  if (trimRight) i += 1
  if (!input.startsWith('}}', i)) {
    const why =
      input.indexOf('}}', i) === -1
        ? "unterminated action '{{' (missing '}}')"
        : `unsupported template action ${shown(input, open)}; ${SUPPORTED}`
    return fail(open, why)
  }
  return { ok: true, part, end: i + 2, trimRight }
}

function capture(name: string): TemplatePart {
  return { kind: 'capture', name }
}

function fail(offset: number, error: string): Action {
  return { ok: false, error, offset }
}

function shown(input: string, open: number): string {
  const close = input.indexOf('}}', open + 2)
  const text = close === -1 ? input.slice(open) : input.slice(open, close + 2)
  return `'${text.length > 60 ? `${text.slice(0, 59)}…` : text}'`
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  '"': '"',
  "'": "'"
}

/** A Go interpreted string literal starting at `start` (the opening quote). */
function quoted(input: string, start: number): { value: string; end: number } | undefined {
  let value = ''
  for (let i = start + 1; i < input.length; i++) {
    const c = input[i] as string
    if (c === '"') return { value, end: i + 1 }
    if (c === '\n') return undefined
    if (c !== '\\') {
      value += c
      continue
    }
    const e = input[i + 1] ?? ''
    const hex = { x: 2, u: 4, U: 8 }[e]
    if (e in ESCAPES) {
      value += ESCAPES[e]
      i++
    } else if (hex !== undefined && /^[0-9a-fA-F]+$/.test(input.slice(i + 2, i + 2 + hex))) {
      value += String.fromCodePoint(parseInt(input.slice(i + 2, i + 2 + hex), 16))
      i += 1 + hex
    } else if (/^[0-7]{3}$/.test(input.slice(i + 1, i + 4))) {
      value += String.fromCharCode(parseInt(input.slice(i + 1, i + 4), 8))
      i += 3
    } else return undefined
  }
  return undefined
}

function raw(input: string, start: number): { value: string; end: number } | undefined {
  const end = input.indexOf('`', start + 1)
  return end === -1 ? undefined : { value: input.slice(start + 1, end), end: end + 1 }
}

/** Renders parsed parts; an unknown var or a capture not yet made renders as ''. */
export function renderGoTemplate(
  parts: readonly TemplatePart[],
  vars: Readonly<Record<string, string>>,
  captures: Readonly<Record<string, string>>
): string {
  let out = ''
  for (const p of parts)
    out += p.kind === 'text' ? p.text : ((p.kind === 'var' ? vars[p.name] : captures[p.name]) ?? '')
  return out
}

/** Makes literal text safe to store as a template: `{{` becomes `{{"{{"}}`. */
export function escapeGoTemplate(text: string): string {
  return text.replaceAll('{{', '{{"{{"}}')
}
