// Captures is a persistent map: every version keeps its values, reads as the spread of everything
// captured so far, and has one shape per content (deep equality compares values, not history).
import fc from 'fast-check'
import { Captures } from '../../src/engine/captures.js'

const name = fc.constantFrom(
  'a',
  'b',
  'pod',
  'Pod',
  'pod_2',
  '__proto__',
  'constructor',
  'x'.repeat(40),
  ''
)
const batch = fc.dictionary(
  fc.oneof(name, fc.string({ maxLength: 6 })),
  fc.string({ maxLength: 8 }),
  {
    maxKeys: 4
  }
)

describe('Captures', () => {
  it('property: each version reads as the object spread of its batches, and earlier versions never change', () => {
    fc.assert(
      fc.property(fc.array(batch, { maxLength: 30 }), (batches) => {
        const versions = [Captures.empty]
        const expected: Record<string, string>[] = [{}]
        for (const b of batches) {
          versions.push((versions.at(-1) as Captures).with(b))
          expected.push({ ...expected.at(-1), ...b })
        }
        versions.forEach((v, i) => {
          const want = expected[i] ?? {}
          expect(v.toObject()).toEqual(want)
          expect(Object.keys(v.toObject()).sort()).toEqual(Object.keys(want).sort())
          for (const k of Object.keys(want)) expect(v.get(k)).toBe(want[k])
          expect(v.get('never-captured')).toBeUndefined()
          expect(JSON.parse(JSON.stringify({ c: v }))).toEqual({ c: want })
        })
      })
    )
  })

  it('property: the same values give the same tree whatever order they came in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 5 }), { maxLength: 40 }),
        fc.infiniteStream(fc.nat()),
        (keys, seeds) => {
          const values = Object.fromEntries(keys.map((k) => [k, `v-${k}`]))
          const shuffled = [...keys].sort(() => (seeds.next().value % 3) - 1)
          let oneByOne = Captures.empty
          for (const k of shuffled)
            oneByOne = oneByOne.with({ [k]: `old-${k}` }).with({ [k]: `v-${k}` })
          expect(oneByOne).toEqual(Captures.from(values))
          if (keys.length > 0)
            expect(oneByOne).not.toEqual(Captures.from({ ...values, [keys[0] ?? '']: 'other' }))
        }
      )
    )
  })

  it('keeps a name like __proto__ as an own value, as the spread it replaces did', () => {
    const c = Captures.from(JSON.parse('{"__proto__": "x", "a": "1"}') as Record<string, string>)
    expect(c.get('__proto__')).toBe('x')
    expect(Object.getPrototypeOf(c.toObject())).toBe(Object.prototype)
    expect(Object.keys(c.toObject()).sort()).toEqual(['__proto__', 'a'])
    expect(Captures.empty.get('toString')).toBeUndefined()
  })
})
