// Reading prose: imperative sentences (instructions), fill-in fields (`Run ID:`), HTTP calls written
// as `GET /status`, and commands quoted inline (`kubectl get pods -o wide`).
import { classifyCommand } from '../../runbook/safety/index.js'

const VERBS = new Set(
  `check verify ensure confirm open navigate go click select choose run execute restart remove
  delete add append update edit change modify set wait watch monitor copy create install inspect
  review look find get use contact escalate capture record fill note document store keep save
  backup back apply deploy scale drain cordon uncordon stop start shut shutdown reboot replace pick
  tell disable enable re-enable bring investigate examine compare view query send register upgrade
  push detach attach reset fix follow refer try call launch log login ssh exec enter paste type list
  identify determine rerun re-run repeat validate test mark submit approve reject notify inform page
  file collect gather export import restore migrate move rename patch cancel pause resume kill evict
  double-check schedule plan allow deny grant revoke assign configure tolerate do make perform
  provide specify pass mount unmount clear purge prune rotate renew increase decrease reduce
  consider ask open-a take put download upload generate build lock unlock trigger retry re-send
  resend promote rollback roll drop flush verify investigate troubleshoot consult`
    .split(/\s+/)
    .filter((w) => w !== '')
)
const LEAD =
  /^(?:(?:then|first|next|finally|also|now|please|optionally|alternatively|afterwards|in the meantime|once [^,]*|if [^,]*|when [^,]*|after [^,]*|before [^,]*|to [^,]*|for [^,]*),\s*|(?:then|first|next|finally|also|now|please|optionally|alternatively)\s+)/i
const MODAL =
  /^(?:you|we)\s+(?:need to|should|must|have to|can|will need to|may need to)\b|^make sure\b|^do not\b|^don't\b|^never\b|^it is (?:recommended|necessary|required)\b/i

/** Removes list numbering, `Step 3:`, `A)` and bold markers from the start of a text. */
export function stripMarkers(text: string): string {
  return text
    .replace(/^\s*(?:step\s+\d+\s*[:.)-]?|\d+[.)]|[A-Za-z][.)](?=\s))\s*/i, '')
    .replace(/^[*_]+|[*_]+(?=\s)/g, '')
    .trim()
}

/** True when some sentence of `text` starts with an instruction. */
export function isImperative(text: string): boolean {
  return sentences(text).some(startsImperative)
}

/** True when `sentence` starts with an imperative verb or a modal phrase (you should, make sure). */
export function startsImperative(sentence: string): boolean {
  const s = stripMarkers(sentence)
    .replace(LEAD, '')
    .replace(/^[*_`"'“(]+/, '')
  if (MODAL.test(s)) return true
  const word = /^[A-Za-z-]+/.exec(s)?.[0]
  // An all-capitals word is an identifier (`STOP` intent), not a verb.
  if (word === undefined || (word.length > 1 && word === word.toUpperCase())) return false
  const first = word.toLowerCase()
  if (!VERBS.has(first)) return false
  // `Check` as a noun ("Checks done") or a verb in the third person ("Runs") is not an instruction.
  return /^[A-Z]/.test(s) || first === s.toLowerCase().split(/\s/)[0]
}

function sentences(text: string): string[] {
  return text
    .split(/\n|(?<=[.!?])\s+(?=[A-Z*_`])/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** `Run ID:` or `Decision: \`KEEP\` / \`ROLLBACK\``: a value the operator records. */
export function fillInField(text: string): { label: string; options?: string } | undefined {
  const t = stripMarkers(text.replace(/\s+/g, ' '))
  const empty = /^([^:`]{1,80}?):\s*$/.exec(t)
  // `Once resolved, reset the failure status:` introduces what follows; a field is a short label.
  if (empty !== null && (startsImperative(t) || (empty[1] as string).split(' ').length > 8))
    return undefined
  if (empty !== null) return { label: (empty[1] as string).trim() }
  const choice =
    /^([^:`]{1,60}?):\s*((?:`[^`]+`\s*\/\s*)+`[^`]+`)\s*$/.exec(t) ??
    /^([^:`]{1,60}?):\s*((?:[A-Z][A-Z0-9_-]*\s*\/\s*)+[A-Z][A-Z0-9_-]*)\s*$/.exec(t)
  if (choice !== null)
    return { label: (choice[1] as string).trim(), options: (choice[2] as string).replace(/`/g, '') }
  return undefined
}

/** `GET /status`, `POST /api/run`: an HTTP call with no host or client named. */
export function isHttpCall(code: string): boolean {
  return /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\s+\/\S*/.test(code.trim())
}

const BUILTINS = new Set([
  'set',
  'export',
  'cd',
  'source',
  'unset',
  'alias',
  'exit',
  'echo',
  'true',
  'false',
  'test',
  'type',
  'time'
])

/**
 * True when inline code reads as a command to run: at least two words, a lower-case program the
 * classifier knows (or one the document runs in a code block), and not a shell builtin.
 */
export function isInlineCommand(code: string, blockPrograms: ReadonlySet<string>): boolean {
  const t = code.trim()
  if (/\n/.test(t)) return false
  const words = t.split(/\s+/)
  const first = words[0] ?? ''
  if (words.length < 2 || BUILTINS.has(first) || !/^[a-z][a-z0-9._+-]*$/.test(first)) return false
  if ((words[1] ?? '').startsWith('=') || /^[=<>!]=?$/.test(words[1] ?? '')) return false
  return classifyCommand([first]).rule !== 'unknown-command' || blockPrograms.has(first)
}
