// The terminal prompter: readline on the real stdin/stdout. Only used when both are terminals.
import { createInterface } from 'node:readline/promises'
import type { Prompter } from '../engine/ports.js'

/**
 * Prompts on the process terminal; end of input, or close(), answers with an empty line (the item
 * stays missing and the run pauses). Ctrl-C typed at a prompt calls `onInterrupt`.
 */
export function terminalPrompter(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  onInterrupt?: () => void
): Prompter & { close(): void } {
  const rl = createInterface({ input, output, terminal: true })
  // Without a listener, readline would only pause its input on Ctrl-C: the prompt would wait forever.
  if (onInterrupt !== undefined) rl.on('SIGINT', onInterrupt)
  let closed = false
  // Node 20's question() never settles when the interface closes under it: race the close.
  const ended = new Promise<string>((resolve) =>
    rl.once('close', () => {
      closed = true
      resolve('')
    })
  )
  return {
    async ask(message: string): Promise<string> {
      if (closed) return ''
      return Promise.race([rl.question(message).catch(() => ''), ended])
    },
    say(text: string): void {
      output.write(`${text}\n`)
    },
    close(): void {
      rl.close()
    }
  }
}
