// Runs the CLI in-process with captured output, as a user without a terminal would see it.
import { runCli } from '../../src/cli/program.js'
import type { CliIo } from '../../src/cli/io.js'
import { ROOT } from './fixtures.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export async function cli(
  args: string[],
  opts: Partial<Omit<CliIo, 'stdout' | 'stderr'>> = {}
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: opts.env ?? { NO_COLOR: '1' },
    cwd: opts.cwd ?? ROOT,
    interactive: opts.interactive ?? false,
    ...(opts.stdin === undefined ? {} : { stdin: opts.stdin }),
    ...(opts.signals === undefined ? {} : { signals: opts.signals })
  }
  const code = await runCli(args, io)
  return { code, stdout, stderr }
}
