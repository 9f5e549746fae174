// Text a reader of the rendered page never sees: HTML comments, Liquid/Jinja `{% comment %}` blocks
// and `{# ... #}`, Hugo `{{/* ... */}}` and MDX `{/* ... */}` comments, Hugo shortcodes that hide
// their content (`{{< comment >}}`, `{{% hidden %}}`, `{{< draft >}}`), and `<details>` blocks
// whose summary says they are only background. They are blanked (line count kept, so every
// position stays right) before parsing, and listed in mapping.md as skipped. `{% raw %}` and
// `{% endraw %}` only stop the template engine: the tags are blanked, their content kept.
//
// Template tags are processed by the site generator before Markdown, so they count inside code
// blocks too; an HTML comment or `<details>` inside a fenced block is shown as code, so it stays.

export type HiddenKind =
  | 'HTML comment'
  | 'template comment'
  | 'template raw tag'
  | 'hidden shortcode'
  | 'background details'

export interface HiddenText {
  kind: HiddenKind
  line: number
  endLine: number
  /** First words of what was hidden. */
  text: string
}

const HIDING_SHORTCODES = 'comment|hidden|draft|todo|internal'
const TEMPLATE: { kind: HiddenKind; open: RegExp; close: RegExp }[] = [
  {
    kind: 'template comment',
    open: /\{%-?\s*comment\s*-?%\}/,
    close: /\{%-?\s*endcomment\s*-?%\}/
  },
  { kind: 'template comment', open: /(?<!\$)\{#[\s-]/, close: /[\s-]#\}/ },
  { kind: 'template comment', open: /\{\{\/\*/, close: /\*\/\}\}/ },
  { kind: 'template comment', open: /(?<!\{)\{\/\*/, close: /\*\/\}/ },
  {
    kind: 'hidden shortcode',
    open: new RegExp(`\\{\\{[<%]\\s*(?:${HIDING_SHORTCODES})\\b[^}]*[>%]\\}\\}`),
    close: new RegExp(`\\{\\{[<%]\\s*/\\s*(?:${HIDING_SHORTCODES})\\s*[>%]\\}\\}`)
  }
]
const RAW_TAG = /\{%-?\s*(?:end)?raw\s*-?%\}/g
const BACKGROUND =
  /^(?:background|why|explanation|more (?:info|information|details)|details|history|context|how (?:it|this) works|theory|internals|reference)\b/i

/** The source with hidden text blanked, and what was hidden. */
export function hideText(source: string): { text: string; hidden: HiddenText[] } {
  const lines = source.split('\n')
  const hidden: HiddenText[] = []
  const blank = (from: number, fromCol: number, to: number, toCol: number): string => {
    const parts: string[] = []
    for (let i = from; i <= to; i++) {
      const l = lines[i] as string
      const a = i === from ? fromCol : 0
      const b = i === to ? toCol : l.length
      parts.push(l.slice(a, b))
      lines[i] = l.slice(0, a) + l.slice(b)
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim()
  }
  let fence: string | undefined
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string
    const f = /^\s*(`{3,}|~{3,})/.exec(line)
    // Template tags first: the generator removes them wherever they stand.
    for (let done = false; !done;) {
      done = true
      for (const t of TEMPLATE) {
        const open = t.open.exec(line)
        if (open === null) continue
        const end = findClose(lines, i, open.index + open[0].length, t.close)
        if (end === undefined) continue
        const text = blank(i, open.index, end.line, end.col)
        hidden.push({ kind: t.kind, line: i + 1, endLine: end.line + 1, text: clip(text) })
        line = lines[i] as string
        done = false
        break
      }
    }
    if (RAW_TAG.test(line)) {
      RAW_TAG.lastIndex = 0
      hidden.push({ kind: 'template raw tag', line: i + 1, endLine: i + 1, text: line.trim() })
      lines[i] = line.replace(RAW_TAG, '')
      line = lines[i] as string
    }
    if (f !== null) {
      const mark = (f[1] as string)[0] as string
      if (fence === undefined) fence = mark
      else if (fence === mark && /^\s*(`{3,}|~{3,})\s*$/.test(line)) fence = undefined
      continue
    }
    if (fence !== undefined) continue
    const comment = /^\s*<!--/.exec(line)
    if (comment !== null) {
      const end = findClose(lines, i, comment[0].length, /-->/)
      if (end !== undefined) {
        const text = blank(i, comment[0].length - 4, end.line, end.col)
        hidden.push({ kind: 'HTML comment', line: i + 1, endLine: end.line + 1, text: clip(text) })
        i = end.line
        continue
      }
    }
    if (/^\s*<details\b/i.test(line)) {
      const summary = summaryOf(lines, i)
      const end = detailsEnd(lines, i)
      if (summary !== undefined && BACKGROUND.test(summary) && end !== undefined) {
        blank(i, 0, end.line, end.col)
        hidden.push({
          kind: 'background details',
          line: i + 1,
          endLine: end.line + 1,
          text: clip(summary)
        })
        i = end.line
      }
    }
  }
  return { text: lines.join('\n'), hidden }
}

function findClose(
  lines: readonly string[],
  from: number,
  col: number,
  close: RegExp
): { line: number; col: number } | undefined {
  for (let i = from; i < lines.length; i++) {
    const l = (lines[i] as string).slice(i === from ? col : 0)
    const m = close.exec(l)
    if (m !== null) return { line: i, col: (i === from ? col : 0) + m.index + m[0].length }
  }
  return undefined
}

/** The text of the `<summary>` of a `<details>` opened at line `at`. */
function summaryOf(lines: readonly string[], at: number): string | undefined {
  const head = lines.slice(at, at + 4).join(' ')
  const m = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(head)
  return m === null
    ? undefined
    : (m[1] as string)
        .replace(/<[^>]+>|[*_`]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
}

/** Where the `<details>` opened at `at` closes (nested ones counted). */
function detailsEnd(
  lines: readonly string[],
  at: number
): { line: number; col: number } | undefined {
  let depth = 0
  for (let i = at; i < lines.length; i++) {
    for (const m of (lines[i] as string).matchAll(/<(\/?)details\b[^>]*>/gi)) {
      depth += m[1] === '/' ? -1 : 1
      if (depth === 0) return { line: i, col: m.index + m[0].length }
    }
  }
  return undefined
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}
