// Reading a scenario and its replay evidence from disk: thin wrappers around the pure parsers.
// Evidence comes from --evidence-file, else SCENARIO.evidence.yaml beside the scenario, else (gert)
// the evidence written inside the scenario.
import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { Diagnostic, EvidenceFile } from '../../runbook/index.js'
import { fileDiagnostic, parseEvidenceFile } from '../../runbook/index.js'
import type { EvidenceFileOptions } from '../../runbook/index.js'
import { attachmentProblem } from '../attachment-check.js'
import type { Scenario } from './scenario-model.js'
import type { ScenarioParse } from './scenario-parse.js'
import { parseScenarioText } from './scenario-parse.js'
import type { FileRead } from './scenario-rules.js'

export interface LoadedScenario {
  /** Present when scenario and evidence file have no error. */
  scenario?: Scenario
  /** Evidence for manual steps with replay_mode: reuse_evidence (empty when there is none). */
  evidence: EvidenceFile
  /** Where the evidence came from: a file path, or the scenario itself (gert); absent when none. */
  evidenceSource?: string
  diagnostics: Diagnostic[]
}

/** `x/scenario.yaml` -> `x/scenario.evidence.yaml`: where replay looks for evidence by default. */
export function evidencePathFor(scenarioPath: string): string {
  return /\.ya?ml$/i.test(scenarioPath)
    ? scenarioPath.replace(/\.ya?ml$/i, '.evidence.yaml')
    : `${scenarioPath}.evidence.yaml`
}

/** Reads and parses a scenario file. Never throws for a missing or unreadable file. */
export async function readScenarioFile(path: string): Promise<ScenarioParse> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    return { diagnostics: [fileDiagnostic(path, err)] }
  }
  const dir = dirname(path)
  return parseScenarioText(text, path, {
    readFile: (rel) => readRelative(dir, rel),
    resolvePath: (rel) => resolve(dir, rel)
  })
}

/** Loads a scenario plus its evidence (`evidenceFile` overrides SCENARIO.evidence.yaml). */
export async function loadReplayScenario(
  path: string,
  opts: {
    evidenceFile?: string
    /** Checks of the evidence against the runbook it is for (see parseEvidenceFile). */
    checkEvidence?: EvidenceFileOptions['check']
  } = {}
): Promise<LoadedScenario> {
  const parsed = await readScenarioFile(path)
  const beside = evidencePathFor(path)
  const file = opts.evidenceFile ?? (existsSync(beside) ? beside : undefined)
  if (file === undefined) {
    const inline = parsed.scenario?.evidence
    return {
      ...parsed,
      evidence: inline ?? {},
      ...(inline === undefined ? {} : { evidenceSource: path })
    }
  }
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    return { diagnostics: [...parsed.diagnostics, fileDiagnostic(file, err)], evidence: {} }
  }
  const evidence = parseEvidenceFile(text, file, {
    resolvePath: (p) => resolve(dirname(file), p),
    attachmentProblem,
    ...(opts.checkEvidence === undefined ? {} : { check: opts.checkEvidence })
  })
  if (!evidence.ok)
    return { diagnostics: [...parsed.diagnostics, ...evidence.diagnostics], evidence: {} }
  return { ...parsed, evidence: evidence.inputs, evidenceSource: file }
}

function readRelative(dir: string, rel: string): FileRead {
  // Like cli-replay (filepath.Join), the path is joined under the scenario's directory.
  const path = join(dir, rel)
  try {
    return { ok: true, text: readFileSync(path, 'utf8'), path }
  } catch (err) {
    return { ok: false, reason: fileDiagnostic(path, err).message }
  }
}
