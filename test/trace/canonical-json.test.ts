import fc from 'fast-check'
import { canonicalJson, CanonicalJsonError } from '../../src/trace/index.js'

describe('canonicalJson', () => {
  it('sorts keys recursively, drops undefined fields and has no whitespace', () => {
    const value = { b: 1, a: { d: [1, { z: true, y: null }], c: undefined }, é: 'x y' }
    expect(canonicalJson(value)).toBe('{"a":{"d":[1,{"y":null,"z":true}]},"b":1,"é":"x y"}')
  })

  it('encodes strings and numbers as JSON.stringify does', () => {
    expect(canonicalJson(['\u2028', '"\\\n', '\ud800', 1e21, -0, 0.1])).toBe(
      JSON.stringify(['\u2028', '"\\\n', '\ud800', 1e21, -0, 0.1])
    )
  })

  it.each([
    [{ a: NaN }, '$.a: NaN is not a JSON number'],
    [{ a: [1, undefined] }, '$.a[1]: undefined array item'],
    [{ a: { b: new Date(0) } }, '$.a.b: a Date object is not JSON'],
    [{ a: () => 1 }, '$.a: a function is not JSON']
  ])('refuses %p rather than coercing it', (value, message) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalJsonError)
    expect(() => canonicalJson(value)).toThrow(message)
  })

  it('is the same for the same value whatever the key order, and stable through parse', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value)
        const reordered = JSON.parse(
          JSON.stringify(value, (_k, v: unknown) => reverseKeys(v))
        ) as unknown
        expect(canonicalJson(reordered)).toBe(text)
        expect(canonicalJson(JSON.parse(text))).toBe(text)
      })
    )
  })
})

function reverseKeys(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v
  const obj = v as Record<string, unknown>
  return Object.fromEntries(
    Object.keys(obj)
      .reverse()
      .map((k) => [k, obj[k]])
  )
}
