// Plain text of mdast nodes and cleaned heading titles (Hugo/MkDocs shortcodes resolved).
import type { Nodes } from 'mdast'

/** The text of a node without Markdown syntax; code blocks are left out. */
export function plainText(node: Nodes): string {
  if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return ''
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'break') return '\n'
  if (!('children' in node)) return ''
  const sep = node.type === 'list' || node.type === 'listItem' || node.type === 'root' ? '\n' : ''
  return (node.children as Nodes[])
    .map(plainText)
    .filter((s) => s !== '')
    .join(sep)
}

/** A heading title: `{{% heading "prerequisites" %}}` becomes `prerequisites`, markup dropped. */
export function cleanTitle(text: string): string {
  return text
    .replace(/\{\{[%<]\s*[\w/-]+\s+"([^"]*)"[^}]*[%>]\}\}/g, '$1')
    .replace(/\{\{[%<][^}]*[%>]\}\}/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Collapses white space, for one-line renderings of prose. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Hugo shortcodes in Markdown for a reader: `{{% alert title="Note" %}}` becomes `**Note:**`, the
 * others (closing tags, `{{< version-check >}}`) go, with a line left holding only punctuation.
 */
export function stripShortcodes(markdown: string): string {
  if (!/\{\{[%<]/.test(markdown)) return markdown
  return markdown
    .replace(
      /\{\{[%<]\s*(\/?[\w-]+)([^}]*?)[%>]\}\}(\n?)/g,
      (_, name: string, args: string, nl: string) => {
        const title = /\btitle="([^"]*)"/.exec(args)?.[1]
        return title !== undefined && !name.startsWith('/') ? `**${title}:** ` : nl
      }
    )
    .split('\n')
    .filter((l) => !/^\s*[.,;:]+\s*$/.test(l))
    .join('\n')
}

/**
 * `text` cut to at most `max` characters for a summary: at the last sentence end that fits, else
 * at the last word, with an ellipsis. Short text is returned as is.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const head = text.slice(0, max - 1)
  const sentence = /^.*[.!?](?=\s)/s.exec(head)?.[0]
  if (sentence !== undefined && sentence.length >= max / 3) return sentence
  const word = head.replace(/\s+\S*$/, '')
  return `${word === '' ? head : word}…`
}
