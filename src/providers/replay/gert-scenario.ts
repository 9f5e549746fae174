// The Go peer gert's replay scenario: `commands: [{argv, stdout, stderr, exit_code}]` plus
// `evidence: {step_id: {name: {kind, value | items | path}}}`. Normalised to the same Scenario as
// cli-replay's format: one step per command, in order, each called exactly once, argv compared
// literally and outputs returned verbatim (gert renders no templates); the evidence becomes the
// evidence-file model that manual steps with replay_mode: reuse_evidence read.
import type { EvidenceFile, EvidenceInput, YamlSource } from '../../runbook/index.js'
import type { Shape } from './go-yaml.js'
import type { Scenario } from './scenario-model.js'
import { located } from './scenario-build.js'
import type { Raw } from './scenario-walk.js'
import { int, obj, str } from './scenario-walk.js'

export const GERT_SHAPE: Shape = {
  fields: {
    commands: {
      list: {
        fields: { argv: { list: 'string' }, stdout: 'string', stderr: 'string', exit_code: 'int' }
      }
    },
    evidence: {
      dict: {
        dict: {
          fields: {
            kind: 'string',
            value: 'string',
            items: 'any',
            path: 'string',
            sha256: 'string'
          }
        }
      }
    }
  }
}

/** True when a document has gert's top-level keys rather than cli-replay's. */
export function isGertDocument(doc: Raw): boolean {
  return ('commands' in doc || 'evidence' in doc) && !('meta' in doc) && !('steps' in doc)
}

/** Builds the Scenario of a checked gert document; `name` stands in for cli-replay's meta.name. */
export function buildGertScenario(
  doc: Raw,
  source: YamlSource,
  name: string,
  resolvePath: (p: string) => string
): Scenario {
  const commands = Array.isArray(doc.commands) ? doc.commands : []
  const steps = commands.map((c, index) => {
    const cmd = obj(c) ?? {}
    const argv = Array.isArray(cmd.argv) ? cmd.argv.map(String) : []
    return {
      index,
      argv: argv.map((text) => ({ kind: 'literal' as const, text })),
      exit: int(cmd.exit_code) ?? 0,
      stdout: { parts: [{ kind: 'text' as const, text: str(cmd.stdout) ?? '' }] },
      stderr: { parts: [{ kind: 'text' as const, text: str(cmd.stderr) ?? '' }] },
      delayMs: 0,
      captures: {},
      min: 1,
      max: 1,
      ...located(source, ['commands', index])
    }
  })
  return {
    format: 'gert',
    file: source.file,
    name,
    vars: {},
    allowedCommands: [],
    denyEnvVars: [],
    steps,
    groups: [],
    evidence: gertEvidence(obj(doc.evidence) ?? {}, resolvePath)
  }
}

function gertEvidence(evidence: Raw, resolvePath: (p: string) => string): EvidenceFile {
  const out: EvidenceFile = {}
  for (const [stepId, byName] of Object.entries(evidence)) {
    const items: EvidenceInput[] = Object.entries(obj(byName) ?? {}).map(([name, raw]) => {
      const v = obj(raw) ?? {}
      if (v.kind === 'checklist') {
        const ticked = Object.entries(obj(v.items) ?? {}).filter(([, on]) => on === true)
        return { name, kind: 'checklist', items: ticked.map(([item]) => item) }
      }
      if (v.kind === 'attachment')
        return { name, kind: 'attachment', path: resolvePath(str(v.path) ?? '') }
      if (v.kind === 'choice') return { name, kind: 'choice', value: str(v.value) ?? '' }
      return { name, kind: 'text', value: str(v.value) ?? '' }
    })
    out[stepId] = { evidence: items, approvals: [] }
  }
  return out
}
