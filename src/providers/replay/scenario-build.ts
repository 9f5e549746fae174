// Turns a checked scenario document (no errors left) into the flat in-memory Scenario: argv
// patterns compiled, response templates parsed (file contents included), call bounds resolved.
import type { DocPath, YamlSource } from '../../runbook/index.js'
import { formatPath } from '../../runbook/index.js'
import { compileArgv } from './argv-pattern.js'
import { parseGoDuration } from './go-duration.js'
import { parseGoTemplate } from './go-template.js'
import type { ResponseText, Scenario, ScenarioStep } from './scenario-model.js'
import type { FileRead } from './scenario-rules.js'
import type { Raw } from './scenario-walk.js'
import { callBounds, int, obj, str, walkScenario } from './scenario-walk.js'

/** Builds the Scenario of a cli-replay document. */
export function buildCliReplayScenario(
  doc: Raw,
  source: YamlSource,
  files: ReadonlyMap<string, FileRead>
): Scenario {
  const meta = obj(doc.meta) ?? {}
  const security = obj(meta.security) ?? {}
  const { leaves, groups } = walkScenario(doc)
  const steps = leaves.map(({ step, path, flat, group }): ScenarioStep => {
    const match = obj(step.match) ?? {}
    const respond = obj(step.respond) ?? {}
    const delay = parseGoDuration(str(respond.delay) || '0')
    const stdin = str(match.stdin)
    return {
      index: flat,
      argv: compileArgv(strings(match.argv)),
      ...(stdin === undefined || stdin === '' ? {} : { stdin }),
      exit: int(respond.exit) ?? 0,
      stdout: response(respond, 'stdout', files),
      stderr: response(respond, 'stderr', files),
      delayMs: delay.ok ? Math.max(0, delay.ms) : 0,
      captures: stringMap(respond.capture),
      ...callBounds(step),
      ...(group === undefined ? {} : { group }),
      ...located(source, path)
    }
  })
  const description = str(meta.description)
  return {
    format: 'cli-replay',
    file: source.file,
    name: str(meta.name) ?? '',
    ...(description === undefined || description === '' ? {} : { description }),
    vars: stringMap(meta.vars),
    allowedCommands: strings(security.allowed_commands),
    denyEnvVars: strings(security.deny_env_vars),
    steps,
    groups: groups.map(({ name, start, end }) => ({ name, start, end }))
  }
}

/** Path text and line of a document node. */
export function located(source: YamlSource, path: DocPath): { path: string; line: number } {
  return { path: formatPath(path), line: source.locate(path).line }
}

function response(
  respond: Raw,
  stream: 'stdout' | 'stderr',
  files: ReadonlyMap<string, FileRead>
): ResponseText {
  const ref = str(respond[`${stream}_file`])
  const read = ref === undefined || ref === '' ? undefined : files.get(ref)
  const text = read?.ok === true ? read.text : (str(respond[stream]) ?? '')
  const parsed = parseGoTemplate(text)
  const parts = parsed.ok ? parsed.parts : [{ kind: 'text' as const, text }]
  return read?.ok === true ? { parts, file: read.path } : { parts }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(obj(value) ?? {})) if (typeof v === 'string') out[k] = v
  return out
}
