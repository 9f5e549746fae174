// Canonical JSON: the one byte form a value has, so a digest of it is a digest of the value. Keys are
// sorted recursively (by UTF-16 code units, JavaScript's default order), there is no insignificant
// whitespace, strings and numbers are encoded as JSON.stringify encodes them, and undefined object
// fields are omitted. Values JSON cannot carry faithfully (NaN, Infinity, functions, bigint, undefined
// array items) are refused rather than silently coerced: a hash must cover what was meant.

/** A value that cannot be written as canonical JSON, with the path to it (`$.result.duration_ms`). */
export class CanonicalJsonError extends TypeError {
  override name = 'CanonicalJsonError'
  constructor(
    readonly path: string,
    message: string
  ) {
    super(`${path}: ${message}`)
  }
}

/** Encodes a JSON-like value canonically. */
export function canonicalJson(value: unknown): string {
  const parts: string[] = []
  // The fast pass builds no paths; only a value it cannot encode is walked again to name its path.
  if (!encodeInto(value, parts)) encode(value, '$')
  return parts.join('')
}

/** True when two JSON-like values are equal once encoded (undefined fields do not count). */
export function canonicalEqual(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Appends the canonical form of `value` to `out`; false when some part of it is not JSON. */
function encodeInto(value: unknown, out: string[]): boolean {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    out.push(JSON.stringify(value))
    return true
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return false
    out.push(JSON.stringify(value))
    return true
  }
  if (Array.isArray(value)) {
    out.push('[')
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (item === undefined) return false
      if (i > 0) out.push(',')
      if (!encodeInto(item, out)) return false
    }
    out.push(']')
    return true
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const keys = Object.keys(value).sort(byCodeUnit)
    out.push('{')
    let first = true
    for (const k of keys) {
      const v: unknown = (value as Record<string, unknown>)[k]
      if (v === undefined) continue
      out.push(first ? '' : ',', JSON.stringify(k), ':')
      first = false
      if (!encodeInto(v, out)) return false
    }
    out.push('}')
    return true
  }
  return false
}

/** The slow, path-tracking walk: only used to report where a value is not JSON (it throws). */
function encode(value: unknown, path: string): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value)
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new CanonicalJsonError(path, `${value} is not a JSON number`)
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) {
    const items = value.map((item: unknown, i) => {
      if (item === undefined) throw new CanonicalJsonError(`${path}[${i}]`, 'undefined array item')
      return encode(item, `${path}[${i}]`)
    })
    return `[${items.join(',')}]`
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => byCodeUnit(a, b))
      .map(([k, v]) => `${JSON.stringify(k)}:${encode(v, `${path}.${k}`)}`)
    return `{${entries.join(',')}}`
  }
  throw new CanonicalJsonError(path, `a ${describe(value)} is not JSON`)
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined value'
  if (typeof value === 'object') return `${value?.constructor?.name ?? 'object'} object`
  return typeof value
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Parses JSON bytes (strict UTF-8, a BOM is not skipped); `canonical` tells whether the bytes are
 * exactly the canonical form of the value. Undefined when the bytes are not JSON.
 */
export function parseJsonBytes(
  bytes: Uint8Array
): { value: unknown; canonical: boolean } | undefined {
  try {
    const text = utf8.decode(bytes)
    const value: unknown = JSON.parse(text)
    return { value, canonical: canonicalJson(value) === text }
  } catch {
    return undefined
  }
}
