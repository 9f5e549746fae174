// Sets of alternatives -> one manual step asking which alternative applies (a `choice` evidence) and
// a `when` guard on every step of each alternative, so one run performs one alternative, never all
// of them in a line. Nested alternatives conjoin their guards, outermost first.
import type { Step } from '../../runbook/index.js'
import type { AltOption, AltSet } from './alternatives.js'
import { unmarked } from './alternatives.js'
import type { DocContext } from './context.js'
import { unnumbered } from './ids.js'
import type { PlannedStep } from './model.js'

/** A set of alternatives as the runbook carries it (the mapping reports these). */
export interface Choice extends AltSet {
  /** The choice step (its id once ids are assigned). */
  planned: PlannedStep
  /** The evidence name the guards read. */
  name: string
}

export const CHOICE_NAME = 'case'

/** Inserts a choice step before the first step of each set; indexes into the steps are remapped. */
export function insertChoices(doc: DocContext, sets: readonly AltSet[]): Choice[] {
  const original = doc.steps
  const before = new Map<number, Choice[]>()
  const choices: Choice[] = []
  for (const set of sets) {
    const first = set.options.find((o) => o.steps > 0) as AltOption
    const at = original.findIndex((s) => s.line >= first.line)
    if (at === -1) continue
    const choice: Choice = { ...set, name: CHOICE_NAME, planned: choiceStep(set) }
    choices.push(choice)
    before.set(at, [...(before.get(at) ?? []), choice])
  }
  if (choices.length === 0) return []
  const steps: PlannedStep[] = []
  const moved = new Map<number, number>()
  original.forEach((s, i) => {
    for (const c of before.get(i) ?? []) steps.push(c.planned)
    moved.set(i, steps.length)
    steps.push(s)
  })
  const to = (i: number): number => moved.get(i) ?? i
  for (const a of doc.accounts) a.steps = a.steps.map(to)
  for (const e of doc.exports) e.steps = e.steps.map(to)
  for (const [line, i] of doc.shownIn) doc.shownIn.set(line, to(i))
  doc.steps = steps
  return choices
}

/** Once ids are assigned: the `when` of every step inside an alternative. */
export function guardSteps(steps: readonly PlannedStep[], choices: readonly Choice[]): void {
  for (const s of steps) {
    const own = choices.find((c) => c.planned === s)
    const when = guardAt(choices, own === undefined ? s.line : own.line, own)
    if (when !== undefined) s.step.when = when
  }
}

/** The guard of a step at `line`: the conjunction of the alternatives holding it, outermost first. */
export function guardAt(
  choices: readonly Choice[],
  line: number,
  except?: Choice
): string | undefined {
  const parts: string[] = []
  for (const c of choices) {
    if (c === except) continue
    const o = c.options.find((x) => line >= x.line && line <= x.endLine)
    if (o !== undefined) parts.push(`evidence.${c.planned.step.id}.${c.name} == "${o.value}"`)
  }
  return parts.length === 0 ? undefined : parts.join(' && ')
}

function choiceStep(set: AltSet): PlannedStep {
  const lines = `${set.line}–${set.endLine}`
  const intro =
    set.why === 'escalate'
      ? `The source ends with "${set.title}" (lines ${lines}): escalate only when the steps before did not resolve the issue. \`yes\` runs its steps and ends the run escalated; \`no\` ends the run resolved.`
      : set.why === 'if'
        ? `The source makes the steps of "${set.title}" (lines ${lines}) conditional. Does the condition hold? \`yes\` runs them; \`no\` records them as not taken.`
        : `The source gives alternatives under "${set.title}" (lines ${lines}): pick the one that matches the situation. Only its steps run; the steps of the others are recorded as not taken.`
  const list = set.options.map((o) => `- \`${o.value}\`: ${o.label}${detail(o)}`)
  const step: Step = {
    id: '',
    type: 'manual',
    title:
      set.why === 'escalate'
        ? 'Is escalation needed?'
        : set.why === 'if'
          ? `Decide: ${set.title}`
          : `Choose: ${unmarked(unnumbered(set.title))}`,
    instructions: braces([intro, '', ...list].join('\n')),
    required_evidence: [
      {
        kind: 'choice',
        name: CHOICE_NAME,
        options: set.options.map((o) => ({
          value: o.value,
          label: braces(o.label),
          ...(o.description === '' ? {} : { description: braces(o.description) })
        }))
      }
    ],
    // A replay (`runbook test`) takes the alternative from the scenario's evidence file: each
    // scenario tests one branch.
    replay_mode: 'reuse_evidence'
  }
  return {
    step,
    idHint:
      set.why === 'escalate'
        ? 'decide escalation'
        : set.why === 'if'
          ? `decide ${set.title}`
          : `choose ${unmarked(unnumbered(set.title))}`,
    section: set.title,
    sectionLine: set.line,
    line: set.options.find((o) => o.steps > 0)?.line ?? set.line,
    endLine: set.endLine,
    manual: {
      why: 'choice',
      detail: `${set.options.length} alternatives at lines ${lines}`
    }
  }
}

function detail(o: AltOption): string {
  if (o.steps === 0) return o.endLine < o.line ? '' : ` (lines ${o.line}–${o.endLine}; no step)`
  const change =
    o.level === 'destructive'
      ? '; runs destructive commands'
      : o.level === 'mutating'
        ? '; changes state'
        : ''
  const n = o.steps === 1 ? '1 step' : `${o.steps} steps`
  return ` (lines ${o.line}–${o.endLine}; ${n}${change})${o.description === '' ? '' : `. ${o.description}`}`
}

// Literal `{{` in shown text would read as a template: the runbook would not validate.
function braces(text: string): string {
  return text.split('{{').join('{ {')
}
