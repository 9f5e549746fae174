// mapping.md: the honest report. A reader checks the compiler against the TSG with it: every step
// and where it came from, every code block and command and what became of it, the variables, why
// each manual step is manual, and every TODO.
import type { Step } from '../../runbook/index.js'
import type { TsgIr } from '../ir.js'
import type { Interpretation } from '../interpret/index.js'
import { WHY_LABEL } from '../interpret/instructions.js'
import type { FidelityCheck } from '../fidelity.js'
import { choicesSection } from './choices.js'

const cell = (s: string): string =>
  s
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ⏎ ')
    .trim()
const code = (s: string): string => {
  const t = cell(s)
  const short = t.length > 120 ? `${t.slice(0, 119)}…` : t
  return short.includes('`') ? `\`\` ${short} \`\`` : `\`${short}\``
}
const lines = (a: number, b: number): string => (a === b ? `${a}` : `${a}–${b}`)

/** Renders mapping.md. */
export function mappingMarkdown(
  ir: TsgIr,
  result: Interpretation,
  checks: FidelityCheck[],
  outName: string
): string {
  const steps = result.steps
  const ids = (idx: number[]): string =>
    idx.map((i) => `\`${steps[i]?.step.id ?? '?'}\``).join(', ')
  const cli = steps.filter((s) => s.step.type === 'cli')
  const confirm = cli.filter((s) => s.step.confirm === true).length
  const out: string[] = []
  out.push(`# Mapping: ${ir.title}`, '')
  out.push(
    `Source: \`${ir.file}\` (${ir.lines} lines). Runbook: \`${outName}\`. Written by \`runbook compile\` (deterministic; no LLM unless stated below).`,
    ''
  )
  out.push(
    `**${steps.length} steps**: ${cli.length} automated (${confirm} of them ask for confirmation because they change state), ${steps.length - cli.length} manual. **${result.todos.length} TODOs.**`,
    ''
  )

  out.push(
    '## Steps',
    '',
    '| Step | Type | Section | Lines | Command or instructions |',
    '| --- | --- | --- | --- | --- |'
  )
  for (const s of steps) {
    const type =
      s.step.type === 'cli'
        ? s.step.confirm === true
          ? 'cli (confirm)'
          : 'cli'
        : `manual (${WHY_LABEL[s.manual?.why ?? 'prose']})`
    out.push(
      `| \`${s.step.id}\` | ${type} | ${cell(s.section || '(preamble)')} | ${lines(s.line, s.endLine)}${(s.also ?? []).map((a) => `, ${lines(a.line, a.endLine)}`).join('')} | ${stepWhat(s.step, s.command)} |`
    )
  }

  const byLine = new Map(
    result.accounts.filter((a) => a.origin === 'block').map((a) => [a.line, a])
  )
  out.push(
    '',
    '## Code blocks',
    '',
    'Every fenced or indented block of the source, and what became of it.',
    '',
    '| Lines | Language | Section | Accounted as |',
    '| --- | --- | --- | --- |'
  )
  for (const sec of ir.sections)
    for (const u of sec.units)
      for (const c of u.codes) {
        let what: string
        if (c.kind === 'shell') {
          const cmds = c.lines.filter((l) => l.kind === 'command')
          const parts = cmds.map((l) => {
            const a = byLine.get(l.line)
            const to =
              a === undefined || a.steps.length === 0
                ? (a?.note ?? 'not accounted')
                : `${ids(a.steps)}${a.note === '' ? '' : ` (${a.note})`}`
            return `line ${l.line} → ${to}`
          })
          const output = c.lines.filter((l) => l.kind === 'output').length
          what = `${parts.join('; ')}${output > 0 ? `; ${output} output line${output === 1 ? '' : 's'}` : ''}`
        } else {
          const shown = result.shownIn.get(c.line)
          what = `not a command: ${c.reason}${shown === undefined ? '' : ` (shown in \`${shown}\`)`}`
        }
        out.push(
          `| ${lines(c.line, c.endLine)} | ${c.lang === '' ? '(none)' : cell(c.lang)} | ${cell(sec.title || '(preamble)')} | ${cell(what)} |`
        )
      }

  const inline = result.accounts.filter((a) => a.origin !== 'block')
  if (inline.length > 0) {
    out.push(
      '',
      '## Commands and HTTP calls in prose',
      '',
      '| Line | Written | Accounted as |',
      '| --- | --- | --- |'
    )
    for (const a of inline)
      out.push(
        `| ${a.line} | ${code(a.text)} | ${a.steps.length > 0 ? ids(a.steps) : ''}${a.note === '' ? '' : `${a.steps.length > 0 ? ' — ' : ''}${cell(a.note)}`} |`
      )
  }

  out.push('', '## Variables', '')
  if (result.vars.length === 0 && result.captures.length === 0) out.push('None.')
  if (result.vars.length > 0) {
    out.push('| Var | Default | Written as | Lines | From |', '| --- | --- | --- | --- | --- |')
    for (const v of result.vars)
      out.push(
        `| \`${v.name}\` | ${v.default === '' ? '(none: TODO)' : code(v.default)} | ${v.written.map(code).join(', ')} | ${v.lines.join(', ')} | ${cell(v.how)} |`
      )
  }

  if (result.captures.length > 0) {
    const owner = new Map(
      steps.flatMap((s) => Object.keys(s.step.capture ?? {}).map((c) => [c, s.step.id] as const))
    )
    out.push(
      ...(result.vars.length > 0 ? [''] : []),
      'Captured at run time: the step runs the command of `VAR=$(...)` and keeps its stdout (one trailing newline removed, as the shell removes trailing newlines); later `$VAR` use the capture.',
      '',
      '| Capture | Written as | Set by | Line | Used at lines |',
      '| --- | --- | --- | --- | --- |'
    )
    for (const c of result.captures)
      out.push(
        `| \`${c.name}\` | \`$${c.shell}\` | \`${owner.get(c.name) ?? '?'}\` | ${c.line} | ${c.uses.length === 0 ? '(none)' : c.uses.join(', ')} |`
      )
  }

  if (result.exports.length > 0) {
    out.push(
      '',
      "Exported: in a shell an exported variable is in the environment of every later command, so every later cli step carries it in `with.env` as its var (or capture), until `unset`. A step of `VAR=x cmd` keeps its own value. The operator's own environment variable of the same name, when set, replaces a var's default (pass `--var NAME=...` to be sure).",
      '',
      '| Variable | Exported at line | Value | In the environment of |',
      '| --- | --- | --- | --- |'
    )
    for (const e of result.exports) {
      const ref = steps[e.steps[0] ?? -1]?.step.with?.env?.[e.name] ?? `{{ .${e.name} }}`
      const until = e.unset === undefined ? '' : ` (until \`unset\` at line ${e.unset})`
      out.push(
        `| \`${e.name}\` | ${e.line} | \`${ref}\` | ${e.steps.length === 0 ? '(no later cli step)' : ids(e.steps)}${until} |`
      )
    }
  }

  out.push(...choicesSection(result.choices, steps))
  out.push('', '## Manual steps and why', '')
  const manual = steps.filter((s) => s.step.type === 'manual')
  if (manual.length === 0) out.push('None.')
  else {
    out.push('| Step | Why | Detail |', '| --- | --- | --- |')
    for (const s of manual)
      out.push(
        `| \`${s.step.id}\` | ${WHY_LABEL[s.manual?.why ?? 'prose']} | ${cell(s.manual?.detail ?? '')} |`
      )
  }

  const stepSections = new Set(steps.map((s) => s.sectionLine))
  const repeated = new Set(result.repeats.map((r) => r.line))
  if (result.repeats.length > 0) {
    out.push(
      '',
      '## Repeated sections',
      '',
      'Sections that repeat an earlier one word for word: one set of steps, listed with every source.',
      ''
    )
    for (const r of result.repeats)
      out.push(`- ${cell(r.title)} (line ${r.line}): repeats line ${r.of}`)
  }
  const context = ir.sections.filter(
    (s) => !stepSections.has(s.line) && !repeated.has(s.line) && s.depth > 0
  )
  if (context.length > 0) {
    out.push(
      '',
      '## Sections without a step',
      '',
      'Descriptive text (no command, no instruction): kept out of the runbook.',
      ''
    )
    for (const s of context) out.push(`- ${cell(s.title)} (line ${s.line})`)
  }

  if (ir.hidden.length > 0) {
    out.push(
      '',
      '## Hidden text (skipped)',
      '',
      'Text a reader of the rendered page never sees: not compiled into steps.',
      '',
      '| Lines | Kind | Text |',
      '| --- | --- | --- |'
    )
    for (const h of ir.hidden)
      out.push(`| ${lines(h.line, h.endLine)} | ${h.kind} | ${code(h.text)} |`)
  }

  const kept = result.omitted.filter((o) => stepSections.has(o.sectionLine))
  if (kept.length > 0) {
    out.push(
      '',
      '## Prose kept out of the runbook',
      '',
      'Descriptive text (no command, no instruction) in sections that have steps:',
      ''
    )
    for (const o of kept) out.push(`- ${lines(o.line, o.endLine)}: ${cell(o.text)}`)
  }

  out.push('', '## TODOs and uncertainties', '')
  if (result.todos.length === 0) out.push('None.')
  else result.todos.forEach((t, i) => out.push(`${i + 1}. (line ${t.line}) ${t.text}`))

  out.push('', '## Fidelity checks', '', '| Check | Result |', '| --- | --- |')
  for (const c of checks)
    out.push(`| ${c.check} | ${c.ok ? 'pass' : `FAIL: ${cell(c.problems.join('; '))}`} |`)
  return `${out.join('\n')}\n`
}

function stepWhat(step: Step, command: string | undefined): string {
  if (step.type === 'cli') {
    const env = Object.entries(step.with?.env ?? {}).map(([k, v]) => `${k}=${v}`)
    const cwd = step.with?.cwd === undefined ? '' : ` (in ${step.with.cwd})`
    const argv = (step.with?.argv ?? []).map((a) => (/\s|^$/.test(a) ? `'${a}'` : a))
    const stdin = step.with?.stdin
    const input =
      stdin === undefined || stdin === null
        ? ''
        : ` with stdin (${stdin.split('\n').length - (stdin.endsWith('\n') ? 1 : 0)} lines)`
    return `${code([...env, ...argv].join(' '))}${cwd}${input}`
  }
  if (command !== undefined) return code(command)
  const first = (step.instructions ?? '').split('\n').find((l) => l.trim() !== '') ?? ''
  const evidence = (step.required_evidence ?? []).map((e) =>
    e.kind === 'checklist' ? `checklist of ${e.items?.length ?? 0}` : `${e.kind} \`${e.name}\``
  )
  return `${cell(first.length > 100 ? `${first.slice(0, 99)}…` : first)}${evidence.length > 0 ? ` — evidence: ${evidence.join(', ')}` : ''}`
}
