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
  resend promote rollback roll drop flush verify investigate troubleshoot consult close reopen
  resolve acknowledge ack silence mute unmute snooze revert rebuild recreate reinstall redeploy
  label annotate taint untaint switch failover disconnect reconnect`
    .split(/\s+/)
    .filter((w) => w !== '')
)
// Verbs that as often start a noun phrase ("File System Usage", "Plan templates:", "Test results"):
// an instruction only when an object follows (the, a, this, your, all, ...).
const WEAK = new Set(`plan file list page type test log table tag query`.split(/\s+/))
const OBJECT =
  /^(?:the|a|an|this|that|these|those|your|our|its|their|all|each|every|any|some|it|them|for|to|with|on|out|up|down|off|over|whether|if|how|what|which|who|when|where|whose|both|one|two|three|no|at|in|from|as)\b/i
// What may stand before the verb of an instruction: "Then", "If the pod is stuck,", "In such a
// case,", "Otherwise, if you can,", "Warning:". Applied twice ("If it fails, first check ...").
const LEAD =
  /^(?:(?:once [^,]*|if [^,]*|when [^,]*|after [^,]*|before [^,]*|to [^,]*|for [^,]*|[a-z]+(?:\s+[a-z]+){0,4}),\s*|(?:warning|caution|important|attention|danger|note|notice|tip):\s+|(?:then|first|next|finally|also|now|please|optionally|alternatively)\s+)/i
const MODAL =
  /^(?:you|we)\s+(?:need to|should|must|have to|will need to|may need to)\b|^make sure\b|^do not\b|^don't\b|^never\b|^it is (?:recommended|necessary|required)\b/i

/** Removes list numbering, `Step 3:`, `A)` and bold markers from the start of a text. */
export function stripMarkers(text: string): string {
  return text
    .replace(/^\s*(?:step\s+\d+\s*[:.)-]?|\d+[.)]|[A-Za-z][.)](?=\s))\s*/i, '')
    .replace(/^[*_]+|[*_]+(?=\s)/g, '')
    .trim()
}

/**
 * True when some sentence of `text` starts with an instruction. A sentence that starts with one of
 * `codes` (inline code of the text: `run --plan ...`, `list_plans()`) names code, not an action.
 */
export function isImperative(text: string, codes: readonly string[] = []): boolean {
  return sentences(text).some(
    (s) => !startsWithCode(s, codes) && startsImperative(s) && !substitutes(s)
  )
}

// "Replace `<pod>` with the name of your pod", "Add your namespace to the commands above",
// "Substitute your runner's token and URL": the reader fills in a value of a command shown
// elsewhere; that is not a step of its own (the values are vars of the command's step).
const SUBSTITUTE =
  /^(?:replace|substitute|swap)\b[^.]*?(?:`[^`]*`|<[^>]+>|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b)[^.]*?\b(?:with|by|for)\b|^(?:replace|substitute)\b[^.]*\b(?:with|by)\s+(?:your|the\s+(?:names?|values?|ids?|actual))\b|^substitute\s+(?:in\s+)?your\b|^(?:add|insert|put|fill\s+in|enter|plug\s+in|use)\s+(?:in\s+)?your\s+(?:own\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}\s+(?:to|in|into|for|as|instead)\b|^(?:change|set|update|edit|adjust)\b[^.]*\bto\s+(?:match\s+)?your\b/i

/** True when the sentence only tells the reader to put their own value into a command. */
export function substitutes(sentence: string): boolean {
  return SUBSTITUTE.test(stripMarkers(sentence).replace(/^[*_`"'“(]+/, ''))
}

/** True when `text` begins with one of the inline code spans `codes`. */
export function startsWithCode(text: string, codes: readonly string[]): boolean {
  const t = stripMarkers(text)
  return codes.some((c) => c.trim() !== '' && t.startsWith(c.trim()))
}

/** True when `sentence` starts with an imperative verb or a modal phrase (you should, make sure). */
export function startsImperative(sentence: string): boolean {
  const base = stripMarkers(sentence).replace(/^[*_`"'“(]+/, '')
  const once = base.replace(LEAD, '')
  return [base, once, once.replace(LEAD, '')].some((s) => MODAL.test(s) || verbFirst(s))
}

/** True when `sentence` itself starts with an imperative verb (no `If ...,` or `you should`). */
export function startsWithVerb(sentence: string): boolean {
  return verbFirst(stripMarkers(sentence).replace(/^[*_`"'“(]+/, ''))
}

function verbFirst(s: string): boolean {
  const word = /^[A-Za-z-]+/.exec(s)?.[0]
  // An all-capitals word is an identifier (`STOP` intent), not a verb.
  if (word === undefined || (word.length > 1 && word === word.toUpperCase())) return false
  const first = word.toLowerCase()
  if (!VERBS.has(first)) return false
  const after = s.slice(word.length).trim()
  // `Note: In the following commands ...`: a word and a colon is a label (LEAD reads past it).
  if (after.startsWith(':') && after.length > 1) return false
  // `Plan and registry:`, `Capture:`: a short label before a list, not an instruction.
  if (/:$/.test(s) && s.split(/\s+/).length <= 3 && !OBJECT.test(after)) return false
  if (WEAK.has(first) && !OBJECT.test(after)) return false
  // `Check` as a noun ("Checks done") or a verb in the third person ("Runs") is not an instruction.
  return /^[A-Z]/.test(s) || first === s.toLowerCase().split(/\s/)[0]
}

function sentences(text: string): string[] {
  return text
    .split(/\n|(?<=[.!?])\s+(?=[A-Z*_`])/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/**
 * `Run ID:` or `Decision: \`KEEP\` / \`ROLLBACK\``: a value the operator records. An entry with
 * content of its own (`Listener:` over a screenshot, `Lanes:` over a list) is a heading, not a field.
 */
export function fillInField(
  text: string,
  nested = false
): { label: string; options?: string } | undefined {
  if (nested) return undefined
  const t = stripMarkers(text.replace(/\s+/g, ' '))
  const empty = /^([^:`]{1,80}?):\s*$/.exec(t)
  // `Once resolved, reset the failure status:` introduces what follows; `Run ID:` and `Change in
  // critical systems:` are short labels (four words or fewer, no comma) whatever their first word.
  const label = (empty?.[1] ?? '').replace(/\([^)]*\)/g, ' ').trim()
  const short = label.split(/\s+/).length <= 4 && !label.includes(',')
  if (empty !== null && !short && (startsImperative(t) || label.split(/\s+/).length > 8))
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
  // `etcd --snapshot-count configures ...`: a flag named in prose, not a command to run.
  if (words.length === 2 && /^--[\w-]+$/.test(words[1] ?? '')) return false
  return classifyCommand([first]).rule !== 'unknown-command' || blockPrograms.has(first)
}
