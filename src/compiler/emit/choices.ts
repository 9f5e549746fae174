// mapping.md's "Choices and guards": which prose became which choice step, each option's source
// lines and the steps its guard holds, so a reader can check that one run takes one alternative.
import { WHY_ALTERNATIVES } from '../interpret/alternatives.js'
import type { Choice } from '../interpret/choices.js'
import type { PlannedStep } from '../interpret/model.js'

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim()

/** The section's lines (none when the TSG offers no alternatives). */
export function choicesSection(
  choices: readonly Choice[],
  steps: readonly PlannedStep[]
): string[] {
  if (choices.length === 0) return []
  const out = [
    '',
    '## Choices and guards',
    '',
    "Alternatives of the source: each became one manual step where a person picks the alternative that applies (a `choice` evidence), and a `when` guard on each alternative's steps. One run takes one alternative; the steps of the others are recorded as not taken."
  ]
  for (const c of choices) {
    const id = c.planned.step.id
    const guard = c.planned.step.when
    out.push(
      '',
      `### \`${id}\`: "${cell(c.title)}" (lines ${c.line}–${c.endLine})`,
      '',
      `Why: ${WHY_ALTERNATIVES[c.why]}.${guard === undefined ? '' : ` Asked only when \`${guard}\`.`}`,
      '',
      '| Option | Alternative in the source | Lines | Steps it runs (guard `evidence.' +
        `${id}.${c.name} == "…"\`) |`,
      '| --- | --- | --- | --- |'
    )
    for (const o of c.options) {
      const test = `evidence.${id}.${c.name} == "${o.value}"`
      const guarded = steps
        .filter((s) => (s.step.when ?? '').split(' && ').includes(test))
        .map((s) => `\`${s.step.id}\``)
      const lines = o.endLine < o.line ? '—' : `${o.line}–${o.endLine}`
      out.push(
        `| \`${o.value}\` | ${cell(o.label)} | ${lines} | ${guarded.length === 0 ? 'none' : guarded.join(', ')} |`
      )
    }
    out.push(...outcomeLines(c, steps))
  }
  return out
}

// The outcomes a choice brought (an escalating alternative, a trailing escalation), with the lines.
function outcomeLines(c: Choice, steps: readonly PlannedStep[]): string[] {
  const own = steps.filter((s) => s === c.planned || (s.line >= c.line && s.line <= c.endLine))
  const last = steps[steps.length - 1]
  // The last step ends resolved the runs of the options that did not escalate.
  const inside =
    last !== undefined && !own.includes(last) && own.some((s) => s.step.outcomes !== undefined)
      ? [...own, last]
      : own
  const lines = inside.flatMap((s) =>
    (s.step.outcomes ?? []).map((o) => {
      const [a, b] = s === c.planned ? [c.line, c.endLine] : [s.line, s.endLine]
      const at = b > a ? `lines ${a}–${b}` : `line ${a}`
      const when = o.when === undefined ? '' : ` when \`${o.when}\``
      return `- \`${s.step.id}\` (${at}) ends the run \`${o.state}\`${when}: ${cell(o.recommendation ?? '')}`
    })
  )
  return lines.length === 0 ? [] : ['', 'Outcomes:', '', ...lines]
}
