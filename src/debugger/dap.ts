// The debugger over the Debug Adapter Protocol (@vscode/debugadapter), for VS Code or any DAP
// client: breakpoints on a step's line in the YAML, step over = next, continue, Variables (vars,
// captures, the current step's evidence), the call stack = the current step, and evaluate taking
// REPL commands. Only the debug console (context 'repl') may change state; watches and hovers read.
import {
  ContinuedEvent,
  DebugSession as DapSession,
  InitializedEvent,
  OutputEvent,
  Scope,
  Source,
  StackFrame,
  StoppedEvent,
  TerminatedEvent,
  Thread
} from '@vscode/debugadapter'
import type { DebugProtocol } from '@vscode/debugprotocol'
import { manualRequirements } from '../engine/manual.js'
import { withQueued } from './inputs.js'
import type { DebugSession, Reply } from './session.js'

const THREAD = 1
const SCOPES = ['vars', 'captures', 'evidence'] as const

/** What launch asks for (launch.json); the face turns it into a run. */
export interface LaunchArgs extends DebugProtocol.LaunchRequestArguments {
  program?: string
  mode?: 'real' | 'replay'
  scenario?: string
  vars?: Record<string, string>
  as?: string
  role?: string
  runsDir?: string
  evidenceFile?: string
  resume?: string
  stopOnEntry?: boolean
}

/** The face's part: start the debugged run; resolves when it has ended, with lines to show. */
export interface DapLauncher {
  /** Loads the runbook (for step lines) and returns the session, or an error message. */
  prepare(
    args: LaunchArgs
  ): Promise<{ session: DebugSession; file: string; stepLines: number[] } | string>
  /** Drives the run; output goes to `out`; resolves with the closing lines when it ends. */
  run(out: (text: string) => void): Promise<string[]>
}

export class RunbookDapAdapter extends DapSession {
  private session: DebugSession | undefined
  private file = ''
  private stepLines: number[] = []
  private pendingBreakpoints: number[] = []
  private configured!: () => void
  private readonly configurationDone = new Promise<void>((resolve) => (this.configured = resolve))
  private ask: Reply['ask']
  private stops = 0

