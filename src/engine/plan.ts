// Dry-run: the plan of a run without running anything. Each step with its rendered argv, the
// governance decision, and what confirmation, evidence and approvals it would need.
import type { RunbookV0 } from '../runbook/index.js'
import type { EngineDeps } from './deps.js'
import { confirmationReason } from './governance.js'
import { stepVerdict } from './step-verdict.js'
import { manualRequirements } from './manual.js'
import { renderCliStep, renderString } from './render.js'
import type { Lookup } from './render.js'
import { planGuard, planOutcome } from './plan-guards.js'
import type { PlannedGuard } from './plan-guards.js'

export interface PlannedStep {
  index: number
  id: string
  type: 'cli' | 'manual'
  title?: string
  /** The step's guard, and what the vars alone say of it. */
  guard?: PlannedGuard
  /**
   * yes: it runs (no guard, or the vars make it true); no: not taken; decided at run time; not
   * reached: an earlier step that runs ends the run with an outcome, for these vars.
   */
  runs: 'yes' | 'no' | 'at run time' | 'not reached'
  /** The outcome this step ends the run with when it passes, for these vars. */
  ends?: { state: string; when?: string }
  /** For a step not reached: the step whose outcome ends the run before it. */
  ended_by?: string
  argv?: string[]
  resolved_path?: string
  decision?: 'allowed' | 'denied'
  reason?: string
  confirmation?: string
  timeout_ms?: number
  instructions?: string
  evidence?: { name: string; kind: string; items?: string[] }[]
  approvals?: { min: number; roles?: string[] }
}

export interface Plan {
  runbook: string
  vars: Record<string, string>
  steps: PlannedStep[]
  /** True when governance would refuse some step. */
  refused: boolean
}

type PlanDeps = Pick<EngineDeps, 'cli' | 'classify' | 'redact' | 'env' | 'cwd' | 'joinPath'>

/** Builds the plan. Values captured at run time are shown as <capture NAME from STEP>. */
export async function planRun(
  runbook: RunbookV0,
  vars: Record<string, string>,
  deps: PlanDeps
): Promise<Plan> {
  const owner = new Map<string, string>()
  runbook.steps.forEach((s) => Object.keys(s.capture ?? {}).forEach((c) => owner.set(c, s.id)))
  const lookup: Lookup = (name) => vars[name] ?? `<capture ${name} from ${owner.get(name) ?? '?'}>`
  const steps: PlannedStep[] = []
  const notTaken = new Set<string>()
  let endedBy: string | undefined
  for (const [index, step] of runbook.steps.entries()) {
    const when = step.when
    const guard =
      when === undefined || endedBy !== undefined
        ? undefined
        : planGuard(runbook, { ...step, when }, vars, notTaken, deps.redact)
    const runs =
      endedBy !== undefined
        ? 'not reached'
        : guard === undefined
          ? 'yes'
          : guard.result === undefined
            ? 'at run time'
            : guard.result
              ? 'yes'
              : 'no'
    if (runs === 'no') notTaken.add(step.id)
    const ends =
      runs === 'yes' ? planOutcome(runbook, step, vars, notTaken, deps.redact) : undefined
    const base = {
      index,
      id: step.id,
      type: step.type,
      ...(step.title === undefined ? {} : { title: step.title }),
      ...(guard === undefined ? {} : { guard }),
      runs,
      ...(ends === undefined ? {} : { ends }),
      ...(endedBy === undefined ? {} : { ended_by: endedBy })
    } as const
    if (ends !== undefined) endedBy = step.id
    if (step.type === 'manual') {
      const req = manualRequirements(step, runbook.meta.governance)
      steps.push({
        ...base,
        instructions: deps.redact(renderString(step.instructions ?? '', lookup)),
        evidence: req.evidence.map((e) => ({
          name: e.name,
          kind: e.kind,
          ...(e.items === undefined ? {} : { items: e.items })
        })),
        ...(req.approvals === undefined ? {} : { approvals: req.approvals })
      })
      continue
    }
    const rendered = renderCliStep(runbook, step, lookup)
    const { argv0, resolved, verdict, destructive, unreadable } = await stepVerdict(
      deps,
      runbook.meta.governance,
      step,
      rendered
    )
    const confirmation =
      destructive !== undefined || unreadable !== undefined || step.confirm === true
        ? confirmationReason({ destructive, unreadable })
        : undefined
    steps.push({
      ...base,
      argv: rendered.argv.map(deps.redact),
      ...(resolved.path === undefined ? {} : { resolved_path: deps.redact(resolved.path) }),
      decision: verdict.decision,
      reason: deps.redact(
        verdict.decision === 'denied'
          ? verdict.reason
          : (resolved.cwdProblem ??
              (resolved.path === undefined ? `command not found: ${argv0}` : verdict.reason))
      ),
      ...(confirmation === undefined ? {} : { confirmation: deps.redact(confirmation) }),
      ...(rendered.timeoutMs === undefined ? {} : { timeout_ms: rendered.timeoutMs })
    })
  }
  return {
    runbook: runbook.meta.name,
    vars: Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, deps.redact(v)])),
    steps,
    refused: steps.some((s) => s.decision === 'denied')
  }
}
