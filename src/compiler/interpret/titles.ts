// Step titles: from the comments above a command, else the first sentence of its lead-in, else
// the section heading. A title is one line, without a trailing colon, starting with a capital
// unless it starts with a program name.
import { classifyCommand } from '../../runbook/safety/index.js'
import { clip } from '../extract/text.js'
import { startsWithVerb, stripMarkers } from './prose.js'

const MAX = 72

/** The title made of the comment lines above a command: wrapped lines joined, sentences kept apart. */
export function commentTitle(
  comments: readonly string[],
  programs: ReadonlySet<string>
): string | undefined {
  let out = ''
  for (const c of comments.map((s) => s.trim()).filter((s) => s !== '')) {
    if (out === '') out = c
    else if (/^[a-z(]/.test(c) || /[,(-]$/.test(out)) out = `${out} ${c}`
    else out = `${out.replace(/[:.]$/, '')} — ${c}`
  }
  return out === '' ? undefined : polish(out, programs)
}

/**
 * The title from a lead-in: its first sentence (a sentence ends at `. `, `! `, `? ` or `: ` outside
 * inline code; a leading `STATE:` label is skipped), cut at a word when it is an instruction that
 * starts with its verb; undefined when the lead-in has no such sentence.
 */
export function leadTitle(
  lead: string | undefined,
  codes: readonly string[],
  programs: ReadonlySet<string>
): string | undefined {
  const parts = lead === undefined ? [] : sentences(lead, codes)
  const label = parts.length > 1 && /^\S+(\s\S+)?:$/.test(stripMarkers(parts[0] ?? ''))
  const first = stripMarkers(parts[label ? 1 : 0] ?? '').replace(/[:.]$/, '')
  if (first !== '' && first.length <= MAX) return polish(first, programs)
  if (first !== '' && startsWithVerb(first)) return polish(clip(first, MAX), programs)
  return undefined
}

/** A command as a title: its first line, cut at a word. */
export function commandTitle(command: string): string {
  return clip((command.split('\n')[0] ?? '').replace(/\s+/g, ' ').trim(), MAX)
}

function polish(title: string, programs: ReadonlySet<string>): string {
  const t = title.replace(/\s+/g, ' ').replace(/[:.]$/, '').trim()
  const word = /^[a-z][a-z-]*/.exec(t)?.[0]
  if (word === undefined || programs.has(word)) return t
  if (classifyCommand([word]).rule !== 'unknown-command') return t
  return `${t[0]?.toUpperCase() ?? ''}${t.slice(1)}`
}

/** Splits `text` into sentences, never inside one of the inline code spans `codes`. */
function sentences(text: string, codes: readonly string[]): string[] {
  const spans: [number, number][] = []
  let from = 0
  for (const c of codes) {
    const at = c === '' ? -1 : text.indexOf(c, from)
    if (at === -1) continue
    spans.push([at, at + c.length])
    from = at + c.length
  }
  const out: string[] = []
  let start = 0
  for (const m of text.matchAll(/[.!?:](?=\s)/g)) {
    const end = m.index + 1
    if (spans.some(([a, b]) => end > a && end <= b)) continue
    out.push(text.slice(start, end).trim())
    start = end
  }
  out.push(text.slice(start).trim())
  return out.filter((s) => s !== '')
}
