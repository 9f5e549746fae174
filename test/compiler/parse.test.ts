import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseMarkdown } from '../../src/compiler/extract/parse.js'
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
