// A prose run -> at most one manual step: instructions are the run's Markdown verbatim; task items,
// imperative list items and HTTP calls become a checklist; `Label:` fields become text evidence.
import type { Evidence, Step } from '../../runbook/index.js'
import type { IrEntry, IrInline, IrUnit } from '../ir.js'
import { clip, oneLine, stripShortcodes } from '../extract/text.js'
import type { SectionContext } from './context.js'
import { slug } from './ids.js'
import {
  fillInField,
  isHttpCall,
  isImperative,
  startsImperative,
  startsWithCode,
  stripMarkers,
  substitutes
} from './prose.js'
import { isSqlBlock, sqlNote, sqlSafety } from './sql-block.js'
import { escapeBraces } from './vars.js'

const PAYLOAD_VERB = /\b(command|run|execute|send|apply|submit|create|register|post)\b/i

/** Plans the manual step of a prose run, if the run asks the operator to do anything. */
export function proseStep(run: IrUnit[], ctx: SectionContext, headingImperative: boolean): void {
  const doc = ctx.doc
  const entries = run.flatMap(entriesOf)
  const http = run
    .flatMap((u) => [...u.inline, ...u.entries.flatMap((e) => e.inline)])
    .filter(
      (c, i, all) =>
        isHttpCall(c.text) && all.findIndex((o) => o.line === c.line && o.text === c.text) === i
    )
  const fields = entries.flatMap((e) => {
    const f = fillInField(e.text, e.nested)
    return f === undefined ? [] : [{ ...f, line: e.line }]
  })
  const conditions = new Set(conditionItems(run))
  const checks = entries.filter(
    (e) =>
      fillInField(e.text, e.nested) === undefined &&
      (e.checked !== null ||
        conditions.has(e.line) ||
        (startsImperative(e.text) &&
          !substitutes(e.text) &&
          !startsWithCode(e.text, codesOf(e.inline))) ||
        e.inline.some((c) => isHttpCall(c.text)))
  )
  const payload =
    run.some((u) => u.codes.some((c) => c.kind !== 'shell')) &&
    PAYLOAD_VERB.test(run.map((u) => u.text).join(' '))
  const instructs =
    fields.length > 0 ||
    checks.length > 0 ||
    payload ||
    run.some((u) => u.kind !== 'code' && !isAside(u) && isImperative(u.text, codesOf(u.inline)))
  const sql = run.flatMap((u) => u.codes.filter(isSqlBlock))
  const actionable = headingImperative || instructs || sql.length > 0
  if (!actionable) {
    accountHttp(http, [], 'mentioned in descriptive prose, not a step', ctx)
    const text = oneLine(run.map((u) => u.text).join(' '))
    const first = run[0]
    if (text !== '' && first !== undefined)
      doc.omitted.push({
        line: first.line,
        endLine: run[run.length - 1]?.endLine ?? first.line,
        sectionLine: ctx.section.line,
        text: clip(text, 100)
      })
    return
  }
  const line = run[0]?.line ?? ctx.section.line
  const endLine = run[run.length - 1]?.endLine ?? ctx.section.line
  const source = run
    .map((u, i) => {
      const prev = run[i - 1]
      const adjacent = prev !== undefined && u.line === prev.endLine + 1
      // A sub-item that starts the text keeps its place in the Markdown only under its parent.
      const text = (adjacent ? u.source : dedent(u.source)).replace(/[ \t]+$/gm, '')
      const md = stripShortcodes(text)
      return i === 0 ? md : `${adjacent ? '\n' : '\n\n'}${md}`
    })
    .join('')
    .trim()
  // `### 4) Remove the node from the inventory` over "That's it.": the heading is the instruction.
  const text =
    source === '' ? ctx.section.title : instructs ? source : `**${ctx.section.title}**\n\n${source}`
  const safety = sql.length > 0 ? sqlSafety(sql) : undefined
  const shown = safety === undefined ? text : `${text}\n\n${sqlNote(safety)}`
  const instructions = escapeBraces(shown, doc.vars, line)
  const step: Step = {
    id: '',
    type: 'manual',
    title: ctx.section.title || doc.ir.title,
    instructions
  }
  const evidence = [...checklist(checks), ...textFields(fields)]
  if (evidence.length > 0) step.required_evidence = evidence
  doc.steps.push({
    step,
    idHint: ctx.section.title || doc.ir.title,
    section: ctx.section.title,
    sectionLine: ctx.section.line,
    line,
    endLine,
    manual:
      safety === undefined
        ? { why: 'prose', detail: proseDetail(checks.length, fields.length, http.length) }
        : { why: 'sql', detail: `${safety.level}, ${safety.reason}` }
  })
  const index = doc.steps.length - 1
  accountHttp(
    http,
    [index],
    'HTTP call written as prose (no host or client named): a checklist item',
    ctx
  )
  for (const u of run) for (const c of u.codes) doc.shownIn.set(c.line, index)
}

