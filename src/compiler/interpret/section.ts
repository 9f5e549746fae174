// One section -> steps, in document order. Units without commands form "prose runs": a run that
// instructs (imperative sentences, task items, fill-in fields, payloads to send) becomes one manual
// step; a run that only describes becomes the lead-in of the next command step, or stays context.
import type { IrCode, IrInline, IrLine, IrSection, IrUnit } from '../ir.js'
import { clip, oneLine, stripShortcodes } from '../extract/text.js'
import { lexShell } from '../shell/lexer.js'
import { planCommand } from './command.js'
import { sessionOpener } from './interactive.js'
import type { DocContext, SectionContext, Session } from './context.js'
import { endsSession, entersDirectory, opensSession } from './where.js'
import { isImperative, isInlineCommand, startsImperative } from './prose.js'
import {
  asksToRun,
  described,
  forbidden,
  inCondition,
  isBackground,
  warnedAt,
  warnedCommands
} from './mentions.js'
import { leadChecklist, proseStep } from './prose-step.js'
import { commandTitle, commentTitle, leadTitle } from './titles.js'

type Item = { kind: 'line'; code: IrCode; line: IrLine } | { kind: 'inline'; inline: IrInline }

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim()

/** Plans the steps of one section. */
export function interpretSection(
  section: IrSection,
  doc: DocContext,
  hasSubsections = false,
  inherited?: Session
): Session | undefined {
  const warned = warnedCommands(section, doc.programs)
  const background = isBackground(section)
  const ctx: SectionContext = { doc, section, warned, background }
  // A session opened in a section goes on in its subsections ("### Step 2" on the same node).
  if (inherited !== undefined && section.depth > (inherited.depth ?? 0)) ctx.session = inherited
  // Each unit's block commands, normalised once: a unit's near ones are read for three units.
  const keys = section.units.map((u) =>
    u.codes.flatMap((c) => c.lines.filter((l) => l.kind === 'command').map((l) => norm(l.text)))
  )
  const blockTexts = new Set(keys.flat())
  const seenInline = new Set<string>()
  const duplicates: { inline: IrInline; key: string }[] = []
  const mentioned: { inline: IrInline; note: string }[] = []
  // A command quoted in prose next to the block that holds it ("Verify this with `x`:" over the
  // block) is that block's step; quoted again later it is a step again when the prose asks to run
  // it ("17. Bring the operator back by running `x`"), and a back-reference when it only mentions
  // it ("the pod we observed earlier with `x`").
  const commandsOf = (u: IrUnit, i: number): Item[] => {
    const near = new Set([i - 1, i, i + 1].flatMap((j) => keys[j] ?? []))
    const instructs = isImperative(
      u.lead,
      u.inline.map((c) => c.text)
    )
    const items: Item[] = u.codes.flatMap((code) =>
      code.lines
        .filter((l) => l.kind === 'command')
        .map((line): Item => ({ kind: 'line', code, line }))
    )
    for (const inline of u.inline) {
      if (!isInlineCommand(inline.text, doc.programs)) continue
      const warning = warnedAt(inline.text, warned)
      const key = norm(inline.text)
      const repeat = blockTexts.has(key) || seenInline.has(key)
      const mention = forbidden(u.lead, inline.text)
        ? 'named in a warning not to run it: the prose around it is the step'
        : warning !== undefined
          ? `named near a warning not to run it (line ${warning}): mentioned, not a step`
          : described(u.lead, inline.text)
            ? 'the subject of a sentence that describes it, not asked to run'
            : background
              ? `in the background section "${section.title}": mentioned, not a step`
              : repeat || near.has(key)
                ? undefined
                : inCondition(u.lead, inline.text)
                  ? 'named in a condition, not asked to run'
                  : !asksToRun(u, inline.text)
                    ? 'mentioned in a descriptive sentence, not asked to run'
                    : undefined
      if (mention !== undefined) {
        mentioned.push({ inline, note: mention })
        continue
      }
      if (near.has(key) || (repeat && !instructs)) duplicates.push({ inline, key })
      else {
        seenInline.add(key)
        items.push({ kind: 'inline', inline })
      }
    }
    return items.sort((a, b) => lineOf(a) - lineOf(b))
  }
  const before = doc.steps.length
  const firstAccount = doc.accounts.length
  let run: IrUnit[] = []
  section.units.forEach((unit, i) => {
    if (unit.kind !== 'code') where(unit, ctx)
    const items = commandsOf(unit, i)
    if (items.length === 0) {
      run.push(unit)
      return
    }
    let intro = unit.kind === 'code' ? undefined : leadText(unit)
    if (unit.kind === 'code' && run.length > 0) {
      const last = run[run.length - 1] as IrUnit
      if (last.kind === 'paragraph' || last.kind === 'list-item') {
        // Paragraphs just above that point at the command ("... by using the following command.")
        // lead into it too, rather than standing as a step of their own.
        let from = run.length - 1
        while (from > 0 && pointsAhead(run[from - 1] as IrUnit, run[from] as IrUnit)) from--
        intro = joinLeads(run.slice(from).map(leadText))
        run = run.slice(0, from)
      }
    }
    if (!background) proseStep(run, ctx, false)
    else omit(run, ctx)
    run = []
    planUnit(unit, items, intro, ctx)
    // A checklist keeps every item: one that quotes a command is also ticked with the others.
    if (unit.kind === 'list-item' && unit.checked !== null) run.push(unit)
    if (ctx.session?.scope === 'unit' && section.units[i + 1]?.kind !== 'code')
      ctx.session = undefined
  })
  if (background) omit(run, ctx)
  else
    proseStep(
      run,
      ctx,
      doc.steps.length === before && !hasSubsections && startsImperative(section.title)
    )
  for (const { inline, note } of mentioned)
    doc.accounts.push({
      line: inline.line,
      endLine: inline.line,
      origin: 'inline',
      text: inline.text,
      steps: [],
      note
    })
  for (const d of duplicates) {
    const same = doc.accounts
      .slice(firstAccount)
      .find((a) => norm(a.text) === d.key && a.steps.length > 0)
    doc.accounts.push({
      line: d.inline.line,
      endLine: d.inline.line,
      origin: 'inline',
      text: d.inline.text,
      steps: same?.steps ?? [],
      note:
        same === undefined
          ? 'repeats a command of this section'
          : 'the same command as an earlier step of this section'
    })
  }
  if (ctx.session?.scope !== 'section') ctx.session = undefined
  return ctx.session
}

