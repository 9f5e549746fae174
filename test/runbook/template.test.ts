import fc from 'fast-check'
import { parseTemplate, renderParts, templateRefs } from '../../src/runbook/index.js'

const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/)
// Text that cannot merge with an adjacent action: Go reads `{{{ .a }}` as an action holding `{ .a`.
const text = fc.string({ maxLength: 20 }).filter((s) => !s.includes('{{') && !s.endsWith('{'))

describe('parseTemplate', () => {
  it('reads both spellings, several per string, with text around them', () => {
    const r = parseTemplate('ns={{ .namespace }}/{{.pod}}!')
    expect(r).toEqual({
      ok: true,
      parts: [
        { kind: 'text', text: 'ns=' },
        { kind: 'ref', name: 'namespace', offset: 3 },
        { kind: 'text', text: '/' },
        { kind: 'ref', name: 'pod', offset: 20 },
        { kind: 'text', text: '!' }
      ]
    })
  })

  it.each([
    ['{{ .a | upper }}', 'pipeline'],
    ['{{ if .a }}x{{ end }}', "control structure '{{ if }}'"],
    ['{{ range .items }}', "control structure '{{ range }}'"],
    ['{{ printf "%s" .a }}', "function 'printf'"],
    ['{{ .a.b }}', "nested field '.a.b'"],
    ['{{ . }}', 'the dot'],
    ['{{ $x }}', 'template variable'],
    ['{{- .a -}}', 'whitespace trim markers'],
    ['{{/* note */}}', 'template comment'],
    ['{{ }}', 'empty action'],
    ['x {{ .a', "unterminated action '{{'"],
    ['{{ .9a }}', 'invalid name']
  ])('refuses %s, naming the construct (%s)', (input, construct) => {
    const r = parseTemplate(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain(construct)
  })

  it('property: text without {{ is a single literal that renders to itself', () => {
    fc.assert(
      fc.property(text, (s) => {
        const r = parseTemplate(s)
        expect(r.ok).toBe(true)
        if (r.ok) expect(renderParts(r.parts, () => 'X')).toBe(s)
      })
    )
  })

  it('property: a template built from parts parses back to the same references and renders the same', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, name, fc.boolean())), text, (pieces, tail) => {
        const source =
          pieces.map(([t, n, tight]) => `${t}${tight ? `{{.${n}}}` : `{{ .${n} }}`}`).join('') +
          tail
        const r = parseTemplate(source)
        expect(r.ok).toBe(true)
        if (!r.ok) return
        expect(templateRefs(r.parts)).toEqual(pieces.map(([, n]) => n))
        const values = new Map(pieces.map(([, n], i) => [n, `<${i}>`]))
        const expected = pieces.map(([t, n]) => `${t}${values.get(n) ?? ''}`).join('') + tail
        expect(renderParts(r.parts, (n) => values.get(n) ?? '')).toBe(expected)
      })
    )
  })

  it('property: any string either parses or fails with an offset inside it, never throws', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40, unit: fc.constantFrom('{', '}', '.', ' ', 'a', '|', '-', '$') }),
        (s) => {
          const r = parseTemplate(s)
          if (!r.ok) {
            expect(r.offset).toBeGreaterThanOrEqual(0)
            expect(r.offset).toBeLessThan(s.length)
            expect(s.slice(r.offset, r.offset + 2)).toBe('{{')
          }
        }
      )
    )
  })

  it('property: rendered values are inserted verbatim, never re-parsed as templates', () => {
    fc.assert(
      fc.property(name, fc.string({ maxLength: 30 }), (n, value) => {
        const r = parseTemplate(`[{{ .${n} }}]`)
        expect(r.ok && renderParts(r.parts, () => value)).toBe(`[${value}]`)
      })
    )
  })
})
