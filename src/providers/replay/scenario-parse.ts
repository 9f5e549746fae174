// Reading a scenario in stages, collecting every diagnostic: YAML with positions -> values decoded
// as cli-replay's Go loader decodes them -> JSON Schema -> cli-replay's semantic rules (and
// replay's own). Pure: response files are read through the injected `readFile`.
import type { Diagnostic, YamlSource } from '../../runbook/index.js'
import { parseYamlSource, sortDiagnostics } from '../../runbook/index.js'
import { buildGertScenario, GERT_SHAPE, isGertDocument } from './gert-scenario.js'
import type { Shape } from './go-yaml.js'
import { decodeLikeGo } from './go-yaml.js'
import { buildCliReplayScenario } from './scenario-build.js'
import type { Scenario } from './scenario-model.js'
import type { FileRead } from './scenario-rules.js'
import { SCENARIO_RULES } from './scenario-rules.js'
import { checkCliReplaySchema, checkGertSchema } from './scenario-schema.js'
import type { Raw } from './scenario-walk.js'
import { obj, str, walkScenario } from './scenario-walk.js'

export interface ScenarioParse {
  /** Present when there is no error (warnings allowed). */
  scenario?: Scenario
  diagnostics: Diagnostic[]
}

export interface ScenarioIo {
  /** Reads a stdout_file / stderr_file, relative to the scenario's directory. */
  readFile: (relPath: string) => FileRead
  /** Resolves a path written in the scenario (gert attachments) against its directory. */
  resolvePath: (relPath: string) => string
  /** Name for a gert scenario, which has no meta.name (default: the file name). */
  name?: string
}

const LEAF: Shape = {
  fields: {
    match: { fields: { argv: { list: 'string' }, stdin: 'string' } },
    respond: {
      fields: {
        exit: 'int',
        stdout: 'string',
        stderr: 'string',
        stdout_file: 'string',
        stderr_file: 'string',
        delay: 'string',
        capture: { dict: 'string' }
      }
    },
    calls: { fields: { min: 'int', max: 'int' } },
    when: 'string'
  }
}
const GROUP: Shape = {
  fields: {
    group: {
      fields: {
        mode: 'string',
        name: 'string',
        steps: { list: { choose: (v) => ('group' in v ? 'any' : LEAF) } }
      }
    }
  }
}
const CLI_REPLAY_SHAPE: Shape = {
  fields: {
    meta: {
      fields: {
        name: 'string',
        description: 'string',
        vars: { dict: 'string' },
        security: {
          fields: { allowed_commands: { list: 'string' }, deny_env_vars: { list: 'string' } }
        },
        session: { fields: { ttl: 'string' } }
      }
    },
    steps: { list: { choose: (v) => ('group' in v ? GROUP : LEAF) } }
  }
}

/** Parses scenario text (cli-replay's format, or gert's); `file` names it in diagnostics. */
export function parseScenarioText(text: string, file: string, io: ScenarioIo): ScenarioParse {
  const clean = text.replace(/^\uFEFF/, '')
  const parsed = parseYamlSource(clean, file)
  if (!parsed.ok) return { diagnostics: sortDiagnostics(parsed.diagnostics) }
  const top = obj(parsed.source.value)
  if (top === undefined) {
    const message =
      'expected a mapping: a cli-replay scenario (meta, steps) or a gert one (commands)'
    return { diagnostics: [parsed.source.diag('schema-type', 'error', message, [])] }
  }
  return isGertDocument(top)
    ? parseGert(clean, parsed.source, io)
    : parseCliReplay(clean, parsed.source, io)
}

function parseCliReplay(text: string, parsed: YamlSource, io: ScenarioIo): ScenarioParse {
  const doc = obj(decodeLikeGo(text, CLI_REPLAY_SHAPE, parsed.document)) ?? {}
  const source: YamlSource = { ...parsed, value: doc }
  const { leaves, groups } = walkScenario(doc)
  const files = new Map<string, FileRead>()
  for (const { step } of leaves)
    for (const stream of ['stdout', 'stderr']) {
      const ref = str(obj(step.respond)?.[`${stream}_file`])
      if (ref !== undefined && ref !== '' && !files.has(ref)) files.set(ref, io.readFile(ref))
    }
  const ctx = { doc, source, leaves, groups, files }
  const diagnostics = sortDiagnostics([
    ...checkCliReplaySchema(source),
    ...SCENARIO_RULES.flatMap((rule) => rule(ctx))
  ])
  return hasError(diagnostics)
    ? { diagnostics }
    : { scenario: buildCliReplayScenario(doc, source, files), diagnostics }
}

function parseGert(text: string, parsed: YamlSource, io: ScenarioIo): ScenarioParse {
  const doc: Raw = obj(decodeLikeGo(text, GERT_SHAPE, parsed.document)) ?? {}
  const source: YamlSource = { ...parsed, value: doc }
  const diagnostics = sortDiagnostics(checkGertSchema(source))
  const commands = Array.isArray(doc.commands) ? doc.commands : []
  if (commands.length === 0 && Object.keys(obj(doc.evidence) ?? {}).length === 0)
    diagnostics.push(
      source.diag(
        'scenario-gert-empty',
        'error',
        'a gert scenario needs at least one command or evidence entry',
        []
      )
    )
  if (hasError(diagnostics)) return { diagnostics }
  const name = io.name ?? source.file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '')
  return { scenario: buildGertScenario(doc, source, name, io.resolvePath), diagnostics }
}

function hasError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}
