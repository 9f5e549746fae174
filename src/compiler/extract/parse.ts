// Markdown to mdast with the GFM (tables, task lists) and front matter extensions.
//
// micromark's time grows faster than the length of the text it parses (its edit maps are spliced
// over and over), so a long document is parsed in chunks: it is cut before each top-level `#`
// heading that stands outside a fenced code block or an HTML comment, where CommonMark always
// starts a new block, and the positions of each chunk's nodes are shifted back into place. Link
// reference definitions are appended to every chunk so that `[text][ref]` resolves across them.
import type { Nodes, Root, RootContent } from 'mdast'
import type { Extension as MdastExtension } from 'mdast-util-from-markdown'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'

/** Chunks shorter than this are not worth cutting further (parsing stays linear above it). */
const CHUNK_CHARS = 16 * 1024

/** Parses Markdown source into an mdast tree with positions. */
export function parseMarkdown(source: string, opts: { chunked?: boolean } = {}): Root {
  if (opts.chunked === false || source.length <= CHUNK_CHARS) return parseWhole(source)
  const lines = source.split('\n')
  const cuts = chunkStarts(lines)
  if (cuts.length <= 1) return parseWhole(source)
  const definitions = lines.filter((l) => /^ {0,3}\[[^\]]+\]:\s*\S/.test(l))
  const tail = definitions.length === 0 ? '' : `\n\n${definitions.join('\n')}\n`
  const root: Root = { type: 'root', children: [] }
  let offset = 0
  cuts.forEach((start, i) => {
    const end = cuts[i + 1] ?? lines.length
    const text = lines.slice(start, end).join('\n') + (end < lines.length ? '\n' : '')
    const chunkLines = end - start
    for (const node of parseWhole(text + tail).children) {
      // Definitions appended for references are not part of this chunk.
      if ((node.position?.start.line ?? 0) > chunkLines) continue
      shift(node, start, offset)
      root.children.push(node)
    }
    offset += text.length
  })
  return root
}

function parseWhole(source: string): Root {
  return fromMarkdown(source, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [withoutTransforms(gfmFromMarkdown()), frontmatterFromMarkdown(['yaml'])]
  })
}

/**
 * GFM's tree extensions without their transforms. The only one, GFM autolink literals', searches
 * every text node of the finished tree again for URLs and e-mail addresses the tokenizer did not
 * link (after `[` or `&`, say) and splits the node around a link holding the same text: about a
 * tenth of a parse. The compiler reads a link as its text (plainText), never its URL, so it reads
 * the same text either way (test/compiler/parse.test.ts). The tokenizer's autolink literals stay:
 * they decide where emphasis may start inside a URL, which changes the text.
 */
function withoutTransforms(extensions: MdastExtension[]): MdastExtension[] {
  return extensions.map(({ transforms: _, ...rest }) => rest)
}

/** Line indexes where chunks start: 0, then top-level headings after at least CHUNK_CHARS. */
function chunkStarts(lines: string[]): number[] {
  const starts = [0]
  let fence: { char: string; length: number; indent: number } | undefined
  let comment = false
  let size = 0
  lines.forEach((line, i) => {
    size += line.length + 1
    if (comment) {
      if (line.includes('-->')) comment = false
      return
    }
    const f = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line)
    if (fence !== undefined) {
      const closes =
        f !== null &&
        (f[2] as string)[0] === fence.char &&
        (f[2] as string).length >= fence.length &&
        (f[3] as string).trim() === '' &&
        (f[1] as string).length < fence.indent + 4
      if (closes) fence = undefined
      return
    }
    if (f !== null && !((f[2] as string)[0] === '`' && (f[3] as string).includes('`'))) {
      fence = {
        char: (f[2] as string)[0] as string,
        length: (f[2] as string).length,
        indent: (f[1] as string).length
      }
      return
    }
    if (/^\s{0,3}<!--/.test(line) && !line.includes('-->')) {
      comment = true
      return
    }
    if (i > 0 && size >= CHUNK_CHARS && /^#{1,6}(?:[ \t]|$)/.test(line)) {
      starts.push(i)
      size = line.length + 1
    }
  })
  return starts
}

function shift(node: Nodes | RootContent, lines: number, offset: number): void {
  const p = node.position
  if (p !== undefined) {
    p.start.line += lines
    p.end.line += lines
    if (p.start.offset !== undefined) p.start.offset += offset
    if (p.end.offset !== undefined) p.end.offset += offset
  }
  if ('children' in node) for (const c of node.children as Nodes[]) shift(c, lines, offset)
}
