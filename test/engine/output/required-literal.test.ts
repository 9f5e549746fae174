import fc from 'fast-check'
import { requiredLiteral, requiredLiterals } from '../../../src/engine/output/required-literal.js'
import { compileRegex } from '../../../src/runbook/index.js'

describe('requiredLiteral', () => {
  it.each([
    ['([a-z][a-z0-9+.-]*://[^:/@\\s]+):[^@\\s]+@', '://'],
    ['Bearer [A-Za-z0-9._~+/-]+=*', 'Bearer '],
    ['AKIA[0-9A-Z]{16}', 'AKIA'],
    ['(?<user>[a-z]+)@example\\.com', '@example.com'],
    ['ab+cd', 'ab'],
    ['x(?:secret)+y', 'secret'],
    ['token\\s*=\\s*\\S+', 'token'],
    ['\\x41\\x42CD', 'CD'],
    ['\\x{41}BC', 'BC'],
    ['\\p{L}xyz', 'xyz'],
    ['\\pLxyz', 'xyz'],
    ['(?P<v>[a-z]+)=secret', '=secret'],
    ['[[:alpha:]]+@host', '@host'],
    ['[]a]xy', 'xy']
  ])('%s requires %s', (pattern, literal) => {
    expect(requiredLiteral(pattern, 'g')).toBe(literal)
  })

  it.each([
    ['password|secret', 'g', 'top-level alternation'],
    ['(?i)ignored', 'gi', 'case-insensitive'],
    ['(?<=id=)\\d+', 'g', 'lookbehind'],
    ['foo(?=bar)', 'g', 'lookahead'],
    ['(?:abc)?x', 'g', 'nothing long enough is required'],
    ['a(bc|de)f', 'g', 'only single characters outside the alternation'],
    ['[abc]+', 'g', 'classes only'],
    ['\\Qab\\E', 'g', '\\Q...\\E is not read'],
    ['(?i:abc)', 'g', 'flag group']
  ])('%s has none (%s)', (pattern, flags) => {
    expect(requiredLiteral(pattern, flags)).toBeUndefined()
  })

  // Patterns over a small alphabet from a grammar with every construct the reader handles. Each
  // pattern comes with a way to build strings that match it (when its anchors allow), so that
  // matches are common and every match is checked.
  type Node =
    | { atom: string; chars: string; q: Quantifier }
    | { anchor: string }
    | { open: string; alts: Node[][]; q: Quantifier }
  type Quantifier = { src: string; min: number; max: number }
  const ALPHABET = 'abc-.1'
  const ATOMS: [string, string][] = [
    ['a', 'a'],
    ['b', 'b'],
    ['c', 'c'],
    ['-', '-'],
    ['\\.', '.'],
    ['.', ALPHABET],
    ['[ab]', 'ab'],
    ['[^a]', 'bc-.1'],
    ['\\d', '1'],
    ['\\x61', 'a'],
    ['\\x{62}', 'b'],
    ['\\pL', 'abc'],
    ['[[:alpha:]]', 'abc'],
    ['[]a]', 'a']
  ]
  const QUANTIFIERS: Quantifier[] = [
    ...Array.from({ length: 4 }, () => ({ src: '', min: 1, max: 1 })),
    { src: '*', min: 0, max: 3 },
    { src: '+', min: 1, max: 3 },
    { src: '?', min: 0, max: 1 },
    { src: '{0,2}', min: 0, max: 2 },
    { src: '{1,2}', min: 1, max: 2 },
    { src: '{2}', min: 2, max: 2 },
    { src: '+?', min: 1, max: 3 },
    { src: '*?', min: 0, max: 3 }
  ]
  // Groups repeat without bound too: patterns run on RE2 (linear time), so nested repetition such as
  // ((a*)+)* cannot backtrack exponentially and hang the test, as it did with JavaScript's RegExp.
  const q = fc.constantFrom(...QUANTIFIERS)
  const { seq } = fc.letrec((tie) => ({
    seq: fc.array(tie('node') as fc.Arbitrary<Node>, { minLength: 1, maxLength: 6 }),
    node: fc.oneof(
      { depthSize: 'small' },
      fc
        .tuple(fc.constantFrom(...ATOMS), q)
        .map(([[atom, chars], q]): Node => ({ atom, chars, q })),
      fc.constantFrom('^', '$', '\\b', '\\B').map((anchor): Node => ({ anchor })),
      fc
        .tuple(
          fc.constantFrom('(', '(?:'),
          fc.array(tie('seq') as fc.Arbitrary<Node[]>, { minLength: 1, maxLength: 2 }),
          q
        )
        .map(([open, alts, q]): Node => ({ open, alts, q }))
    )
  }))
  const source = (nodes: Node[]): string =>
    nodes
      .map((n) =>
        'anchor' in n
          ? n.anchor
          : 'atom' in n
            ? n.atom + n.q.src
            : `${n.open}${n.alts.map(source).join('|')})${n.q.src}`
      )
      .join('')
  /** A string the nodes match (anchors aside), its choices read from `tape`. */
  const sample = (nodes: Node[], tape: () => number): string =>
    nodes
      .map((n) => {
        if ('anchor' in n) return ''
        const times = n.q.min + (tape() % (n.q.max - n.q.min + 1))
        let out = ''
        for (let i = 0; i < times; i++) {
          if ('atom' in n) out += n.chars[tape() % n.chars.length] as string
          else out += sample(n.alts[tape() % n.alts.length] as Node[], tape)
        }
        return out
      })
      .join('')

  it('every match of a pattern contains its required literal (property)', () => {
    fc.assert(
      fc.property(
        seq,
        fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
        fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 4 }),
        (nodes, choices, around) => {
          const src = source(nodes)
          const literal = requiredLiteral(src, '')
          if (literal === undefined) return
          const compiled = compileRegex(src)
          if (!compiled.ok) throw new Error(compiled.error)
          let k = 0
          const tape = (): number => choices[k++ % choices.length] as number
          for (const s of [sample(nodes, tape), around + sample(nodes, tape) + around]) {
            const m = compiled.regex.exec(s)
            if (m !== null) expect(s.slice(m.index, m.end)).toContain(literal)
          }
        }
      ),
      { numRuns: 1500 }
    )
  })

  it.each([
    ['(?i)(password|passwd|pwd)\\s*[:=]', ['password', 'passwd', 'pwd'], true],
    ['a(bc|de)f', ['bc', 'de'], false],
    ['password|secret', ['password', 'secret'], false],
    ['(?:xy|z)w', undefined, false]
  ])('%s requires one of %j', (pattern, literals, foldCase) => {
    expect(requiredLiterals(pattern)).toEqual(
      literals === undefined ? undefined : { literals, foldCase }
    )
  })

  it('every match of a pattern, (?i) or not, contains one of its required literals (property)', () => {
    fc.assert(
      fc.property(
        seq,
        fc.boolean(),
        fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
        fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 4 }),
        (nodes, fold, choices, around) => {
          const src = (fold ? '(?i)' : '') + source(nodes)
          const req = requiredLiterals(src)
          if (req === undefined) return
          expect(req.foldCase).toBe(fold)
          const compiled = compileRegex(src)
          if (!compiled.ok) throw new Error(compiled.error)
          let k = 0
          const tape = (): number => choices[k++ % choices.length] as number
          // Under (?i), the text's letters are upper-cased at random.
          const cased = (s: string): string =>
            fold ? [...s].map((c) => (tape() % 2 === 0 ? c.toUpperCase() : c)).join('') : s
          for (const s of [sample(nodes, tape), around + sample(nodes, tape) + around].map(cased)) {
            const m = compiled.regex.exec(s)
            if (m === null) continue
            const hit = s.slice(m.index, m.end)
            const within = fold ? hit.toLowerCase() : hit
            expect(req.literals.some((l) => within.includes(fold ? l.toLowerCase() : l))).toBe(true)
          }
        }
      ),
      { numRuns: 1500 }
    )
  })
})
