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
  // The fast pass builds no paths; only a value it cannot encode is walked again to name its path.
  return encodeFast(value) ?? encode(value, '$')
}

/**
 * The members of a plain object's canonical form, in order: `"key":value` for each defined field,
 * sorted by key (canonicalJson of it is `{` + members joined by `,` + `}`). Throws as canonicalJson.
 */
export function canonicalMembers(value: Record<string, unknown>): { key: string; text: string }[] {
  const members: { key: string; text: string }[] = []
  for (const key of sortedKeys(value)) {
    const v = value[key]
    if (v === undefined) continue
    members.push({ key, text: `${JSON.stringify(key)}:${encodeFast(v) ?? encode(v, `$.${key}`)}` })
  }
  return members
}

/** True when two JSON-like values are equal once encoded (undefined fields do not count). */
export function canonicalEqual(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** An object's own keys by code unit; most objects are built in that order, so it is checked first. */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value)
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i - 1] as string) > (keys[i] as string)) return keys.sort(byCodeUnit)
  }
  return keys
}

/** The canonical form of `value` built as one string; undefined when some part of it is not JSON. */
function encodeFast(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'boolean':
      return value ? 'true' : 'false'
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : undefined
    case 'object':
      if (value === null) return 'null'
      if (Array.isArray(value)) {
        let out = '['
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i]
          const text = item === undefined ? undefined : encodeFast(item)
          if (text === undefined) return undefined
          out += i === 0 ? text : `,${text}`
        }
        return `${out}]`
      }
      if (!isPlainObject(value)) return undefined
      {
        let out = '{'
        for (const k of sortedKeys(value)) {
          const v: unknown = (value as Record<string, unknown>)[k]
          if (v === undefined) continue
          const text = encodeFast(v)
          if (text === undefined) return undefined
          out += `${out.length === 1 ? '' : ','}${JSON.stringify(k)}:${text}`
        }
        return `${out}}`
      }
    default:
      return undefined
  }
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
