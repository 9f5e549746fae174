// The debugger's core, shared by the REPL and the DAP server. The engine asks it before each step
// (EngineDeps.beforeStep); it stops there and waits for a command. It is also the run's manual
// provider: evidence and approvals typed at a stop are recorded by the engine when the step runs.
import type { GovernedStep } from '../engine/cli-step.js'
import { governStep } from '../engine/cli-step.js'
import type { EngineDeps } from '../engine/deps.js'
import type { TraceRecord } from '../engine/events.js'
import { instructionsOf } from '../engine/manual-step.js'
import { manualRequirements, missingFor } from '../engine/manual.js'
import type { RunState, StepResult } from '../engine/model.js'
import type { ManualProvider } from '../engine/providers.js'
import type { StepDirective, StepStop } from '../engine/step-control.js'
import { skipRefusal } from '../engine/step-control.js'
import type { Step } from '../runbook/index.js'
import type { DebugCommand } from './commands.js'
import { changesState, closest, parseCommand } from './commands.js'
import type { Queued } from './inputs.js'
import { queueApproval, queueEvidence, stillMissing } from './inputs.js'
import { manualCommand } from './manual-commands.js'
import { helpLines, readCommand } from './read-commands.js'

export interface Reply {
  lines: string[]
  error?: boolean
  /** The run moved on (next, continue, skip, snapshot, quit): wait for the next stop. */
  resumed?: boolean
  /** One more line is needed: the step id typed back to confirm a destructive step. */
  ask?: { prompt: string; answer: (text: string) => Reply }
}

export interface DebugOptions {
  /** Who runs the debugger: skips and typed confirmations are recorded under this name. */
  actor: string
  /** --as given on the command line: `approve` alone approves as this person, with `role`. */
  approver?: string
  role?: string
  /** Resolves attachment paths. */
  resolvePath(path: string): string
  /** Why a file cannot be attached, or undefined. */
  attachmentProblem(path: string): string | undefined
  /** Stop before the first step (default); false runs until a manual step or a breakpoint. */
  stopOnEntry?: boolean
}

/** The engine waiting before a step (with the deps it runs with). */
export interface Stopped extends StepStop {
  resolve(directive: StepDirective): void
}

export type SessionEvent = { kind: 'stopped'; why: string } | { kind: 'ended' }

export class DebugSession {
  readonly breakpoints = new Set<string>()
  readonly queued = new Map<string, Queued>()
  current: Stopped | undefined
  /** The last state the engine showed (at a stop, or after the last record folded). */
  lastState: RunState | undefined
  /** The run's step results so far (the engine's store holds them; the state only counts them). */
  history: readonly StepResult[] = []
  lastSnapshot: string | undefined
  private mode: 'step' | 'continue' = 'step'
  private stopAgain: string | undefined
  private confirmed: string | undefined
  private base: ManualProvider | undefined
  private lastDeps: EngineDeps | undefined
  private readonly prefetched = new Set<string>()
  private events: SessionEvent[] = []
  private waiter: ((e: SessionEvent) => void) | undefined

  constructor(readonly opts: DebugOptions) {
    if (opts.stopOnEntry === false) this.mode = 'continue'
  }

  /** The engine's hook: run the step at once, or stop and wait for a command. */
  async beforeStep(stop: StepStop): Promise<StepDirective> {
    this.lastState = stop.state
    this.history = stop.deps.store.history()
    this.lastDeps = stop.deps
    this.runbookSteps = stop.deps.runbook.steps
    await this.prefetch(stop)
    const why = await this.stopReason(stop)
    if (why === undefined) return { action: 'run' }
    return new Promise((resolve) => {
      this.current = { ...stop, resolve }
      // SIGINT or SIGTERM while stopped pauses the run, as quit does.
      stop.deps.signal.addEventListener('abort', () => {
        if (this.current?.resolve === resolve) this.quit()
      })
      this.publish({ kind: 'stopped', why })
    })
  }

  /** The run's redaction (its rules, denied environment values, secret vars), once it has stopped. */
  redact(text: string): string {
    return this.lastDeps?.redact(text) ?? text
  }

  /** Follows the trace (for the snapshot file name). */
  onRecord(record: TraceRecord): void {
    if (record.type === 'snapshot_written') this.lastSnapshot = record.file
  }

  /** The front end tells the session the engine has returned: the run finished or paused. */
  ended(state: RunState | undefined, history?: readonly StepResult[]): void {
    if (state !== undefined) this.lastState = state
    if (history !== undefined) this.history = history
    this.current = undefined
    this.publish({ kind: 'ended' })
  }

