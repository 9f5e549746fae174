// Assembles the engine's dependencies for a real or replayed run: the redactor, output collectors
// (with the full copy when store_full_stdout is on), the destructive classifier, providers and the
// listener. Shared by every face through the application layer.
import { resolve } from 'node:path'
import type { EngineDeps } from '../engine/deps.js'
import type { TraceRecord } from '../engine/events.js'
import { compileRedactor, OutputCollector } from '../engine/output/index.js'
import type { Redactor } from '../engine/output/index.js'
import type { RunStore } from '../engine/ports.js'
import type { CliProvider, ManualProvider } from '../engine/providers.js'
import { systemClock } from '../providers/system-clock.js'
import type { RunbookV0 } from '../runbook/index.js'
import { classifyCommand } from '../runbook/safety/index.js'

/** Builds the redactor for a runbook: its redact rules plus the denied environment values. */
export function runbookRedactor(runbook: RunbookV0, secrets: readonly string[]): Redactor {
  const compiled = compileRedactor(runbook.meta.governance?.redact ?? [], secrets)
  // validate has already compiled every pattern; a failure here is a bug, not bad input.
  if (!compiled.ok) throw new Error(`redaction rules do not compile: ${compiled.errors.join('; ')}`)
  return compiled.redactor
}

/** Names the destructive pattern an argv matches (for the two-step confirmation), or undefined. */
export function destructiveReason(argv: readonly string[]): string | undefined {
  const c = classifyCommand(argv)
  return c.level === 'destructive' ? `${c.rule} (${c.reason})` : undefined
}

export interface DepsInput {
  runbook: RunbookV0
  store: RunStore
  cli: CliProvider
  manual: ManualProvider
  redactor: Redactor
  env: Readonly<Record<string, string | undefined>>
  cwd: string
  actor: string
  signal: AbortSignal
  onRecord?: (record: TraceRecord) => void
  beforeStep?: EngineDeps['beforeStep']
}

/** The engine dependencies for one invocation. */
export function engineDeps(input: DepsInput): EngineDeps {
  const { runbook, store, redactor } = input
  const storeFull = runbook.meta.governance?.evidence?.store_full_stdout === true
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(input.env)) if (v !== undefined) env[k] = v
  return {
    runbook,
    store,
    clock: systemClock,
    cli: input.cli,
    manual: input.manual,
    outputs: (stepId, attempt) => ({
      collector: async (stream, needles) => {
        const sink = storeFull ? await store.openOutput(stepId, stream, attempt) : undefined
        return new OutputCollector({ redactor, needles, ...(sink === undefined ? {} : { sink }) })
      }
    }),
    redact: (text) => redactor.redactText(text),
    classify: destructiveReason,
    joinPath: (base, rel) => resolve(base, rel),
    env,
    cwd: input.cwd,
    actor: input.actor,
    signal: input.signal,
    ...(input.onRecord === undefined ? {} : { onRecord: input.onRecord }),
    ...(input.beforeStep === undefined ? {} : { beforeStep: input.beforeStep })
  }
}

/** Who is running: --as, else RUNBOOK_ACTOR, GITHUB_ACTOR or USER (blank ones skipped); undefined when none says. */
export function knownActor(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>
): string | undefined {
  return [flag, env.RUNBOOK_ACTOR, env.GITHUB_ACTOR, env.USER, env.USERNAME].find(
    (name): name is string => name !== undefined && name.trim() !== ''
  )
}

/** Who is running, as recorded in the trace: knownActor, else 'unknown'. */
export function actorName(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>
): string {
  return knownActor(flag, env) ?? 'unknown'
}
