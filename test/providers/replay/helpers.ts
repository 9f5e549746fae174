// Shared helpers for the replay tests: parse scenario text in memory, with response files given as
// a map, and a fixture path into the copied cli-replay testdata.
import type { Diagnostic } from '../../../src/runbook/index.js'
import type { Scenario } from '../../../src/providers/replay/scenario-model.js'
import type { ScenarioParse } from '../../../src/providers/replay/scenario-parse.js'
import { parseScenarioText } from '../../../src/providers/replay/scenario-parse.js'
import { fixture } from '../../helpers/fixtures.js'

/** Parses scenario text; `files` are the response files beside it. */
export function parse(text: string, files: Record<string, string> = {}): ScenarioParse {
  return parseScenarioText(text, 'scenario.yaml', {
    readFile: (rel) => {
      const body = files[rel]
      return body === undefined
        ? { ok: false, reason: 'no such file' }
        : { ok: true, text: body, path: `/s/${rel}` }
    },
    resolvePath: (rel) => `/s/${rel}`
  })
}

/** Parses scenario text that must be valid. */
export function scenarioOf(text: string, files: Record<string, string> = {}): Scenario {
  const r = parse(text, files)
  if (r.scenario === undefined)
    throw new Error(r.diagnostics.map((d) => `${d.line}: ${d.rule} ${d.message}`).join('\n'))
  return r.scenario
}

/** `rule@line` for each diagnostic, for compact assertions. */
export function ruleLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.rule}@${d.line}`)
}

/** A file among the cli-replay fixtures (test/fixtures/cli-replay/...). */
export const peer = (...parts: string[]): string => fixture('cli-replay', ...parts)
