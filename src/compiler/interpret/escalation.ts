// A section that ends the procedure by escalating ("Escalation", "Escalate to the storage team", "If
// none of the above, page the on-call", "If the issue persists") becomes an outcome: the run ends
// `escalated` after its last step. Standing alone at the end, it is asked first (a yes/no choice like
// a lone "If" heading, see alternatives.ts): `no` ends the run resolved. Pure: headings, the planned
// steps and the choices in, `outcomes` set on the steps.
import type { IrSection } from '../ir.js'
import type { Choice } from './choices.js'
import type { PlannedStep } from './model.js'

// On the heading only (prose saying "see the escalation policy" is no ending).
const ESCALATES =
  /^\s*(?:\d+[.)]?\s*)?(?:escalat(?:e|es|ion|ing)\b(?!\s+(?:polic(?:y|ies)|matrix|paths?|contacts?|levels?)\b)|(?:if|when)\s+(?:none of the above|(?:nothing|none)(?: of (?:this|these|that|the above))? (?:works|helps|worked|helped)|(?:the\s+)?(?:issue|problem|error|alert|incident|failure)s?\s+(?:persists?|continues?|remains?|recurs?|is not resolved|(?:is|are) still))|(?:contact|page|engage|call)\s+(?:the\s+|your\s+)?(?:[\w-]+\s+){0,4}(?:on-?call|team|support|administrators?|admins?|owners?|sre|dri|vendor|engineers?)\b)/i

// What the section does: a heading like "If nothing helps" may be a last-resort fix (recreate the VM),
// no escalation; the heading or the section's first sentence must say to escalate, page or contact.
const HANDS_OVER =
  /\b(?:escalat\w*|page|paging|contact|engage|notify|hand (?:it )?over|open (?:a )?(?:support )?(?:case|ticket))\b/i

/** True when a heading and the first sentence under it say the procedure ends by escalating. */
export function escalates(title: string, firstSentence: string): boolean {
  return ESCALATES.test(title) && HANDS_OVER.test(`${title} ${firstSentence}`)
}

export const RESOLVED = 'Resolved without escalation.'

/**
 * True when a section ends the procedure by escalating and stands alone: it escalates, it holds a
 * step, and no step follows its subtree (a "Related alerts" step after it: not an end).
 */
export function endsByEscalating(
  s: IrSection,
  first: string,
  end: number,
  steps: readonly { line: number }[]
): boolean {
  return (
    escalates(s.title, first) &&
    steps.some((p) => p.line >= s.line && p.line <= end) &&
    !steps.some((p) => p.line > end)
  )
}

/** Once ids and guards exist: the outcomes of escalating alternatives and of a trailing escalation. */
export function markOutcomes(steps: readonly PlannedStep[], choices: readonly Choice[]): void {
  for (const c of choices) {
    const id = c.planned.step.id
    for (const o of c.options) {
      const ends = c.why === 'escalate' ? o.value === 'yes' : escalates(o.label, o.description)
      const inside = steps.filter((p) => p !== c.planned && p.line >= o.line && p.line <= o.endLine)
      const last = inside[inside.length - 1]
      if (!ends || last === undefined) continue
      if (c.why !== 'escalate' && !endsElsewhere(steps, c)) continue
      last.step.outcomes = [
        { state: 'escalated', recommendation: o.description === '' ? o.label : o.description }
      ]
    }
    if (c.why === 'escalate')
      c.planned.step.outcomes = [
        { when: `evidence.${id}.${c.name} == "no"`, state: 'resolved', recommendation: RESOLVED }
      ]
  }
}

// An escalating option among others: the other options' runs go on to the last step of the runbook,
// which then ends them resolved (unguarded, after the set); without such a step, no outcome at all
// (some path would end without one).
function endsElsewhere(steps: readonly PlannedStep[], c: Choice): boolean {
  const last = steps[steps.length - 1]
  if (last === undefined || last.step.when !== undefined || last.line <= c.endLine) return false
  last.step.outcomes ??= [{ state: 'resolved', recommendation: RESOLVED }]
  return true
}
