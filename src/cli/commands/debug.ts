// `runbook debug RUNBOOK`: a REPL (or, with --dap, a Debug Adapter Protocol server on stdio) on a
// new or resumed run. The run goes through the application layer like exec; this file translates
// flags in and the outcome out.
import { homedir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { Writable } from 'node:stream'
import { actorName } from '../../app/deps.js'
import type { RunOutcome } from '../../app/index.js'
import type { LaunchArgs } from '../../debugger/dap.js'
import { RunbookDapAdapter } from '../../debugger/dap.js'
import type { DebugRequest } from '../../debugger/launch.js'
import { prepareDebug, runDebug } from '../../debugger/launch.js'
import { runRepl } from '../../debugger/repl.js'
import { ExitCode } from '../exit-codes.js'
import type { CliIo } from '../io.js'
import { useColor } from '../io.js'
import { DEFAULT_RUNS_DIR } from '../outcome.js'
import { appIo, reportAppError, reportRun } from '../run-support.js'
import { makeStyle } from '../style.js'

export interface DebugOptions {
  mode: 'real' | 'replay'
  scenario?: string
  delay: boolean
  var: string[]
  as?: string
  role?: string
  resume?: string
  runsDir?: string
  evidenceFile?: string
  dap: boolean
  historyFile?: string
}

/** Runs `runbook debug`; returns the exit code. */
export async function debugCommand(
  file: string | undefined,
  opts: DebugOptions,
  io: CliIo
): Promise<number> {
  if (opts.mode !== 'replay' && opts.scenario !== undefined)
    return usage(io, '--scenario only applies to --mode replay')
  if (file === undefined && opts.resume === undefined && !opts.dap)
    return usage(io, 'debug needs a RUNBOOK, or --resume RUN_ID')
  if (file !== undefined && opts.resume !== undefined)
    return usage(io, 'give a RUNBOOK or --resume RUN_ID, not both')
  const req = request(file, opts, io)
  return opts.dap ? dap(req, opts, io) : repl(req, opts, io)
}

function request(file: string | undefined, opts: DebugOptions, io: CliIo): DebugRequest {
  return {
    ...(file === undefined ? {} : { file }),
    ...(opts.resume === undefined ? {} : { resume: opts.resume }),
    mode: opts.mode,
    ...(opts.scenario === undefined ? {} : { scenario: opts.scenario }),
    delay: opts.delay,
    vars: opts.var,
    ...(opts.as === undefined ? {} : { as: opts.as }),
    actor: actorName(opts.as, io.env),
    ...(opts.role === undefined ? {} : { role: opts.role }),
    runsDir: opts.runsDir ?? DEFAULT_RUNS_DIR,
    ...(opts.evidenceFile === undefined ? {} : { evidenceFile: opts.evidenceFile })
  }
}

async function repl(req: DebugRequest, opts: DebugOptions, io: CliIo): Promise<number> {
  if (io.stdin === undefined) return usage(io, 'debug reads its commands from standard input')
  let prepared: Awaited<ReturnType<typeof prepareDebug>>
  try {
    prepared = await prepareDebug(req, io.cwd)
  } catch (err) {
    return reportAppError(err, io)
  }
  const { session } = prepared
  const running = runDebug(req, prepared, appIo({ ...io, interactive: false }, false)).catch(
    (err: unknown) => err
  )
  const style = makeStyle(useColor(io, io.stdout))
  await runRepl(session, {
    input: io.stdin,
    output: io.stdout,
    terminal: io.interactive ? io.stdoutStream : undefined,
    style,
    historyFile: opts.historyFile ?? io.env.RUNBOOK_HISTORY ?? join(homedir(), '.runbook_history'),
    redact: (t) => session.redact(t),
    // Ctrl-C while a step runs: the terminal is in raw mode, so raise the signal exec would get.
    interrupt: () => process.kill(process.pid, 'SIGINT')
  })
  const outcome = await running
  if (!isOutcome(outcome)) return reportAppError(outcome, io)
  return report(outcome, req, opts, io)
}

function report(outcome: RunOutcome, req: DebugRequest, opts: DebugOptions, io: CliIo): number {
  return reportRun(
    outcome.state,
    outcome.failure,
    outcome.runbook,
    relative(io.cwd, outcome.dir) || '.',
    opts.runsDir,
    io,
    false,
    req.scenario
  )
}

const isOutcome = (x: unknown): x is RunOutcome =>
  typeof x === 'object' && x !== null && 'state' in x && 'dir' in x

/** Serves DAP on stdin/stdout until the client disconnects and the run has stopped. */
async function dap(req: DebugRequest, opts: DebugOptions, io: CliIo): Promise<number> {
  if (io.stdin === undefined) return usage(io, 'debug --dap speaks DAP on standard input')
  let exit: number = ExitCode.Ok
  let finished!: () => void
  const done = new Promise<void>((resolve) => (finished = resolve))
  let request = req
  let prepared: Awaited<ReturnType<typeof prepareDebug>> | undefined
  const adapter = new RunbookDapAdapter({
    prepare: async (args: LaunchArgs) => {
      request = launchRequest(req, args, io)
      if (request.file === undefined && request.resume === undefined)
        return 'launch needs "program" (the runbook) or "resume" (a run id)'
      const errors: string[] = []
      try {
        prepared = await prepareDebug(request, io.cwd)
      } catch (err) {
        const sink = captured(io, errors)
        exit = reportAppError(err, sink)
        return errors.join('').trim()
      }
      const source = prepared.loaded?.source
      const steps = prepared.loaded?.runbook.steps ?? []
      return {
        session: prepared.session,
        file: prepared.loaded === undefined ? '' : resolve(io.cwd, prepared.loaded.file),
        stepLines: steps.map((_, i) => source?.locate(['steps', i]).line ?? 0)
      }
    },
    run: async (out) => {
      const lines: string[] = []
      const sink: CliIo = { ...captured(io, lines), stdout: { write: (s: string) => out(s) } }
      try {
        if (prepared === undefined) return []
        const outcome = await runDebug(request, prepared, appIo(sink, false))
        exit = report(outcome, request, opts, {
          ...sink,
          stdout: { write: (s: string) => lines.push(s) }
        })
      } catch (err) {
        exit = reportAppError(err, sink)
      } finally {
        finished()
      }
      return lines.join('').trimEnd().split('\n')
    }
  })
  const output = new Writable({
    write(chunk: Buffer, _enc, callback) {
      io.stdout.write(chunk.toString('utf8'))
      callback()
    }
  })
  adapter.start(io.stdin, output)
  await Promise.race([done, new Promise<void>((resolve) => adapter.on('disconnected', resolve))])
  await done
  return exit
}

/** A CliIo whose stderr (and stdout) collect into `into`, for messages sent over DAP instead. */
function captured(io: CliIo, into: string[]): CliIo {
  const write = (s: string) => into.push(s)
  return { ...io, stdout: { write }, stderr: { write }, interactive: false }
}

function launchRequest(base: DebugRequest, args: LaunchArgs, io: CliIo): DebugRequest {
  const vars = Object.entries(args.vars ?? {}).map(([k, v]) => `${k}=${v}`)
  return {
    ...base,
    ...(args.program === undefined ? {} : { file: args.program }),
    ...(args.resume === undefined ? {} : { resume: args.resume }),
    ...(args.mode === undefined ? {} : { mode: args.mode }),
    ...(args.scenario === undefined ? {} : { scenario: args.scenario }),
    vars: [...base.vars, ...vars],
    ...(args.as === undefined ? {} : { as: args.as, actor: actorName(args.as, io.env) }),
    ...(args.role === undefined ? {} : { role: args.role }),
    ...(args.runsDir === undefined ? {} : { runsDir: args.runsDir }),
    ...(args.evidenceFile === undefined ? {} : { evidenceFile: args.evidenceFile }),
    stopOnEntry: args.stopOnEntry === true
  }
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`runbook: ${message}\n`)
  return ExitCode.InvalidInput
}
