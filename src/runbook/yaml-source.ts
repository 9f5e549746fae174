// Parses YAML while keeping positions, so every later diagnostic can point at a line and column.
import { isMap, isPair, isScalar, isSeq, Lexer, LineCounter, parseAllDocuments, visit } from 'yaml'
import type { Document, Node } from 'yaml'
import type { Diagnostic, DocPath } from './diagnostic.js'
import { formatPath } from './diagnostic.js'
import { tooDeepMessage, yamlShapeProblem } from './yaml-shape.js'

export interface Position {
  line: number
  col: number
}

/** A parsed YAML document plus a way back from a path to its source position. */
export interface YamlSource {
  file: string
  value: unknown
  /** The parsed document (read with merge keys on), for a reader that walks its nodes again. */
  document?: Document
  /** Position of the value at `path` (or of its key with `{ key: true }`); falls back to the nearest ancestor. */
  locate(path: DocPath, opts?: { key?: boolean }): Position
  /** Builds a located diagnostic. */
  diag(
    rule: string,
    severity: Diagnostic['severity'],
    message: string,
    path: DocPath,
    opts?: { key?: boolean }
  ): Diagnostic
  /** A diagnostic at `offset` characters into the one-line string scalar at `path` (a condition's column). */
  diagInside(
    rule: string,
    severity: Diagnostic['severity'],
    message: string,
    path: DocPath,
    offset: number
  ): Diagnostic
}

export type ParseResult =
  { ok: true; source: YamlSource } | { ok: false; diagnostics: Diagnostic[] }

const YAML_RULES: Record<string, string> = { DUPLICATE_KEY: 'yaml-duplicate-key' }

/** Parses one YAML document. Syntax errors, duplicate keys and extra documents are diagnostics. */
export function parseYamlSource(text: string, file: string): ParseResult {
  const nul = text.indexOf('\u0000')
  if (nul !== -1) {
    // Binary content: say so, instead of echoing its bytes back as "a string".
    const line = text.slice(0, nul).split('\n').length
    return {
      ok: false,
      diagnostics: [
        {
          rule: 'file-unreadable',
          severity: 'error',
          message: `binary content (a NUL byte on line ${line}), expected a YAML text file`,
          file,
          line: 1,
          col: 1,
          path: ''
        }
      ]
    }
  }
  const lineCounter = new LineCounter()
  const docs = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    // Merge keys (<<: *defaults), as Go's yaml.v3 reads them in the peers' files.
    merge: true
  })
  const at = (offset: number): Position => lineCounter.linePos(offset)
  const diagnostics: Diagnostic[] = []
  const list = Array.isArray(docs) ? docs : []
  for (const doc of list) {
    for (const err of [...doc.errors, ...doc.warnings]) {
      const offset = err.message.startsWith('Missing closing')
        ? (unterminatedQuote(text) ?? err.pos[0])
        : err.pos[0]
      const pos = at(offset)
      const tooDeep = tooDeepMessage(err.message)
      const rule = tooDeep ? 'yaml-structure' : (YAML_RULES[err.code] ?? 'yaml-syntax')
      const message =
        rule === 'yaml-duplicate-key'
          ? 'duplicate key: a key may appear only once in a mapping'
          : tooDeep !== undefined
            ? `invalid YAML: ${tooDeep}`
            : yamlMessage(err.message)
      const dup = diagnostics.some(
        (d) => d.line === pos.line && d.col === pos.col && d.message === message
      )
      if (!dup)
        diagnostics.push({
          rule,
          severity: 'error',
          message,
          file,
          line: pos.line,
          col: pos.col,
          path: ''
        })
    }
  }
  if (list.length > 1) {
    const second = list[1] as Document
    const pos = at(second.range?.[0] ?? 0)
    diagnostics.push({
      rule: 'yaml-multiple-documents',
      severity: 'error',
      message: `expected exactly one YAML document, found ${list.length} (remove the '---' separators)`,
      file,
      line: pos.line,
      col: pos.col,
      path: ''
    })
  }
  const doc = list[0]
  if (doc === undefined || doc.contents === null) {
    if (diagnostics.length === 0) {
      diagnostics.push({
        rule: 'yaml-empty',
        severity: 'error',
        message: 'the file holds no YAML document',
        file,
        line: 1,
        col: 1,
        path: ''
      })
    }
  }
  if (diagnostics.length > 0 || doc === undefined) return { ok: false, diagnostics }
  const shape = yamlShapeProblem(doc)
  if (shape !== undefined) {
    const pos = at(shape.offset)
    const message = `invalid YAML: ${shape.message}`
    return {
      ok: false,
      diagnostics: [{ rule: 'yaml-structure', severity: 'error', message, file, ...pos, path: '' }]
    }
  }
  const value = toValue(doc)
  if (!value.ok) {
    const pos = at(value.offset)
    const message = `invalid YAML: aliases expand to more than ${MAX_ALIAS_COUNT} nodes; write the values out or use fewer aliases`
    return {
      ok: false,
      diagnostics: [{ rule: 'yaml-syntax', severity: 'error', message, file, ...pos, path: '' }]
    }
  }

  const locate = (path: DocPath, opts: { key?: boolean } = {}): Position => {
    const offset = findOffset(doc, path, opts.key === true)
    return at(offset)
  }
  const source: YamlSource = {
    file,
    value: value.value,
    document: doc,
    locate,
    diag: (rule, severity, message, path, opts) => {
      const pos = locate(path, opts)
      return { rule, severity, message, file, line: pos.line, col: pos.col, path: formatPath(path) }
    },
    diagInside: (rule, severity, message, path, inner) => {
      const start = findOffset(doc, path, false)
      const quote = text[start] === '"' || text[start] === "'" ? 1 : 0
      const lineEnd = text.indexOf('\n', start)
      // Block scalars and multi-line values: the value's start is the best place to point at.
      const oneLine =
        text[start] !== '|' &&
        text[start] !== '>' &&
        (lineEnd === -1 || start + quote + inner < lineEnd)
      const pos = at(oneLine ? start + quote + inner : start)
      return { rule, severity, message, file, line: pos.line, col: pos.col, path: formatPath(path) }
    }
  }
  return { ok: true, source }
}

