// The terminal face of the debugger: reads commands (a terminal with completion and history, or
// any other stdin line by line, so it can be scripted), prints replies, and waits while the
// engine runs. End of input and Ctrl-C at the prompt pause the run, as `quit` does.
import { createInterface } from 'node:readline'
import type { Interface } from 'node:readline'
import { complete } from './completion.js'
import { appendHistory, loadHistory } from './history-file.js'
import type { DebugSession, Reply } from './session.js'

export interface ReplIo {
  input: NodeJS.ReadableStream
  output: { write(chunk: string): unknown }
  /** A terminal (its output stream): prompts, completion and line editing; else lines are echoed. */
  terminal: NodeJS.WritableStream | undefined
  /** Colours for errors and stops (identity when NO_COLOR or not a terminal). */
  style: { red(s: string): string; bold(s: string): string; dim(s: string): string }
  historyFile?: string
  redact(text: string): string
  /** Stops the running step (Ctrl-C while a step runs): the run pauses. */
  interrupt(): void
}

/** Runs the REPL until the run ends or pauses; resolves then. */
export async function runRepl(session: DebugSession, io: ReplIo): Promise<void> {
  const lines = lineReader(session, io)
  try {
    for (;;) {
      const event = await session.nextEvent()
      if (event.kind === 'ended') return
      await showStop(session, io, event.why)
      for (;;) {
        const step = session.current?.step.id ?? ''
        const line = await lines.read(`(debug ${step}) `)
        let reply = line === undefined ? session.quit() : await session.execute(line)
        if (line !== undefined && io.historyFile !== undefined)
          appendHistory(io.historyFile, line, (t) => io.redact(t))
        print(io, reply)
        while (reply.ask !== undefined) {
          const answer = await lines.read(reply.ask.prompt)
          reply = answer === undefined ? session.quit() : reply.ask.answer(answer)
          print(io, reply)
        }
        if (reply.resumed === true) break
      }
    }
  } finally {
    lines.close()
  }
}

async function showStop(session: DebugSession, io: ReplIo, why: string): Promise<void> {
  const cur = session.current
  if (cur === undefined) return
  if (why === 'snapshot written') {
    io.output.write(`snapshot written: ${session.lastSnapshot ?? '?'}\n`)
    return
  }
  const reason = why === 'step' ? '' : ` (${why})`
  io.output.write(
    `${io.style.bold(`stopped before step ${cur.index + 1}/${cur.state.steps_total} '${cur.step.id}'`)}${reason}\n`
  )
  const shown = await session.execute('print step', false)
  print(io, shown)
}

function print(io: ReplIo, reply: Reply): void {
  for (const l of reply.lines) io.output.write(`${reply.error === true ? io.style.red(l) : l}\n`)
}

interface LineReader {
  read(prompt: string): Promise<string | undefined>
  close(): void
}

/** Lines from the input; undefined at its end. */
function lineReader(session: DebugSession, io: ReplIo): LineReader {
  const rl: Interface = createInterface({
    input: io.input,
    ...(io.terminal !== undefined
      ? {
          output: io.terminal,
          terminal: true,
          completer: (line: string) => complete(session, line),
          history: io.historyFile === undefined ? [] : loadHistory(io.historyFile).reverse(),
          historySize: 1000
        }
      : { terminal: false })
  })
  const queue: string[] = []
  let ended = false
  let waiting: ((line: string | undefined) => void) | undefined
  const deliver = (line: string | undefined) => {
    const w = waiting
    waiting = undefined
    if (w !== undefined) w(line)
    else if (line !== undefined) queue.push(line)
  }
  rl.on('line', (line) => deliver(line))
  rl.on('close', () => {
    ended = true
    deliver(undefined)
  })
  rl.on('SIGINT', () => {
    if (waiting !== undefined) {
      io.output.write('^C\n')
      deliver('quit')
    } else io.interrupt()
  })
  return {
    read(prompt) {
      const next = queue.shift()
      if (io.terminal === undefined) {
        if (next !== undefined) io.output.write(`${prompt}${next}\n`)
        else if (ended) return Promise.resolve(undefined)
        if (next !== undefined) return Promise.resolve(next)
        return new Promise((resolve) => {
          waiting = (line) => {
            if (line !== undefined) io.output.write(`${prompt}${line}\n`)
            resolve(line)
          }
        })
      }
      if (next !== undefined) return Promise.resolve(next)
      if (ended) return Promise.resolve(undefined)
      rl.setPrompt(prompt)
      rl.prompt()
      return new Promise((resolve) => (waiting = resolve))
    },
    close: () => rl.close()
  }
}
