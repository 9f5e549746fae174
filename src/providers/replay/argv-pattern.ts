// Expected argv elements, as cli-replay reads them: an element that is exactly {{ .any }} matches
// any value, one that is exactly {{ .regex "RE2" }} is an unanchored regex search, anything else
// is compared literally. Replay also renders {{ .name }} / {{ .capture.name }} in an element (a
// value equal to the element as written still matches, as in cli-replay). Patterns are compiled
// once at load time, so matching a call costs one comparison per element.
import { compileRegex } from '../../runbook/index.js'
import { parseGoTemplate, renderGoTemplate } from './go-template.js'
import type { ArgvPattern } from './scenario-model.js'

const REGEX_ELEMENT = /^\{\{\s*\.regex\s+"(.+?)"\s*\}\}$/

/** How cli-replay classifies one expected element. */
export function argvElement(
  text: string
): { kind: 'any' } | { kind: 'regex'; source: string } | { kind: 'literal'; text: string } {
  const trimmed = text.trim()
  if (trimmed === '{{ .any }}' || trimmed === '{{.any}}') return { kind: 'any' }
  const m = REGEX_ELEMENT.exec(trimmed)
  return m === null ? { kind: 'literal', text } : { kind: 'regex', source: m[1] as string }
}

/** Compiles expected elements; `literalOnly` (gert scenarios) compares every element literally. */
export function compileArgv(texts: readonly string[], literalOnly = false): ArgvPattern[] {
  return texts.map((text): ArgvPattern => {
    if (literalOnly) return { kind: 'literal', text }
    const el = argvElement(text)
    if (el.kind === 'any') return { kind: 'any', text }
    if (el.kind === 'regex') {
      const re = compileRegex(el.source)
      // Invalid patterns are refused by the scenario-regex-invalid rule before compiling.
      return re.ok ? { kind: 'regex', text, source: el.source, regex: re.regex } : literal(text)
    }
    if (!text.includes('{{')) return literal(text)
    const parsed = parseGoTemplate(text)
    return parsed.ok && parsed.parts.some((p) => p.kind !== 'text')
      ? { kind: 'template', text, parts: parsed.parts }
      : literal(text)
  })
}

function literal(text: string): ArgvPattern {
  return { kind: 'literal', text }
}

/** Does `value` satisfy the expected element? */
export function elementMatches(
  p: ArgvPattern,
  value: string,
  vars: Readonly<Record<string, string>>,
  captures: Readonly<Record<string, string>>
): boolean {
  switch (p.kind) {
    case 'literal':
      return value === p.text
    case 'any':
      return true
    case 'regex':
      return p.regex.test(value)
    case 'template':
      return value === p.text || value === renderGoTemplate(p.parts, vars, captures)
  }
}

/** The element as the matcher compares it: templates rendered, matchers as written. */
export function expectedText(
  p: ArgvPattern,
  vars: Readonly<Record<string, string>>,
  captures: Readonly<Record<string, string>>
): string {
  return p.kind === 'template' ? renderGoTemplate(p.parts, vars, captures) : p.text
}
