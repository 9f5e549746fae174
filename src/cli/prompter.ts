// The terminal prompter: readline on the real stdin/stdout. Only used when both are terminals.
import { createInterface } from 'node:readline/promises'
import type { Prompter } from '../engine/ports.js'

/** Prompts on the process terminal; end of input answers with an empty line. */
export function terminalPrompter(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream
): Prompter & { close(): void } {
  const rl = createInterface({ input, output, terminal: true })
  let closed = false
  rl.on('close', () => {
    closed = true
  })
  return {
    async ask(message: string): Promise<string> {
      if (closed) return ''
      try {
        return await rl.question(message)
      } catch {
        return ''
      }
    },
    say(text: string): void {
      output.write(`${text}\n`)
    },
    close(): void {
      rl.close()
    }
  }
}
