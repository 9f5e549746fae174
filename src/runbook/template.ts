// The template subset of seed 003: `{{ .name }}` references with literal text around them. Anything
// else Go's text/template would accept (pipelines, functions, control flow) is refused by name.

export type TemplatePart =
  { kind: 'text'; text: string } | { kind: 'ref'; name: string; offset: number }

export type TemplateParse =
  { ok: true; parts: TemplatePart[] } | { ok: false; error: string; offset: number }

const REF = /^\.([A-Za-z_][A-Za-z0-9_]*)$/
const KEYWORDS = new Set([
  'if',
  'else',
  'end',
  'range',
  'with',
  'define',
  'template',
  'block',
  'break',
  'continue'
])

/** Splits a string into literal text and `{{ .name }}` references. */
export function parseTemplate(input: string): TemplateParse {
  const parts: TemplatePart[] = []
  let pos = 0
  while (pos < input.length) {
    const open = input.indexOf('{{', pos)
    if (open === -1) break
    if (open > pos) parts.push({ kind: 'text', text: input.slice(pos, open) })
    const close = input.indexOf('}}', open + 2)
    if (close === -1) {
      return { ok: false, offset: open, error: `unterminated action '{{' (missing '}}')` }
    }
    const body = input.slice(open + 2, close)
    const inner = body.trim()
    const ref = REF.exec(inner)
    if (ref === null) return { ok: false, offset: open, error: describeUnsupported(body) }
    parts.push({ kind: 'ref', name: ref[1] as string, offset: open })
    pos = close + 2
  }
  if (pos < input.length) parts.push({ kind: 'text', text: input.slice(pos) })
  return { ok: true, parts: mergeText(parts) }
}

/** Names referenced by a parsed template, in order of appearance. */
export function templateRefs(parts: readonly TemplatePart[]): string[] {
  return parts.flatMap((p) => (p.kind === 'ref' ? [p.name] : []))
}

/** True when the string contains no template action at all. */
export function isLiteral(input: string): boolean {
  return !input.includes('{{')
}

/** Renders parsed parts; `lookup` supplies each referenced value. */
export function renderParts(
  parts: readonly TemplatePart[],
  lookup: (name: string) => string
): string {
  let out = ''
  for (const p of parts) out += p.kind === 'text' ? p.text : lookup(p.name)
  return out
}

function mergeText(parts: TemplatePart[]): TemplatePart[] {
  const out: TemplatePart[] = []
  for (const p of parts) {
    const prev = out[out.length - 1]
    if (p.kind === 'text' && prev?.kind === 'text') prev.text += p.text
    else out.push(p)
  }
  return out
}

function describeUnsupported(body: string): string {
  const shown = `'{{${body}}}'`
  const expected = "only '{{ .name }}' references are supported"
  if (body.startsWith('-') || body.endsWith('-'))
    return `whitespace trim markers in ${shown} are not supported; ${expected}`
  const inner = body.trim()
  if (inner === '') return `empty action '{{}}'; ${expected}`
  if (inner.startsWith('/*')) return `template comment ${shown} is not supported; ${expected}`
  if (inner.includes('|')) return `pipeline ${shown} is not supported; ${expected}`
  const word = inner.split(/\s+/)[0] ?? ''
  if (KEYWORDS.has(word)) return `control structure '{{ ${word} }}' is not supported; ${expected}`
  if (word === '.') return `the dot ${shown} is not supported; ${expected}`
  if (word.startsWith('$')) return `template variable ${shown} is not supported; ${expected}`
  if (/^\.[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(word)) {
    return `nested field '${word}' in ${shown} is not supported; ${expected}`
  }
  if (word.startsWith('.')) {
    if (inner.includes(' '))
      return `method call or arguments in ${shown} are not supported; ${expected}`
    return `invalid name in ${shown}: names are letters, digits and '_', not starting with a digit`
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(word))
    return `function '${word}' in ${shown} is not supported; ${expected}`
  return `unsupported action ${shown}; ${expected}`
}
