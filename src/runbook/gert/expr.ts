// gert writes conditions in expr-lang. The subset its authoring guide documents (==, !=, in [...],
// contains, startsWith, endsWith, &&, ||, !, and/or/not, parentheses, bare names) is rewritten to
// CEL token by token; CEL itself passes through unchanged. Anything else expr-lang has is refused
// with its column, by name. This is a translation of spellings, not an evaluator: CEL evaluates.
import type { BareNames } from '../conditions.js'

type Tok = { kind: 'id' | 'str' | 'num' | 'op' | 'ws'; text: string; at: number }

export type GertTranslation =
  | { ok: true; expression: string; offsetOf: (celOffset: number) => number }
  | { ok: false; problem: { message: string; offset: number; kind?: 'name' } }

const OPS = [
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '??',
  '?.',
  '..',
  '<',
  '>',
  '!',
  '(',
  ')',
  '[',
  ']'
].concat(['{', '}', ',', '.', '?', ':', '+', '-', '*', '/', '%', '|'])
const REFUSED: Record<string, string> = {
  '??': "expr-lang's nil-coalescing '??'",
  '?.': "expr-lang's optional chaining '?.'",
  '..': "expr-lang's range '..'",
  '|': "expr-lang's pipe '|'"
}
const KEYWORDS = new Set(['true', 'false', 'null', 'in'])
const INFIX = new Set(['contains', 'startsWith', 'endsWith', 'matches'])
const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter'])
const ROOTS = new Set(['vars', 'captures', 'evidence', 'steps'])

function lex(text: string): Tok[] | { message: string; offset: number } {
  const toks: Tok[] = []
  let i = 0
  while (i < text.length) {
    const rest = text.slice(i)
    const ws = /^\s+/.exec(rest)
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)
    const num = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?[uU]?/.exec(rest)
    const str = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/.exec(rest)
    const op = OPS.find((o) => rest.startsWith(o))
    const m = ws ?? str ?? id ?? num
    if (rest.startsWith('`'))
      return {
        message: 'expr-lang\'s backquoted raw string is not supported; use "..."',
        offset: i
      }
    if (m !== null && m !== undefined) {
      const kind = m === ws ? 'ws' : m === str ? 'str' : m === id ? 'id' : 'num'
      toks.push({ kind, text: m[0], at: i })
      i += m[0].length
    } else if (op !== undefined) {
      if (REFUSED[op] !== undefined)
        return { message: `${REFUSED[op]} has no CEL equivalent here`, offset: i }
      toks.push({ kind: 'op', text: op, at: i })
      i += op.length
    } else {
      // Left for CEL to report (an unterminated string, a stray character).
      toks.push({ kind: 'op', text: text.slice(i), at: i })
      break
    }
  }
  return toks
}

/** Index of the first token of the primary ending at `end` (a chain, a literal or a (group)). */
function primaryStart(toks: Tok[], end: number): number {
  let i = end
  for (;;) {
    const t = toks[i]
    if (t === undefined) return end
    if (t.text === ')' || t.text === ']') {
      let depth = 0
      for (; i >= 0; i--) {
        const x = toks[i]?.text
        if (x === ')' || x === ']') depth++
        if (x === '(' || x === '[') depth--
        if (depth === 0) break
      }
    }
    if (toks[i - 1]?.text === '.' || (toks[i]?.text === '[' && toks[i - 1]?.kind === 'id')) {
      i -= toks[i - 1]?.text === '.' ? 2 : 1
      continue
    }
    if (toks[i]?.text === '(' && toks[i - 1]?.kind === 'id') i -= 1
    return i
  }
}

/** Index of the last token of the primary starting at `start`. */
function primaryEnd(toks: Tok[], start: number): number {
  let i = start
  for (;;) {
    const t = toks[i]
    if (t === undefined) return start
    if (t.text === '(' || t.text === '[') {
      let depth = 0
      for (; i < toks.length; i++) {
        const x = toks[i]?.text
        if (x === '(' || x === '[') depth++
        if (x === ')' || x === ']') depth--
        if (depth === 0) break
      }
    } else if (t.kind === 'id' && toks[i + 1]?.text === '(') {
      i += 1
      continue
    }
    const next = toks[i + 1]?.text
    if (next === '.' && toks[i + 2]?.kind === 'id') i += 2
    else if (next === '[') i += 1
    else return i
  }
}

