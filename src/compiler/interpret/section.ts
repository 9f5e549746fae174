// One section -> steps, in document order. Units without commands form "prose runs": a run that
// instructs (imperative sentences, task items, fill-in fields, payloads to send) becomes one manual
// step; a run that only describes becomes the lead-in of the next command step, or stays context.
import type { IrCode, IrInline, IrLine, IrSection, IrUnit } from '../ir.js'
import { oneLine, stripShortcodes } from '../extract/text.js'
import { lexShell } from '../shell/lexer.js'
import { planCommand } from './command.js'
import { sessionOpener } from './interactive.js'
import type { DocContext, SectionContext } from './context.js'
import { isImperative, isInlineCommand, startsImperative, stripMarkers } from './prose.js'
import { leadChecklist, proseStep } from './prose-step.js'
import { commandTitle, commentTitle, leadTitle } from './titles.js'

type Item = { kind: 'line'; code: IrCode; line: IrLine } | { kind: 'inline'; inline: IrInline }

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim()

/** Plans the steps of one section. */
export function interpretSection(
  section: IrSection,
  doc: DocContext,
  hasSubsections = false
): void {
  const ctx: SectionContext = { doc, section }
  const blockKeys = (u: IrUnit | undefined): string[] =>
    (u?.codes ?? []).flatMap((c) =>
      c.lines.filter((l) => l.kind === 'command').map((l) => norm(l.text))
    )
  const blockTexts = new Set(section.units.flatMap(blockKeys))
  const seenInline = new Set<string>()
  const duplicates: { inline: IrInline; key: string }[] = []
  const mentioned: { inline: IrInline; note: string }[] = []
  // A command quoted in prose next to the block that holds it ("Verify this with `x`:" over the
  // block) is that block's step; quoted again later it is a step again when the prose asks to run
  // it ("17. Bring the operator back by running `x`"), and a back-reference when it only mentions
  // it ("the pod we observed earlier with `x`").
  const commandsOf = (u: IrUnit, i: number): Item[] => {
    const near = new Set([i - 1, i, i + 1].flatMap((j) => blockKeys(section.units[j])))
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
      const mention = forbidden(u.lead, inline.text)
        ? 'named in a warning not to run it: the prose around it is the step'
        : described(u.lead, inline.text)
          ? 'the subject of a sentence that describes it, not asked to run'
          : undefined
      if (mention !== undefined) {
        mentioned.push({ inline, note: mention })
        continue
      }
      const key = norm(inline.text)
      const repeat = blockTexts.has(key) || seenInline.has(key)
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
    proseStep(run, ctx, false)
    run = []
    planUnit(unit, items, intro, ctx)
    if (ctx.session?.scope === 'unit' && section.units[i + 1]?.kind !== 'code')
      ctx.session = undefined
  })
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

// "Never terminate the instance: `aws ec2 terminate-instances` deletes its root volume." names a
// command in order to forbid it; running it by hand is the opposite of what the TSG says.
const FORBIDS = /^(?:never|do not|don't|avoid|must not|you must not|you should not|should not)\b/i

/** True when the sentence of `text` that quotes `code` forbids running it. */
function forbidden(text: string, code: string): boolean {
  const sentence = sentenceOf(text, code)
  return sentence !== undefined && FORBIDS.test(sentence)
}

// "`az vm run-command` runs a script as root", "Note: `certbot revoke ...` is only for a leaked
// key": a command that is the subject of its sentence is being described, not asked to be run.
// What it shows is another matter: "`kubectl get pods` will show the pods", "`ceph -s` should
// report 1 mon" ask the operator to run it and look.
const LABEL = /^(?:note|tip|info|important|warning|caution|danger|hint|remember)\s*:\s*/i
const DESCRIBES =
  /^\s+(?:is|are|was|were|only|also|just|does|doesn't|has|have|needs|(?!(?:shows|lists|prints|displays|returns|outputs|reports|gives|tells)\b)[a-z]+s)\b/

/** True when the sentence of `text` that quotes `code` starts with it and goes on to describe it. */
function described(text: string, code: string): boolean {
  const sentence = sentenceOf(text, code)?.replace(LABEL, '')
  const flat = oneLine(code)
  return sentence?.startsWith(flat) === true && DESCRIBES.test(sentence.slice(flat.length))
}

/** The sentence of `text` that quotes `code`, without list markers and emphasis. */
function sentenceOf(text: string, code: string): string | undefined {
  const flat = oneLine(text)
  const at = flat.indexOf(oneLine(code))
  if (at === -1) return undefined
  const start = Math.max(0, ...[...flat.slice(0, at).matchAll(/[.!?]\s/g)].map((m) => m.index + 2))
  return stripMarkers(flat.slice(start))
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
