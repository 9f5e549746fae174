// How a run's final state is reported: the exit code, and for a paused run the exact command that
// continues it.
import type { RunState } from '../engine/model.js'
import type { RunbookV0 } from '../runbook/index.js'
import { optionValues } from '../runbook/index.js'
import { ExitCode } from './exit-codes.js'
import { shellQuote } from './progress.js'

/** Where run directories go unless --runs-dir says otherwise. */
export const DEFAULT_RUNS_DIR = '.runbook/runs'

/** The exit code of a run that stopped in `state`; `governance` tells a refused command apart. */
export function exitCodeFor(state: RunState, failure: string | undefined): number {
  switch (state.status) {
    case 'passed':
      return ExitCode.Ok
    // Only a person ends a run as cancelled (resume --cancel, an issue): it did what was asked.
    case 'cancelled':
      return ExitCode.Ok
    case 'paused':
      return ExitCode.Paused
    case 'running':
      return ExitCode.Paused
    default:
      return failure === 'governance' ? ExitCode.GovernanceViolation : ExitCode.StepFailed
  }
}

/**
 * The `runbook resume` command that supplies what a paused run waits for, including what resume
 * always needs again: the vars stored redacted and, for a replay, the scenario.
 */
export function resumeHint(
  state: RunState,
  runbook: RunbookV0,
  runsDirFlag: string | undefined,
  scenario?: string,
  program = 'runbook'
): string {
  const pending = state.pending
  const custom = runsDirFlag !== undefined && runsDirFlag !== DEFAULT_RUNS_DIR
  const head = `${program} resume ${state.run_id}${custom ? ` --runs-dir ${shellQuote(runsDirFlag)}` : ''}`
  const args: string[] = state.redacted_vars.map((name) => `--var ${name}=VALUE`)
  if (state.mode === 'replay') args.push(`--scenario ${shellQuote(scenario ?? 'SCENARIO.yaml')}`)
  if (pending === undefined) return [head, ...args].join(' \\\n    ')
  const step = runbook.steps[pending.step_index]
  for (const name of pending.evidence) {
    const spec = step?.required_evidence?.find((e) => e.name === name) ?? { kind: 'text', name }
    const ticked = state.collected.evidence[name]?.items ?? []
    if (spec.kind === 'checklist') {
      for (const item of spec.items ?? []) {
        if (!ticked.includes(item)) args.push(`--check ${shellQuote(`${name}=${item}`)}`)
      }
    } else if (spec.kind === 'attachment') args.push(`--attach ${name}=PATH`)
    else if (spec.kind === 'choice' || step?.choices?.variable === name) {
      const options = optionValues(spec.options ?? step?.choices?.options)
      args.push(`--choose ${name}=${options.length > 0 ? options.join('|') : 'VALUE'}`)
    } else args.push(`--evidence ${name}=VALUE`)
  }
  if (pending.kind === 'confirmation' || pending.approvals_needed > 0) {
    args.push(
      `--approve --as NAME${pending.roles === undefined ? '' : ` --role ${pending.roles[0] ?? 'ROLE'}`}`
    )
  }
  return [head, ...args].join(' \\\n    ')
}
