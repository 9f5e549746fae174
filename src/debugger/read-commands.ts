// The commands that only read: print, history, dump and help. They work at a stop and after the
// run has ended, and never record anything.
import type { DebugCommand } from './commands.js'
import { COMMANDS } from './commands.js'
import { dumpState, showCaptures, showHistory, showStep, showVars } from './inspect.js'
import type { DebugSession, Reply } from './session.js'
import { fail } from './session.js'

/** Runs a reading command; undefined when `c` is not one. */
export async function readCommand(
  session: DebugSession,
  c: DebugCommand
): Promise<Reply | undefined> {
  if (c.kind !== 'print' && c.kind !== 'history' && c.kind !== 'dump') return undefined
  const state = session.current?.state ?? session.lastState
  if (state === undefined) return fail('the run has not started yet')
  if (c.kind === 'history') return { lines: showHistory(state, session.history) }
  if (c.kind === 'print' && c.what === 'vars') return { lines: showVars(state) }
  if (c.kind === 'print' && c.what === 'captures') return { lines: showCaptures(state) }
  const deps = session.current?.deps
  if (deps === undefined) return fail('the run is not stopped at a step')
  if (c.kind === 'dump') return { lines: dumpState(deps, state) }
  const found = session.findStep(
    c.kind === 'print' && c.what === 'step' ? c.stepId : undefined,
    deps
  )
  if (typeof found === 'string') return fail(found)
  return {
    lines: await showStep(deps, state, found.step, found.index, session.queued.get(found.step.id))
  }
}

/** `help` or `help COMMAND`. */
export function helpLines(topic: string | undefined): Reply {
  if (topic === undefined) {
    const width = Math.max(...COMMANDS.map((c) => c.usage.length))
    return { lines: COMMANDS.map((c) => `${c.usage.padEnd(width)}  ${c.help}`) }
  }
  const c = COMMANDS.find((x) => x.name === topic)
  if (c === undefined) return fail(`no command '${topic}' (help lists the commands)`)
  return { lines: [`${c.usage}: ${c.help}`] }
}
