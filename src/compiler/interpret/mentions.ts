// A mention is not a step. Inline code becomes a step only when the text asks the operator to run
// it: an imperative sentence ("Run `x`", "Check with `x`"), a numbered procedure item, a list item
// or table cell that is the command, or a sentence that starts with it and says what it shows
// ("`ceph -s` should report 1 mon"). Named in a condition ("if `kubectl describe` shows ..."), in
// a description ("runs `helm template` instead of `helm install`"), in a background section
// (Meaning, Impact, Background, When to use) or in a warning not to run it, it is a mention.
// A warning also makes every other mention of its command in the section unrunnable.
import type { IrSection, IrUnit } from '../ir.js'
import { oneLine } from '../extract/text.js'
import { isImperative, isInlineCommand, stripMarkers } from './prose.js'

const BACKGROUND =
  /^(?:meaning|impact|background|when to use(?: this)?|explanation|how it works|theory)\b/i

/** True for a section that only explains (its commands are mentions). */
export function isBackground(section: IrSection): boolean {
  return BACKGROUND.test(section.title)
}

// "Never terminate the instance: `aws ec2 terminate-instances` deletes its root volume." names a
// command in order to forbid it; running it by hand is the opposite of what the TSG says.
const FORBIDS = /^(?:never|do not|don't|avoid|must not|you must not|you should not|should not)\b/i
const FORBIDS_RUN =
  /\b(?:never|do not|don't|must not|should not|shouldn't|avoid)\s+(?:ever\s+)?(?:run|use|execute|type|call|running|using)\b/i
const HARMS =
  /^[^.]*?\b(?:will|would|can|may|could)\s+(?:\w+\s+)?(?:destroy|delete|erase|wipe|remove|lose|corrupt|ruin|break|overwrite|purge)\b/i
const LABEL = /^(?:note|tip|info|important|warning|caution|danger|hint|remember)\s*:\s*/i

/** True when the sentence of `text` that quotes `code` warns against running it. */
export function forbidden(text: string, code: string): boolean {
  const sentence = sentenceOf(text, code)?.replace(LABEL, '')
  if (sentence === undefined) return false
  const at = sentence.indexOf(oneLine(code))
  const before = sentence.slice(0, Math.max(0, at))
  return (
    FORBIDS.test(sentence) ||
    FORBIDS_RUN.test(before) ||
    (sentence.startsWith(oneLine(code)) && HARMS.test(sentence.slice(oneLine(code).length)))
  )
}

// "`az vm run-command` runs a script as root", "Note: `certbot revoke ...` is only for a leaked
// key": a command that is the subject of its sentence is being described, not asked to be run.
// What it shows is another matter: "`kubectl get pods` will show the pods", "`ceph -s` should
// report 1 mon" ask the operator to run it and look.
const DESCRIBES =
  /^\s+(?:is|are|was|were|only|also|just|does|doesn't|has|have|needs|would|could|might|(?!(?:shows|lists|prints|displays|returns|outputs|reports|gives|tells)\b)[a-z]+s)\b/

/** True when the sentence of `text` that quotes `code` starts with it and goes on to describe it. */
export function described(text: string, code: string): boolean {
  const sentence = sentenceOf(text, code)?.replace(LABEL, '')
  const flat = oneLine(code)
  return sentence?.startsWith(flat) === true && DESCRIBES.test(sentence.slice(flat.length))
}

const CONDITION = /^(?:if|when|whenever|unless|in case|because|since|while|although|whether)\b/i

/** True when `code` stands in a conditional clause ("If `kubectl describe` shows ..., restart"). */
export function inCondition(text: string, code: string): boolean {
  const sentence = sentenceOf(text, code)?.replace(LABEL, '')
  if (sentence === undefined) return false
  const at = sentence.indexOf(oneLine(code))
  const clause =
    sentence
      .slice(0, at)
      .split(/[,;:]\s/)
      .pop() ?? ''
  return CONDITION.test(clause.trim()) || /\b(?:if|when|whenever|unless)\s+$/i.test(clause)
}

/**
 * True when the text around `code` asks the operator to run it: an imperative sentence, a
 * numbered item, a list item or table cell that starts with the command, or a sentence that starts
 * with it and says what to look at.
 */
export function asksToRun(unit: IrUnit, code: string): boolean {
  const text = unit.kind === 'list-item' ? unit.lead : unit.text
  const sentence = sentenceOf(text, code) ?? sentenceOf(unit.text, code)
  if (sentence === undefined) return true
  const flat = oneLine(code)
  if (unit.kind === 'table') return true
  if (sentence.startsWith(flat)) return true
  if (unit.kind === 'list-item' && (unit.ordered || unit.checked !== null)) return true
  // `- for the previous instance: \`kubectl logs x --previous\``: an item that ends with the
  // command offers it to run.
  if (
    unit.kind === 'list-item' &&
    oneLine(unit.lead)
      .replace(/[\s.;,)]+$/, '')
      .endsWith(flat)
  )
    return true
  const codes = unit.inline.map((c) => c.text)
  return isImperative(sentence, codes)
}

/**
 * The commands a warning of the section names ("Never run `git gc`", "Do not run `x` on a running
 * member"), by their first two words, with the warning's line.
 */
export function warnedCommands(
  section: IrSection,
  programs: ReadonlySet<string>
): Map<string, number> {
  const out = new Map<string, number>()
  for (const u of section.units)
    for (const c of u.inline)
      if (isInlineCommand(c.text, programs) && forbidden(u.text, c.text) && !out.has(key(c.text)))
        out.set(key(c.text), c.line)
  return out
}

/** A command as its words (quotes removed), for matching a warning against later mentions. */
export function key(command: string): string {
  return oneLine(command).replace(/["']/g, '')
}

/**
 * The warning line that forbids `command`: a warning names it when the words it quotes start the
 * command (`git gc` forbids `git gc --prune=now`; `cmctl renew --all` does not forbid `cmctl renew x`).
 */
export function warnedAt(command: string, warned: ReadonlyMap<string, number>): number | undefined {
  const words = key(command).split(' ')
  for (const [w, line] of warned) {
    const named = w.split(' ')
    if (named.length <= words.length && named.every((n, i) => words[i] === n)) return line
  }
  return undefined
}

/** The sentence of `text` that quotes `code`, without list markers and emphasis. */
export function sentenceOf(text: string, code: string): string | undefined {
  const flat = oneLine(text)
  const at = flat.indexOf(oneLine(code))
  if (at === -1) return undefined
  const start = Math.max(0, ...[...flat.slice(0, at).matchAll(/[.!?]\s/g)].map((m) => m.index + 2))
  const end = /[.!?](?:\s|$)/.exec(flat.slice(at + oneLine(code).length))
  const stop = end === null ? flat.length : at + oneLine(code).length + end.index + 1
  return stripMarkers(flat.slice(start, stop))
}
