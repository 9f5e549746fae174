// Where two JSON values first differ, for messages that point an auditor at the changed field.
import { preview } from '../runbook/index.js'
import { canonicalJson } from './canonical-json.js'

export interface JsonDifference {
  /** Path like `history[1].status`; empty for the whole value. */
  path: string
  left: string
  right: string
}

/** The first difference between two JSON values (undefined fields do not count), or undefined. */
export function firstDifference(left: unknown, right: unknown): JsonDifference | undefined {
  if (canonicalJson(left) === canonicalJson(right)) return undefined // the common case, in one pass
  return diff(normal(left), normal(right), '')
}

function normal(value: unknown): unknown {
  return JSON.parse(canonicalJson(value)) as unknown
}

function diff(a: unknown, b: unknown, path: string): JsonDifference | undefined {
  // A field present on one side only (canonicalJson has no encoding for an absent value).
  if (a === undefined || b === undefined)
    return a === b ? undefined : { path, left: show(a), right: show(b) }
  if (canonicalJson(a) === canonicalJson(b)) return undefined
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
    for (const k of keys) {
      const d = diff(a[k], b[k], path === '' ? k : `${path}.${k}`)
      if (d !== undefined) return d
    }
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (const [i, item] of a.entries()) {
      const d = diff(item, b[i], `${path}[${i}]`)
      if (d !== undefined) return d
    }
  }
  return { path, left: show(a), right: show(b) }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function show(v: unknown): string {
  return v === undefined ? '(absent)' : preview(v)
}
