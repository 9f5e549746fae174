import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { parseMarkdown } from '../../src/compiler/extract/parse.js'
import { plainText } from '../../src/compiler/extract/text.js'
import { INPUTS } from './goldens.js'

// A long document is parsed in chunks cut before top-level headings; the tree must be the one the
// whole document gives, positions included.
const docs = readdirSync(INPUTS)
  .filter((f) => f !== 'SOURCES.md')
  .sort()
  .map((f) => readFileSync(join(INPUTS, f), 'utf8'))

describe('parseMarkdown in chunks', () => {
  it('gives the same tree as one parse of the whole document', () => {
    const text = [
      '---\ntitle: Long\n---\n',
      ...docs.map((d, i) => `\n# Part ${i}\n\n${d.replace(/^---\n[\s\S]*?\n---\n/, '')}\n`),
      '\n# References\n\nSee [the guide][g].\n\n[g]: https://example.com/guide\n'
    ].join('')
    expect(text.length).toBeGreaterThan(100_000)
    const chunked = parseMarkdown(text)
    const whole = parseMarkdown(text, { chunked: false })
    expect(JSON.stringify(chunked)).toBe(JSON.stringify({ ...whole, position: undefined }))
  })

  it('does not cut inside a fenced block or an HTML comment', () => {
    const filler = `${'word '.repeat(4000)}\n`
    const text = `# A\n\n${filler}\n\`\`\`md\n# not a heading\n\`\`\`\n\n<!--\n# not one either\n-->\n\n# B\n\ntext\n`
    const chunked = parseMarkdown(text)
    expect(chunked.children.filter((n) => n.type === 'heading').length).toBe(2)
    expect(JSON.stringify(chunked.children)).toBe(
      JSON.stringify(parseMarkdown(text, { chunked: false }).children)
    )
  })
})

// GFM autolink literals: the tokenizer's links stay (they decide where emphasis may start inside
// a URL); the tree transform that searches every text node again for URLs and e-mail addresses
// is skipped, because the compiler reads a link as its text.
describe('parseMarkdown and literal URLs', () => {
  const full = (text: string): Root =>
    fromMarkdown(text, {
      extensions: [gfm(), frontmatter(['yaml'])],
      mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])]
    })
  const links = (node: Nodes): number =>
    (node.type === 'link' ? 1 : 0) +
    ('children' in node ? (node.children as Nodes[]).reduce((n, c) => n + links(c), 0) : 0)

  it('leaves a URL the tokenizer did not link as text', () => {
    const text = 'Open [&http://example.com/x and ([mailto:ops@example.com.\n'
    expect(links(full(text))).toBe(2)
    expect(links(parseMarkdown(text))).toBe(0)
    expect(plainText(parseMarkdown(text))).toBe(plainText(full(text)))
  })

  it('reads every text as a full GFM parse does', () => {
    const piece = fc.constantFrom(
      ...['http://a.io/p_q', 'www.e.org', 'u@v.io', 'mailto:m@n.io', 'xmpp:a@b.io/c', ' ', '*'],
      ...['_', '~', '(', ')', '[', ']', '`', 'a', '.', '<', '>', '\n', '&amp;', '-', ':', '\n\n- ']
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('')
        expect(plainText(parseMarkdown(text))).toBe(plainText(full(text)))
      }),
      { numRuns: 300 }
    )
    for (const doc of docs) expect(plainText(parseMarkdown(doc))).toBe(plainText(full(doc)))
  })
})