function entriesOf(u: IrUnit): IrEntry[] {
  if (u.kind !== 'list-item') return u.entries
  const own = u.lead
  const inline: IrInline[] = u.inline.filter((c) => c.line === u.line)
  const lead = { text: own, line: u.line, checked: u.checked, depth: -1, inline, nested: u.nested }
  return [lead, ...u.entries]
}

// `The steps below assume:`, `Prerequisites:`, `Make sure that:` introduce conditions to confirm.
const CONDITIONS =
  /\b(assum\w*|prerequisites?|requirements?|required|before (you|starting|you start|you begin)|make sure|ensure|verify|confirm|validate)\b[^:]*:\s*$/i

/** Lines of the list items that follow a paragraph introducing conditions to confirm. */
function conditionItems(run: IrUnit[]): number[] {
  const out: number[] = []
  let open = false
  for (const u of run) {
    if (u.kind === 'list-item') {
      if (open) out.push(u.line)
      continue
    }
    open = u.kind === 'paragraph' && CONDITIONS.test(u.text)
  }
  return out
}

// `> **NOTE:** ... Please consider ... for your next deployment`: a note, tip or hint in a quote or
// admonition is an aside, not a step; a warning, caution or "important" box is read as prose.
const ASIDE = /^\W*(note|tip|info|hint)\b/i

function isAside(u: IrUnit): boolean {
  return (u.kind === 'quote' || u.kind === 'admonition') && ASIDE.test(u.text)
}

/** Removes the indentation of the first line from every line (a nested list item's). */
function dedent(source: string): string {
  const n = /^[ \t]*/.exec(source)?.[0].length ?? 0
  return n === 0 ? source : source.replace(new RegExp(`^[ \\t]{0,${n}}`, 'gm'), '')
}

const codesOf = (inline: readonly IrInline[]): string[] => inline.map((c) => c.text)

/**
 * The checklist of the instructions listed under a command's lead-in ("Before completing this
 * step, validate: 1. Confirm that ... 2. Confirm ..."), for the manual step of that command.
 */
export function leadChecklist(unit: IrUnit): Evidence[] {
  return checklist(
    unit.entries.filter(
      (e) =>
        e.checked !== null ||
        (startsImperative(e.text) && !startsWithCode(e.text, codesOf(e.inline)))
    )
  )
}

function checklist(checks: IrEntry[]): Evidence[] {
  const items = [
    ...new Set(checks.map((e) => oneLine(stripMarkers(e.text))).filter((t) => t !== ''))
  ].map((t) => clip(t, 200))
  return items.length === 0
    ? []
    : [
        {
          kind: 'checklist',
          name: 'checks',
          description: 'Tick each item once done (or not applicable).',
          items
        }
      ]
}

function textFields(fields: { label: string; options?: string; line: number }[]): Evidence[] {
  const used = new Set<string>(['checks'])
  return fields.map((f) => {
    const base = slug(f.label, 40) || 'value'
    let name = /^[0-9]/.test(base) ? `v_${base}` : base
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`
    used.add(name)
    const ev: Evidence = {
      kind: 'text',
      name,
      description: f.options === undefined ? f.label : `${f.label} (one of: ${f.options})`
    }
    return ev
  })
}

function proseDetail(checks: number, fields: number, http: number): string {
  const parts = ['instructions written as prose']
  if (checks > 0) parts.push(`${checks} checklist item${checks === 1 ? '' : 's'}`)
  if (fields > 0) parts.push(`${fields} value${fields === 1 ? '' : 's'} to record`)
  if (http > 0) parts.push(`${http} HTTP call${http === 1 ? '' : 's'} with no host or client named`)
  return parts.join('; ')
}

function accountHttp(calls: IrInline[], steps: number[], note: string, ctx: SectionContext): void {
  for (const c of calls)
    ctx.doc.accounts.push({
      line: c.line,
      endLine: c.line,
      origin: 'http',
      text: c.text,
      steps,
      note
    })
}