/** How many nodes aliases may expand to: a guard against "billion laughs" documents. */
const MAX_ALIAS_COUNT = 100

/** The document as plain values, or the offset of its first alias when aliases expand too far. */
function toValue(doc: Document): { ok: true; value: unknown } | { ok: false; offset: number } {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown }
  } catch (err) {
    // yaml throws a ReferenceError (possibly from another realm, so no instanceof) for too many.
    if (!/alias count/i.test(String((err as { message?: unknown } | null)?.message))) throw err
    let offset = 0
    visit(doc, {
      Alias: (_, node) => {
        offset = node.range?.[0] ?? 0
        return visit.BREAK
      }
    })
    return { ok: false, offset }
  }
}

/** Offset of the opening quote of an unterminated quoted scalar (the parser reports the file end). */
function unterminatedQuote(text: string): number | undefined {
  let offset = 0
  for (const token of new Lexer().lex(text)) {
    // The lexer interleaves one-character control tokens that are not part of the source.
    if (token.length === 1 && token < ' ' && token !== '\n' && token !== '\t' && token !== '\r')
      continue
    if (token.startsWith('"') && !/^"(?:[^"\\]|\\[\s\S])*"\s*$/.test(token)) return offset
    if (token.startsWith("'") && !/^'(?:[^']|'')*'\s*$/.test(token)) return offset
    offset += token.length
  }
  return undefined
}

function yamlMessage(raw: string): string {
  const first = raw.split('\n')[0] ?? raw
  return `invalid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`
}

/** Walks the node tree along `path`; returns the offset of the deepest node reached. */
function findOffset(doc: Document, path: DocPath, wantKey: boolean): number {
  let node: unknown = doc.contents
  let offset = rangeStart(node) ?? 0
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]
    const last = i === path.length - 1
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg)
      )
      if (pair === undefined) return offset
      if (last && wantKey) return rangeStart(pair.key) ?? offset
      node = pair.value
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg]
      if (item === undefined) return offset
      node = item
      offset = rangeStart(node) ?? offset
    } else {
      return offset
    }
  }
  return offset
}

function rangeStart(node: unknown): number | undefined {
  if (node !== null && typeof node === 'object' && 'range' in node) {
    const range = (node as Node).range
    if (Array.isArray(range)) return range[0]
  }
  return undefined
}