/** A background section's prose: context for the reader, listed in the mapping, never a step. */
function omit(run: IrUnit[], ctx: SectionContext): void {
  const first = run[0]
  const text = oneLine(run.map((u) => u.text).join(' '))
  if (first !== undefined && text !== '')
    ctx.doc.omitted.push({
      line: first.line,
      endLine: run[run.length - 1]?.endLine ?? first.line,
      sectionLine: ctx.section.line,
      text: clip(text, 100)
    })
}

/** Prose that moves the operator onto another machine or into a directory, or back. */
function where(unit: IrUnit, ctx: SectionContext): void {
  const text = unit.context === '' ? unit.text : `${unit.context} ${unit.text}`
  if (ctx.session !== undefined && endsSession(unit.text)) ctx.session = undefined
  const opens = ctx.session === undefined ? opensSession(unit.text) : undefined
  if (opens !== undefined) {
    ctx.session = {
      opener: opens,
      line: unit.line,
      scope: 'section',
      prose: true,
      depth: ctx.section.depth
    }
  }
  const dir = entersDirectory(text)
  if (dir !== undefined) ctx.dir = { what: dir, line: unit.line }
}

/** The prose before a command: `text` (with the context of a split list), its own words, its code. */
interface Lead {
  text: string
  own: string
  codes: string[]
}

function planUnit(unit: IrUnit, items: Item[], lead: Lead | undefined, ctx: SectionContext): void {
  const before = ctx.doc.steps.length
  planItems(unit, items, lead, ctx, before)
  // Checks listed in the lead-in of a command the operator runs by hand are ticked on its step.
  const first = ctx.doc.steps[before]?.step
  if (first?.type === 'manual' && first.required_evidence === undefined) {
    const evidence = leadChecklist(unit)
    if (evidence.length > 0) first.required_evidence = evidence
  }
}

