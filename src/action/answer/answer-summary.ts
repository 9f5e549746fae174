// The job summary of `command: answer`: each judged comment and what became of it, what is still
// missing, and whether the resume was dispatched.
import type { AnswerOutcome } from './run-answer.js'
import { missingText } from './run-answer.js'
import type { Verdict } from './tally.js'

type Judged = Exclude<AnswerOutcome, { kind: 'ignored' }>

function verdictLine(v: Verdict): string | undefined {
  const who = `@${v.comment.login ?? 'ghost'} ([comment ${v.comment.id}](${v.comment.url}))`
  switch (v.status) {
    case 'recorded':
      return `- ${who}: recorded ${v.recorded.join('; ')}`
    case 'edited':
      return `- ${who}: edited after it was posted: not counted`
    case 'refused':
      return `- ${who}: refused: ${v.reasons.join('; ')}`
    case 'ignored':
      return v.reason === 'no command' || v.reason === 'written by this workflow'
        ? undefined
        : `- ${who}: ignored: ${v.reason}`
  }
}

export function answerSummary(issue: number, o: Judged): string {
  const t = o.tally
  const lines = [
    `## Answers on issue #${issue}: run ${o.record.run_id}, step \`${o.record.step_id}\``,
    '',
    ...t.verdicts.flatMap((v) => verdictLine(v) ?? []),
    ''
  ]
  const end = t.end
    ? `the run ends (${t.end.kind === 'deny' ? 'denied' : 'cancelled'}: ${t.end.reason})`
    : 'the step has everything it needs'
  if (o.kind === 'awaiting-review')
    lines.push(
      t.complete || t.end
        ? `**Waits for the review of environment \`${o.environment}\`:** ${end}; nothing is dispatched from here.`
        : `**Still missing** besides the review of environment \`${o.environment}\`: ${missingText(t)}.`
    )
  else if (o.kind === 'waiting') lines.push(`**Still missing:** ${missingText(t)}.`)
  else if (o.kind === 'dispatched')
    lines.push(`**Dispatched:** ${end}; ${o.workflow} resumes run ${o.record.run_id}.`)
  else lines.push(`**Already dispatched:** ${end}; this job dispatched nothing more.`)
  return lines.join('\n')
}
