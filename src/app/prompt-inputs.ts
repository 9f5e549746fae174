// gert's `from: prompt` inputs: asked at a terminal when neither --var nor the environment gives
// them (Enter takes the default). Without a terminal nothing is asked: an input without a default
// is then a --var the run requires (resolveVars says so).
import type { RunbookV0 } from '../runbook/index.js'
import type { AppIo } from './ports.js'

/** Values typed at the terminal for the prompt inputs not given otherwise, by name. */
export async function promptInputs(
  runbook: RunbookV0,
  given: Readonly<Record<string, string>>,
  io: AppIo
): Promise<Record<string, string>> {
  const asked = Object.entries(runbook.meta.inputs ?? {}).filter(
    ([name, input]) =>
      input?.from === 'prompt' && given[name] === undefined && io.env[name] === undefined
  )
  if (asked.length === 0 || !io.interactive || io.prompter === undefined) return {}
  const prompter = io.prompter()
  const out: Record<string, string> = {}
  try {
    for (const [name, input] of asked) {
      if (input === undefined) continue
      const about = input.description === undefined ? '' : ` (${input.description})`
      const hint =
        input.default !== undefined
          ? ` [${input.default}]`
          : input.example !== undefined
            ? ` (e.g. ${input.example})`
            : ''
      for (let tries = 0; tries < 3; tries++) {
        const answer = (await prompter.ask(`input ${name}${about}${hint}: `)).trim()
        if (answer !== '') {
          out[name] = answer
          break
        }
        if (input.default !== undefined) break
        prompter.say(`${name} has no default: type a value.`)
      }
    }
  } finally {
    prompter.close()
  }
  return out
}