  constructor(private readonly launcher: DapLauncher) {
    super()
    this.setDebuggerLinesStartAt1(true)
    this.setDebuggerColumnsStartAt1(true)
  }

  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = {
      supportsConfigurationDoneRequest: true,
      supportsEvaluateForHovers: true,
      supportTerminateDebuggee: false
    }
    this.sendResponse(response)
  }

  protected override configurationDoneRequest(
    response: DebugProtocol.ConfigurationDoneResponse
  ): void {
    this.configured()
    this.sendResponse(response)
  }

  protected override launchRequest(response: DebugProtocol.LaunchResponse, args: LaunchArgs): void {
    this.guard(response, this.launch(response, args))
  }

  /** Runs a request's async work; an unexpected error becomes the request's error, not a crash. */
  private guard(response: DebugProtocol.Response, work: Promise<void>): void {
    work.catch((err: unknown) => {
      this.sendErrorResponse(response, 9, err instanceof Error ? err.message : String(err))
    })
  }

  private async launch(response: DebugProtocol.LaunchResponse, args: LaunchArgs): Promise<void> {
    const prepared = await this.launcher.prepare(args)
    if (typeof prepared === 'string') {
      this.sendErrorResponse(response, 1, prepared)
      this.sendEvent(new TerminatedEvent())
      return
    }
    this.session = prepared.session
    this.file = prepared.file
    this.stepLines = prepared.stepLines
    this.applyBreakpoints(this.pendingBreakpoints)
    this.sendResponse(response)
    // Configuration (breakpoints by line) needs the runbook's step lines: ask for it only now.
    this.sendEvent(new InitializedEvent())
    await this.configurationDone
    const done = this.launcher.run((text) => this.sendEvent(new OutputEvent(text, 'stdout')))
    void this.follow(prepared.session, done)
  }

  private async follow(session: DebugSession, done: Promise<string[]>): Promise<void> {
    for (;;) {
      const event = await session.nextEvent()
      if (event.kind === 'ended') break
      const first = this.stops++ === 0
      const reason = event.why === 'breakpoint' ? 'breakpoint' : first ? 'entry' : 'step'
      const stopped: DebugProtocol.StoppedEvent = new StoppedEvent(reason, THREAD)
      stopped.body.description = `before step '${session.current?.step.id ?? ''}' (${event.why})`
      this.sendEvent(stopped)
    }
    const closing = await done
    if (closing.length > 0) this.sendEvent(new OutputEvent(`${closing.join('\n')}\n`, 'console'))
    this.sendEvent(new TerminatedEvent())
  }

  protected override setBreakPointsRequest(
    response: DebugProtocol.SetBreakpointsResponse,
    args: DebugProtocol.SetBreakpointsArguments
  ): void {
    const lines = (args.breakpoints ?? []).map((b) => b.line)
    if (this.session === undefined) this.pendingBreakpoints = lines
    const set = this.applyBreakpoints(lines)
    response.body = {
      breakpoints: lines.map((line, i) => {
        const index = set[i]
        return index === undefined
          ? { verified: false, line, message: 'not inside a step' }
          : { verified: true, line: this.stepLines[index] ?? line }
      })
    }
    this.sendResponse(response)
  }

  /** Breakpoints by line become breakpoints on the step whose YAML holds that line. */
  private applyBreakpoints(lines: number[]): (number | undefined)[] {
    const session = this.session
    const indexes = lines.map((line) => {
      let found: number | undefined
      this.stepLines.forEach((start, i) => {
        if (start <= line) found = i
      })
      return found
    })
    if (session !== undefined) {
      session.breakpoints.clear()
      for (const i of indexes)
        if (i !== undefined) session.breakpoints.add(session.stepIds()[i] ?? '')
    }
    return indexes
  }

  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    response.body = { threads: [new Thread(THREAD, 'run')] }
    this.sendResponse(response)
  }

  protected override stackTraceRequest(response: DebugProtocol.StackTraceResponse): void {
    const cur = this.session?.current
    const frames =
      cur === undefined
        ? []
        : [
            new StackFrame(
              0,
              `${cur.step.id} (${cur.step.type}, step ${cur.index + 1}/${cur.state.steps_total})`,
              new Source(this.file.split('/').at(-1) ?? this.file, this.file),
              this.stepLines[cur.index] ?? 1
            )
          ]
    response.body = { stackFrames: frames, totalFrames: frames.length }
    this.sendResponse(response)
  }

  protected override scopesRequest(response: DebugProtocol.ScopesResponse): void {
    response.body = { scopes: SCOPES.map((name, i) => new Scope(name, i + 1, false)) }
    this.sendResponse(response)
  }

  protected override variablesRequest(
    response: DebugProtocol.VariablesResponse,
    args: DebugProtocol.VariablesArguments
  ): void {
    const pairs = this.scopeValues(SCOPES[args.variablesReference - 1])
    response.body = {
      variables: pairs.map(([name, value]) => ({ name, value, variablesReference: 0 }))
    }
    this.sendResponse(response)
  }

  private scopeValues(scope: (typeof SCOPES)[number] | undefined): [string, string][] {
    const session = this.session
    const state = session?.current?.state ?? session?.lastState
    if (session === undefined || state === undefined) return []
    if (scope === 'vars') return Object.entries(state.vars)
    if (scope === 'captures') return Object.entries(state.captures.toObject())
    const cur = session.current
    if (cur === undefined || cur.step.type !== 'manual') return []
    const req = manualRequirements(cur.step, cur.deps.runbook.meta.governance)
    const collected = withQueued(cur.state.collected, req, session.queued.get(cur.step.id))
    const out: [string, string][] = req.evidence.map((e) => {
      const rec = collected.evidence[e.name]
      const value =
        rec === undefined
          ? '(missing)'
          : e.kind === 'text'
            ? '(given; shown redacted in the trace)'
            : e.kind === 'checklist'
              ? `ticked: ${(rec.items ?? []).join('; ') || 'none'}`
              : `file: ${rec.file ?? ''}`
      return [`${e.name} (${e.kind})`, value]
    })
    if (req.approvals !== undefined)
      out.push([
        'approvals',
        `${collected.approvals.map((a) => a.approver).join(', ') || 'none'} of ${req.approvals.min}`
      ])
    return out
  }

  protected override nextRequest(response: DebugProtocol.NextResponse): void {
    this.guard(response, this.command(response, 'next'))
  }

  protected override continueRequest(response: DebugProtocol.ContinueResponse): void {
    this.guard(response, this.command(response, 'continue'))
  }

  protected override stepInRequest(response: DebugProtocol.StepInResponse): void {
    this.guard(response, this.command(response, 'next'))
  }

  private async command(response: DebugProtocol.Response, line: string): Promise<void> {
    const reply = await this.execute(line, true)
    if (reply.resumed === true) this.sendResponse(response)
    else this.sendErrorResponse(response, 2, reply.lines.join('\n') || `${line}: not done`)
  }

  private async execute(line: string, mayChange: boolean): Promise<Reply> {
    const session = this.session
    if (session === undefined) return { lines: ['the run has not been launched'], error: true }
    const ask = this.ask
    if (ask !== undefined && mayChange) {
      this.ask = undefined
      return this.resumed(ask.answer(line))
    }
    const reply = await session.execute(line, mayChange)
    if (reply.ask !== undefined) {
      this.ask = reply.ask
      return {
        lines: [...reply.lines, `${reply.ask.prompt.trim()} (type it in the Debug Console)`],
        error: true
      }
    }
    return this.resumed(reply)
  }

  private resumed(reply: Reply): Reply {
    if (reply.resumed === true) this.sendEvent(new ContinuedEvent(THREAD))
    return reply
  }

  protected override evaluateRequest(
    response: DebugProtocol.EvaluateResponse,
    args: DebugProtocol.EvaluateArguments
  ): void {
    this.guard(response, this.evaluate(response, args))
  }

  private async evaluate(
    response: DebugProtocol.EvaluateResponse,
    args: DebugProtocol.EvaluateArguments
  ): Promise<void> {
    const reply = await this.execute(args.expression, args.context === 'repl')
    if (reply.error === true && args.context !== 'repl') {
      this.sendErrorResponse(response, 3, reply.lines.join('\n'))
      return
    }
    response.body = { result: reply.lines.join('\n'), variablesReference: 0 }
    this.sendResponse(response)
  }

  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse): void {
    if (this.session?.current !== undefined) this.session.quit()
    this.sendResponse(response)
  }
}
