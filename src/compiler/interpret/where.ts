// Where a command runs, as prose says it: "SSH to the affected node", "Log in to the Gitaly server",
// "On the runner host:" move the operator onto another machine until "Log out of the node" (or an
// `exit`); "cd into the repository directory" moves them into a directory the runbook cannot name
// in with.cwd. The commands that follow are manual steps that say where to run them.
import { oneLine } from '../extract/text.js'
import { stripMarkers } from './prose.js'

const MACHINE =
  '(?:node|host|server|machine|vm|instance|box|bastion|broker|worker|master|control[- ]plane|controller|runner|container|pod)s?'
const OPENS = new RegExp(
  `\\b(?:ssh|log\\s*in|login|log\\s+on|sign\\s+in|connect)\\s+(?:(?:in)?to|on)\\s+(?:the\\s+|a\\s+|an\\s+|each\\s+|every\\s+|your\\s+)?(?:[\\w-]+\\s+){0,3}?${MACHINE}\\b`,
  'i'
)
const ON = new RegExp(
  `^on\\s+(?:the|each|every|a|an|that|this)\\s+(?:[\\w-]+\\s+){0,2}?${MACHINE}\\b\\s*[:,]`,
  'i'
)
const ENDS = new RegExp(
  `\\b(?:exit|log\\s*out|logout|log\\s+off|disconnect|close)\\b[^.]*\\b(?:${MACHINE}|session|shell|ssh)\\b|^(?:exit|log\\s*out)\\b`,
  'i'
)
const NEGATED = /\b(?:cannot|can't|unable|fail(?:s|ed)?|not|never|without)\b/i
const DIRECTORY =
  /\b(?:cd(?:\s+in(?:to)?)?|change\s+(?:directory\s+)?(?:in)?to|go\s+(?:in)?to|navigate\s+(?:in)?to|switch\s+to|move\s+into)\s+(?:the\s+|your\s+)?((?:[\w-]+\s+){0,3}(?:directory|folder|repository|repo|checkout|clone|working\s+copy))\b/i

// Words every match of OPENS and ON, ENDS, DIRECTORY holds. A sentence is a piece of the text
// with white space collapsed and markers dropped, which never joins letters the text holds apart:
// a text without any of these words has no sentence to find (most prose; this skips splitting it).
const MACHINE_WORD =
  /node|host|server|machine|vm|instance|box|bastion|broker|worker|master|control|runner|container|pod/i
const ENDS_WORD = /exit|log|disconnect|close/i
const DIRECTORY_WORD = /director|folder|repo|checkout|clone|working/i

function sentences(text: string): string[] {
  return oneLine(text)
    .split(/(?<=[.!?])\s+/)
    .map((s) => stripMarkers(s))
    .filter((s) => s !== '')
}

/** The sentence of `text` that opens a session on another machine, if any. */
export function opensSession(text: string): string | undefined {
  if (!MACHINE_WORD.test(text)) return undefined
  return sentences(text).find((s) => (OPENS.test(s) || ON.test(s)) && !NEGATED.test(s))
}

/** True when `text` says the session on the other machine ends ("Log out of the node"). */
export function endsSession(text: string): boolean {
  if (!ENDS_WORD.test(text)) return false
  return sentences(text).some((s) => ENDS.test(s))
}

/** The directory prose moves into ("the repository directory"), if any. */
export function entersDirectory(text: string): string | undefined {
  if (!DIRECTORY_WORD.test(text)) return undefined
  for (const s of sentences(text)) {
    const m = DIRECTORY.exec(s)
    if (m !== null) return `the ${oneLine(m[1] as string)}`
  }
  return undefined
}