  /** The next stop, or the end of the run. */
  nextEvent(): Promise<SessionEvent> {
    const e = this.events.shift()
    if (e !== undefined) return Promise.resolve(e)
    return new Promise((resolve) => (this.waiter = resolve))
  }

  /**
   * The manual provider the run is given: what was typed at the stop (plus what `base`, an evidence
   * file or a scenario's evidence, supplied and was shown there), and typed confirmations.
   */
  manualOver(base: ManualProvider | undefined): ManualProvider {
    this.base = base
    return {
      collect: (req) => {
        const q = this.queued.get(req.step.id)
        this.queued.delete(req.step.id)
        return Promise.resolve({ evidence: q?.evidence ?? [], approvals: q?.approvals ?? [] })
      },
      confirm: async (req) =>
        this.confirmed === req.step.id
          ? { by: this.opts.actor, method: 'typed' as const }
          : ((await base?.confirm(req)) ?? undefined),
      close: () => base?.close?.()
    }
  }

  /** At a manual step, takes once what the base provider supplies, so it shows and counts. */
  private async prefetch(stop: StepStop): Promise<void> {
    const { step, state, deps } = stop
    if (this.base === undefined || step.type !== 'manual' || this.prefetched.has(step.id)) return
    this.prefetched.add(step.id)
    const req = manualRequirements(step, deps.runbook.meta.governance)
    const missing = missingFor(req, state.collected)
    const got = await this.base.collect({
      step,
      index: stop.index,
      instructions: instructionsOf(deps, state, step),
      missingEvidence: missing.evidence,
      approvalsNeeded: missing.approvalsNeeded,
      ...(req.approvals?.roles === undefined ? {} : { roles: req.approvals.roles })
    })
    const q = this.queued.get(step.id) ?? { evidence: [], approvals: [] }
    for (const e of got.evidence) queueEvidence(req, q, e)
    for (const a of got.approvals) queueApproval(req, q, a)
    this.queued.set(step.id, q)
  }

  /** Runs one command line. `mayChange` false (a DAP watch or hover) allows only reading. */
  async execute(line: string, mayChange = true): Promise<Reply> {
    const parsed = parseCommand(line)
    if (!parsed.ok) return fail(parsed.error)
    const c = parsed.command
    if (!mayChange && changesState(c))
      return fail(`'${c.kind}' changes the run: only the debug console may do that`)
    if (c.kind === 'empty') return { lines: [] }
    if (c.kind === 'help') return helpLines(c.topic)
    if (c.kind === 'break' || c.kind === 'delete' || c.kind === 'breakpoints')
      return this.breakCommand(c)
    const read = await readCommand(this, c)
    if (read !== undefined) return read
    const cur = this.current
    if (cur === undefined) return fail('the run is not stopped at a step')
    if (c.kind === 'evidence' || c.kind === 'approve') return manualCommand(this, cur, c)
    switch (c.kind) {
      case 'next':
      case 'continue':
        return this.go(cur, c.kind === 'next' ? 'step' : 'continue')
      case 'skip': {
        const refused = skipRefusal(cur.deps, cur.state, cur.step)
        if (refused !== undefined) return fail(`${refused}; nothing was recorded`)
        const reason = c.reason ?? 'no reason given'
        return this.resume({ action: 'skip', by: this.opts.actor, reason }, [])
      }
      case 'snapshot':
        this.stopAgain = 'snapshot written'
        return this.resume({ action: 'snapshot' }, [])
      case 'quit':
        return this.quit()
      default:
        return fail(`'${c.kind}' is not available here`)
    }
  }

  /** Pauses the run where it stands (quit, Ctrl-C, end of input). */
  quit(): Reply {
    const cur = this.current
    if (cur === undefined) return { lines: [], resumed: true }
    const q = this.queued.get(cur.step.id)
    const lost = (q?.evidence.length ?? 0) + (q?.approvals.length ?? 0)
    const note =
      lost === 0
        ? []
        : [
            `${lost} item(s) typed for step '${cur.step.id}' were not recorded: the step did not run`
          ]
    const reason = `quit in the debugger by ${this.opts.actor} before step '${cur.step.id}'`
    return this.resume({ action: 'pause', reason }, note)
  }

