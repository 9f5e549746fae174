// Where a TSG offers alternatives rather than a sequence: lettered or conditional subsections
// ("A) Lockdown / B) Release / C) Rollback", "If the pod is Pending", "Option 2", FAQ questions), a
// section titled as a list of issues ("Potential issues and resolutions"), a mitigation section whose
// subsections each change state (as the safety classifier rated their commands), or a lone
// "If rollback is required" heading. Pure: headings and the planned steps' lines and levels in,
// sets of alternatives out (choices.ts turns them into a choice step and guards).
import type { SafetyLevel } from '../../runbook/safety/index.js'
import type { IrSection, TsgIr } from '../ir.js'
import { oneLine } from '../extract/text.js'
import { endsByEscalating } from './escalation.js'
import { slug } from './ids.js'

/** One alternative: a subsection (or the "no" of a lone "If ..." heading, which has no lines). */
export interface AltOption {
  value: string
  /** The heading as written (a person picks by it). */
  label: string
  /** First words of the alternative's text (its "Scenario:" line, say). */
  description: string
  line: number
  endLine: number
  /** The worst safety level among the alternative's commands (undefined: none rated). */
  level?: SafetyLevel
  steps: number
}

export type AltWhy = 'marked' | 'titled' | 'fixes' | 'if' | 'escalate'

export interface AltSet {
  why: AltWhy
  /** The heading that holds the alternatives (the "If ..." heading itself for a lone one). */
  title: string
  line: number
  endLine: number
  depth: number
  options: AltOption[]
}

export const WHY_ALTERNATIVES: Record<AltWhy, string> = {
  marked:
    'its subsections are marked as alternatives (lettered, "Option", "Case", "If", questions)',
  titled: 'its title announces alternatives (issues, problems, causes, scenarios, responses)',
  fixes:
    'a mitigation section whose subsections each change state (the safety classifier rated their commands mutating or destructive): running them all in a line would apply every fix',
  if: 'an "If ..." heading: its steps run only when the condition holds',
  escalate:
    'a section that ends the procedure by escalating: its steps run only when escalation is needed (the run ends escalated); otherwise the run ends resolved'
}

const MARKED =
  /^\s*(?:[A-H][.)]\s|(?:option|case|scenario|alternative|variant)\s+[A-Z0-9]{1,3}\b|(?:if|when|symptom|in case)\b)|\?\s*$/i
const OTHERWISE =
  /^\s*(?:otherwise|else\b|(?:if )?none of the above|anything else|other (?:reasons|causes|issues|problems|cases))/i
const TITLED =
  /\b(?:emergency responses?|responses|scenarios|cases|options|alternatives|faq|frequently asked questions|(?:possible|potential|common|known) (?:issues|problems|causes|failures)|(?:issues|problems) and (?:resolutions|solutions|fixes)|troubleshooting scenarios)\b/i
const FIXES =
  /^\s*(?:\d+[.)]?\s*)?(?:mitigations?|resolutions?|remediations?|fixes|workarounds?|recovery)\s*$/i
const MARKER =
  /^\s*(?:[A-H][.)]\s+|(?:option|case|scenario|alternative|variant)\s+[A-Z0-9]{1,3}\s*[:.)-]?\s*|(?:if|when|symptom:?|in case(?: of)?)\s+)/i
const IF = /^\s*if\s+\S/i

interface Planned {
  line: number
  level?: SafetyLevel | undefined
}

/** A heading without its alternative marker (`Option 1: Restart` -> `Restart`). */
export function unmarked(title: string): string {
  return title.replace(MARKER, '')
}