function planItems(
  unit: IrUnit,
  items: Item[],
  lead: Lead | undefined,
  ctx: SectionContext,
  before: number
): void {
  let block: IrCode | undefined
  let comment: string[] = []
  // `cd DIR` sets where the following commands of its own block run, not those of later prose.
  ctx.cwd = undefined
  for (const item of items) {
    if (item.kind === 'inline') ctx.cwd = undefined
    if (item.kind === 'line' && item.code !== block) {
      block = item.code
      ctx.cwd = undefined
      if (ctx.session?.scope === 'block') ctx.session = undefined
      if (ctx.session === undefined && exitsForeignSession(item.code))
        ctx.session = {
          opener: 'a session opened before this code block (it ends with exit)',
          line: item.code.line,
          scope: 'block'
        }
    }
    if (item.kind === 'line') comment = commentsBefore(item.code, item.line)
    // The lead-in goes with the first step of the unit, not again with every later command; a
    // step without a comment or a lead-in of its own is titled by its command.
    const first = ctx.doc.steps.length === before
    const intro = first ? lead?.text : undefined
    const programs = ctx.doc.programs
    const text = item.kind === 'line' ? item.line.text : item.inline.text
    const title =
      commentTitle(comment, programs) ??
      (first ? leadTitle(lead?.own, lead?.codes ?? [], programs) : undefined) ??
      commandTitle(text)
    const hint =
      item.kind === 'line' && item.code.attrs.name !== undefined
        ? item.code.attrs.name
        : ctx.section.title || ctx.doc.ir.title
    planCommand(
      item.kind === 'line'
        ? {
            text: item.line.text,
            raw: item.line.raw,
            line: item.line.line,
            endLine: item.line.endLine,
            origin: 'block',
            lang: item.code.lang,
            code: item.code,
            title,
            ...(intro === undefined ? {} : { intro }),
            idHint: hint
          }
        : {
            text: item.inline.text,
            raw: item.inline.text,
            line: item.inline.line,
            endLine: item.inline.line,
            origin: 'inline',
            lang: '',
            title,
            ...(intro === undefined ? {} : { intro }),
            idHint: hint
          },
      ctx
    )
  }
}

/** A block that runs `exit` without opening a session first runs inside one opened elsewhere. */
function exitsForeignSession(code: IrCode): boolean {
  const cmds = code.lines.filter((l) => l.kind === 'command').map((l) => l.text.trim())
  const exit = cmds.findIndex((t) => /^(exit|logout)\b/.test(t))
  if (exit <= 0) return false
  const words = (t: string): string[] =>
    lexShell(t).tokens.flatMap((k) => (k.kind === 'word' ? [k.word.raw] : []))
  return !cmds.slice(0, exit).some((t) => sessionOpener(words(t)) !== undefined)
}

function commentsBefore(code: IrCode, line: IrLine): string[] {
  const i = code.lines.indexOf(line)
  const out: string[] = []
  for (let j = i - 1; j >= 0; j--) {
    const l = code.lines[j] as IrLine
    if (l.kind !== 'comment') break
    out.unshift(l.text.replace(/^\s*#+\s*/, '').trim())
  }
  const trailing = lexShell(line.text).comment
  if (out.length === 0 && trailing !== undefined && trailing !== '') return [trailing]
  return out.filter((s) => s !== '')
}

const AHEAD =
  /\b(?:the\s+following|this|these|the\s+below)\s+(?:commands?|query|script|steps?)\b|\bas\s+follows\b/i

/** A paragraph right above `next` that announces the command below it. */
function pointsAhead(u: IrUnit, next: IrUnit): boolean {
  return u.kind === 'paragraph' && u.endLine + 1 >= next.line - 1 && AHEAD.test(u.text)
}

function joinLeads(leads: (Lead | undefined)[]): Lead | undefined {
  const all = leads.filter((l): l is Lead => l !== undefined)
  if (all.length <= 1) return all[0]
  return {
    text: all.map((l) => l.text).join(' '),
    own: all.map((l) => l.own).join(' '),
    codes: all.flatMap((l) => l.codes)
  }
}

/**
 * The prose of a unit as a one-line lead-in, after the text of the items it was split from; none
 * when the unit is only code (`kubectl edit cm x` on a line of its own).
 */
function leadText(unit: IrUnit): Lead | undefined {
  const own = oneLine(stripShortcodes(unit.text))
  const codes = unit.inline.map((c) => c.text)
  const prose = codes.reduce((t, c) => t.split(oneLine(c)).join(' '), own)
  if (prose.replace(/[\s.,:;]/g, '') === '') return undefined
  return { text: unit.context === '' ? own : `${oneLine(unit.context)} ${own}`, own, codes }
}

function lineOf(item: Item): number {
  return item.kind === 'line' ? item.line.line : item.inline.line
}
