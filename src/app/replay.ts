// Replay for every face: loading a scenario with its evidence, folding its security into the
// runbook's governance, and building the providers that answer cli and manual steps from it.
import { isAbsolute, relative, resolve } from 'node:path'
import type { ManualProvider } from '../engine/providers.js'
import type { Redactor } from '../engine/output/index.js'
import type { LoadedScenario } from '../providers/replay/index.js'
import {
  loadReplayScenario,
  ReplayCliProvider,
  ReplayManualProvider,
  withScenarioGovernance
} from '../providers/replay/index.js'
import { systemClock } from '../providers/system-clock.js'
import type { RunbookV0 } from '../runbook/index.js'
import { AppError } from './errors.js'
import { evidenceChecksFor } from './evidence-check.js'
import type { AppIo } from './ports.js'

export interface ReplaySource {
  /** The cli-replay scenario, relative to the working directory. */
  scenario?: string
  /** Evidence for manual steps instead of SCENARIO.evidence.yaml. */
  evidenceFile?: string
  /** Honour the scenario's response delays. */
  delay: boolean
}

export interface LoadedReplay {
  /** The runbook with the scenario's security folded into its governance. */
  runbook: RunbookV0
  scenario: LoadedScenario
}

/** Loads the scenario (and its evidence) and intersects its governance with the runbook's. */
export async function loadReplay(
  runbook: RunbookV0,
  source: ReplaySource,
  io: Pick<AppIo, 'cwd' | 'warn'>
): Promise<LoadedReplay> {
  if (source.scenario === undefined)
    throw new AppError(
      'invalid-input',
      'a replay run needs its scenario: give --scenario SCENARIO.yaml'
    )
  const loaded = await loadReplayScenario(resolve(io.cwd, source.scenario), {
    checkEvidence: evidenceChecksFor(runbook),
    ...(source.evidenceFile === undefined
      ? {}
      : { evidenceFile: resolve(io.cwd, source.evidenceFile) })
  })
  // Files are read by absolute path; name them as the user would, relative to where they are.
  const diagnostics = loaded.diagnostics.map((d) => ({ ...d, file: shownPath(io.cwd, d.file) }))
  if (loaded.scenario === undefined || diagnostics.some((d) => d.severity === 'error'))
    throw new AppError('invalid-input', '', diagnostics)
  io.warn(diagnostics)
  const g = withScenarioGovernance(runbook, loaded.scenario)
  if (g.refused !== undefined) throw new AppError('governance', g.refused)
  return { runbook: g.runbook, scenario: loaded }
}

/** The replay providers: cli steps answered from the scenario, manual steps from its evidence. */
export function replayProviders(
  replay: LoadedReplay,
  source: ReplaySource,
  redactor: Redactor,
  env: AppIo['env'],
  fallback: ManualProvider | undefined
): { cli: ReplayCliProvider; manual: ReplayManualProvider } {
  const scenario = replay.scenario.scenario
  if (scenario === undefined) throw new Error('replayProviders needs a loaded scenario')
  const cli = new ReplayCliProvider(scenario, {
    clock: systemClock,
    noDelay: !source.delay,
    env,
    denyEnvVars: replay.runbook.meta.governance?.deny_env_vars ?? [],
    redact: (t) => redactor.redactText(t)
  })
  const manual = new ReplayManualProvider({
    evidence: replay.scenario.evidence,
    ...(replay.scenario.evidenceSource === undefined
      ? {}
      : { source: replay.scenario.evidenceSource }),
    ...(fallback === undefined ? {} : { fallback })
  })
  return { cli, manual }
}

/** `file` relative to `cwd` when it lies below it, else as it is. */
function shownPath(cwd: string, file: string): string {
  const rel = relative(cwd, file)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file
}