/** Translates a gert (expr-lang) or CEL condition to CEL; offsets map back to `text`. */
export function translateGertCondition(text: string, names: BareNames): GertTranslation {
  const lexed = lex(text)
  if (!Array.isArray(lexed)) return { ok: false, problem: lexed }
  const toks = lexed.filter((t) => t.kind !== 'ws')
  const locals = new Set<string>()
  toks.forEach((t, i) => {
    if (MACROS.has(t.text) && toks[i - 1]?.text === '.' && toks[i + 1]?.text === '(') {
      const v = toks[i + 2]
      if (v?.kind === 'id' && toks[i + 3]?.text === ',') locals.add(v.text)
    }
  })
  // Pieces of output, each with the source offset it stands for.
  const out: { text: string; at: number }[] = toks.map((t) => ({ text: t.text, at: t.at }))
  const before = new Map<number, string>()
  const after = new Map<number, string>()
  const add = (m: Map<number, string>, i: number, s: string): void => {
    m.set(i, (m.get(i) ?? '') + s)
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok
    const prev = toks[i - 1]
    const next = toks[i + 1]
    if (t.kind !== 'id' || prev?.text === '.') continue
    if (t.text === 'and') out[i] = { text: '&&', at: t.at }
    else if (t.text === 'or') out[i] = { text: '||', at: t.at }
    else if (t.text === 'not' && next?.text === 'in') {
      return {
        ok: false,
        problem: { message: "expr-lang's 'not in': write !(x in [...])", offset: t.at }
      }
    } else if (t.text === 'not') out[i] = { text: '!', at: t.at }
    else if (INFIX.has(t.text) && prev !== undefined && next?.text !== '(') {
      const a = primaryStart(toks, i - 1)
      const b = primaryEnd(toks, i + 1)
      if (t.text === 'matches') {
        add(before, a, 'matches(')
        out[i] = { text: ',', at: t.at }
      } else {
        out[i] = { text: `.${t.text}(`, at: t.at }
        add(before, a, '(')
        add(after, i - 1, ')')
      }
      add(after, b, ')')
    } else if (!KEYWORDS.has(t.text) && !ROOTS.has(t.text) && !locals.has(t.text)) {
      if (next?.text === '(') continue
      const step = names.choices.get(t.text)
      const qualified =
        step !== undefined
          ? `evidence[${JSON.stringify(step)}].${t.text}`
          : names.captures.has(t.text)
            ? `captures.${t.text}`
            : names.vars.has(t.text)
              ? `vars.${t.text}`
              : undefined
      if (qualified === undefined) {
        return {
          ok: false,
          problem: {
            kind: 'name',
            message: `'${t.text}' is not a var, an input, a capture or a choice variable of this runbook`,
            offset: t.at
          }
        }
      }
      out[i] = { text: qualified, at: t.at }
    }
  }
  let changed = before.size > 0 || after.size > 0
  out.forEach((piece, i) => {
    if (piece.text !== toks[i]?.text) changed = true
  })
  if (!changed) return { ok: true, expression: text, offsetOf: (o) => o }
  let expression = ''
  let end = 0
  const map: { from: number; to: number }[] = []
  out.forEach((piece, i) => {
    const tok = toks[i] as Tok
    expression += text.slice(end, tok.at) + (before.get(i) ?? '')
    map.push({ from: expression.length, to: piece.at })
    expression += piece.text + (after.get(i) ?? '')
    end = tok.at + tok.text.length
  })
  const offsetOf = (o: number): number => {
    let best = map[0]
    for (const m of map) if (m.from <= o) best = m
    return best === undefined ? 0 : best.to + Math.max(0, o - best.from)
  }
  return { ok: true, expression, offsetOf }
}
