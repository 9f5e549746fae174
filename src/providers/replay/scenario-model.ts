// The in-memory scenario both input formats (cli-replay's scenario.yaml and gert's commands list)
// are normalised to: a flat list of leaf steps, in file order, with the groups as index ranges.
import type { EvidenceFile, Pattern } from '../../runbook/index.js'
import type { TemplatePart } from './go-template.js'

/** One expected argv element as written in the scenario. */
export type ArgvPattern =
  | { kind: 'literal'; text: string }
  | { kind: 'any'; text: string }
  | { kind: 'regex'; text: string; source: string; regex: Pattern }
  /** Matches its text literally, or its rendering over vars and captures (cli-replay: literally only). */
  | { kind: 'template'; text: string; parts: TemplatePart[] }

/** A response stream: its template, and where it came from when it was a *_file. */
export interface ResponseText {
  parts: TemplatePart[]
  file?: string
}

export interface ScenarioStep {
  /** Position in the flat list of leaf steps (0-based), as cli-replay numbers them. */
  index: number
  argv: ArgvPattern[]
  /** Expected stdin; undefined or '' when stdin is not checked. */
  stdin?: string
  exit: number
  stdout: ResponseText
  stderr: ResponseText
  /** respond.delay in milliseconds (0 when absent or negative). */
  delayMs: number
  /** Literal values this step adds to the capture namespace. */
  captures: Record<string, string>
  min: number
  max: number
  /** Index into Scenario.groups when the step belongs to an unordered group. */
  group?: number
  /** Where the step is written: `steps[2]` or `steps[1].group.steps[0]`, and its line. */
  path: string
  line: number
}

export interface ScenarioGroup {
  name: string
  /** Flat index of the first step, and one past the last. */
  start: number
  end: number
}

export interface Scenario {
  format: 'cli-replay' | 'gert'
  /** The scenario file, as given. */
  file: string
  name: string
  description?: string
  vars: Record<string, string>
  allowedCommands: string[]
  denyEnvVars: string[]
  steps: ScenarioStep[]
  groups: ScenarioGroup[]
  /** gert scenarios carry their manual evidence inline. */
  evidence?: EvidenceFile
}

/** `kubectl get pods`, with matcher elements as written; how reports and messages name a step. */
export function stepLabel(step: ScenarioStep): string {
  return step.argv.map((a) => a.text).join(' ')
}