  /** Requirements of a step id, with "did you mean" for a typo. */
  findStep(id: string | undefined, deps: EngineDeps): { step: Step; index: number } | string {
    const steps = deps.runbook.steps
    if (id === undefined) {
      const cur = this.current
      if (cur === undefined) return 'the run is not stopped at a step: name one (print step ID)'
      return { step: cur.step, index: cur.index }
    }
    const index = steps.findIndex((s) => s.id === id)
    if (index >= 0) return { step: steps[index] as Step, index }
    const guess = closest(
      id,
      steps.map((s) => s.id)
    )
    return `no step '${id}'${guess === undefined ? '' : `; did you mean '${guess}'?`}`
  }

  private async go(cur: Stopped, mode: 'step' | 'continue'): Promise<Reply> {
    if (cur.step.type === 'manual') {
      const req = manualRequirements(cur.step, cur.deps.runbook.meta.governance)
      const missing = stillMissing(cur.state.collected, req, this.queued.get(cur.step.id))
      if (missing !== undefined)
        return fail(
          `step '${cur.step.id}' still needs ${missing}: give it with evidence set|check|attach and approve; nothing was run`
        )
    } else if (cur.state.collected.confirmed_by === undefined && this.confirmed !== cur.step.id) {
      const governed = await governStep(cur.deps, cur.state, cur.step, cur.index)
      if (governed.decision.confirmation_required) return this.askConfirmation(cur, governed, mode)
    }
    this.mode = mode
    return this.resume({ action: 'run' }, [])
  }

  private askConfirmation(cur: Stopped, governed: GovernedStep, mode: 'step' | 'continue'): Reply {
    const d = governed.decision
    const why =
      d.destructive === undefined ? 'asks for confirmation' : `is destructive (${d.destructive})`
    return {
      lines: [
        `step '${cur.step.id}' ${why}: ${governed.rendered.argv.map(cur.deps.redact).join(' ')}`
      ],
      ask: {
        prompt: `Type the step id '${cur.step.id}' to run it (anything else: not run): `,
        answer: (text) => {
          if (text.trim() !== cur.step.id)
            return fail(`'${text.trim()}' is not the step id; nothing was run.`)
          this.confirmed = cur.step.id
          this.mode = mode
          return this.resume({ action: 'run' }, [])
        }
      }
    }
  }

  private resume(directive: StepDirective, lines: string[]): Reply {
    const cur = this.current
    this.current = undefined
    cur?.resolve(directive)
    return { lines, resumed: true }
  }

  private breakCommand(
    c: Extract<DebugCommand, { kind: 'break' | 'delete' | 'breakpoints' }>
  ): Reply {
    if (c.kind === 'breakpoints') {
      const list = [...this.breakpoints]
      return { lines: list.length === 0 ? ['(no breakpoints)'] : list.map((id) => `break ${id}`) }
    }
    const ids = this.stepIds()
    if (!ids.includes(c.stepId)) {
      const guess = closest(c.stepId, ids)
      return fail(`no step '${c.stepId}'${guess === undefined ? '' : `; did you mean '${guess}'?`}`)
    }
    if (c.kind === 'break') {
      this.breakpoints.add(c.stepId)
      return { lines: [`breakpoint before step '${c.stepId}'`] }
    }
    if (!this.breakpoints.delete(c.stepId)) return fail(`there is no breakpoint on '${c.stepId}'`)
    return { lines: [`breakpoint on '${c.stepId}' deleted`] }
  }

  /** Step ids of the runbook (for completion and checks). */
  stepIds(): string[] {
    return this.runbookSteps.map((s) => s.id)
  }

  /** Set by the face once the runbook is loaded. */
  runbookSteps: readonly Step[] = []

  private async stopReason(stop: StepStop): Promise<string | undefined> {
    if (this.stopAgain !== undefined) {
      const why = this.stopAgain
      this.stopAgain = undefined
      return why
    }
    if (this.mode === 'step') return 'step'
    if (this.breakpoints.has(stop.step.id)) return 'breakpoint'
    if (stop.step.type === 'manual') return 'manual step'
    if (stop.state.collected.confirmed_by !== undefined) return undefined
    const governed = await governStep(stop.deps, stop.state, stop.step, stop.index)
    return governed.decision.confirmation_required ? 'confirmation needed' : undefined
  }

  private publish(e: SessionEvent): void {
    const w = this.waiter
    this.waiter = undefined
    if (w !== undefined) w(e)
    else this.events.push(e)
  }
}

export function fail(message: string): Reply {
  return { lines: [message], error: true }
}