/** The sets of alternatives of a document, outermost first, each with at least one step. */
export function findAlternatives(ir: TsgIr, steps: readonly Planned[]): AltSet[] {
  const out: AltSet[] = []
  const claimed = new Set<number>()
  const secs = ir.sections
  secs.forEach((parent, i) => {
    if (parent.depth === 0) return
    const children = childrenOf(secs, i)
    if (children.length < 2) return
    const options = children.map(({ section, end }, k) =>
      option(section, section.line, end, steps, k)
    )
    const withSteps = options.filter((o) => o.steps > 0)
    const why: AltWhy | undefined = children.every(
      (c) => MARKED.test(c.section.title) || OTHERWISE.test(c.section.title)
    )
      ? 'marked'
      : TITLED.test(parent.title)
        ? 'titled'
        : FIXES.test(parent.title) &&
            options.filter((o) => o.level === 'mutating' || o.level === 'destructive').length >= 2
          ? 'fixes'
          : undefined
    if (why === undefined || withSteps.length < 2) return
    for (const c of children) claimed.add(c.section.line)
    out.push({
      why,
      title: parent.title,
      line: parent.line,
      endLine: children[children.length - 1]?.end ?? parent.endLine,
      depth: parent.depth,
      options: unique(options)
    })
  })
  secs.forEach((s, i) => {
    if (claimed.has(s.line)) return
    const end = subtreeEnd(secs, i)
    const yes = option(s, s.line, end, steps, 0)
    const escalate =
      !out.some((a) => s.line >= a.line && s.line <= a.endLine) &&
      endsByEscalating(s, yes.description, end, steps)
    if (!escalate && !IF.test(s.title)) return
    if (yes.steps === 0) return
    const cond = oneLine(s.title).replace(/^\s*if\s+/i, '')
    out.push({
      why: escalate ? 'escalate' : 'if',
      title: s.title,
      line: s.line,
      endLine: end,
      depth: s.depth,
      options: [
        {
          ...yes,
          value: 'yes',
          label: escalate ? `Yes: escalate (${oneLine(s.title)})` : `Yes: ${cond}`
        },
        {
          value: 'no',
          label: escalate
            ? 'No: the issue is resolved; the run ends here'
            : `No: skip the steps of "${oneLine(s.title)}"`,
          description: '',
          line: s.line,
          endLine: s.line - 1,
          steps: 0
        }
      ]
    })
  })
  return out.sort((a, b) => a.line - b.line || a.depth - b.depth)
}

/** The direct subsections of sections[i], each with the last line of its subtree. */
function childrenOf(secs: readonly IrSection[], i: number): { section: IrSection; end: number }[] {
  const parent = secs[i] as IrSection
  const out: { section: IrSection; end: number }[] = []
  let depth = Infinity
  for (let j = i + 1; j < secs.length && (secs[j] as IrSection).depth > parent.depth; j++)
    depth = Math.min(depth, (secs[j] as IrSection).depth)
  for (let j = i + 1; j < secs.length && (secs[j] as IrSection).depth > parent.depth; j++) {
    const s = secs[j] as IrSection
    if (s.depth === depth) out.push({ section: s, end: subtreeEnd(secs, j) })
  }
  return out
}

function subtreeEnd(secs: readonly IrSection[], i: number): number {
  const s = secs[i] as IrSection
  let end = s.endLine
  for (let j = i + 1; j < secs.length && (secs[j] as IrSection).depth > s.depth; j++)
    end = (secs[j] as IrSection).endLine
  return end
}

function option(
  s: IrSection,
  line: number,
  endLine: number,
  steps: readonly Planned[],
  k: number
): AltOption {
  const inside = steps.filter((p) => p.line >= line && p.line <= endLine)
  const levels = new Set(inside.map((p) => p.level))
  const level = (['destructive', 'mutating', 'unknown', 'read-only'] as const).find((l) =>
    levels.has(l)
  )
  const first = s.units.find((u) => u.text.trim() !== '')
  const text = first === undefined ? '' : firstSentence(oneLine(first.text))
  const label = oneLine(s.title)
  return {
    value: optionValue(label, k),
    label,
    description: text.length > 120 ? `${text.slice(0, 119)}…` : text,
    line,
    endLine,
    steps: inside.length,
    ...(level === undefined ? {} : { level })
  }
}

// `A) The "Panic Button" (Lockdown)` -> `lockdown`; `If the pod is Pending` -> `the-pod-is-pending`.
function optionValue(title: string, k: number): string {
  if (OTHERWISE.test(title)) return 'otherwise'
  const paren = /\(([^()]+)\)\s*$/.exec(title)?.[1]
  const short =
    paren !== undefined &&
    paren.split(/\s+/).length <= 2 &&
    !/optional|recommended|deprecated|legacy|beta|daily|weekly/i.test(paren)
  const base = short
    ? paren
    : title
        .replace(MARKER, '')
        .replace(/\s*\([^()]*\)\s*$/, '')
        .replace(/\?\s*$/, '')
        .replace(/^\s*the\s+/i, '')
  return slug(base, 40, '-') || `option-${k + 1}`
}

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text
}

function unique(options: AltOption[]): AltOption[] {
  const used = new Set<string>()
  return options.map((o) => {
    let value = o.value
    for (let n = 2; used.has(value); n++) value = `${o.value}-${n}`
    used.add(value)
    return { ...o, value }
  })
}
