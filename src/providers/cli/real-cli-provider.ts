// The real-mode cli provider: looks commands up like execvp and runs them as real processes,
// streaming their output into the engine's collectors.
import type { CliExecution, CliOutcome, CliProvider } from '../../engine/providers.js'
import type { CommandResolver, ProcessRunner, ResolvedCommand } from '../../engine/ports.js'
import { commandName } from '../../runbook/index.js'

export class RealCliProvider implements CliProvider {
  readonly mode = 'real' as const

  constructor(
    private readonly runner: ProcessRunner,
    private readonly resolver: CommandResolver
  ) {}

  validate(): string[] {
    return []
  }

  resolve(argv0: string, cwd: string, pathEnv: string): Promise<ResolvedCommand> {
    return this.resolver.resolve(argv0, cwd, pathEnv)
  }

  /** Runs the command; the outcome has the same shape whether it succeeded, failed or never started. */
  async execute(exec: CliExecution): Promise<CliOutcome> {
    const outcome = await this.runner.run({
      executable: exec.executable,
      argv: exec.rendered.argv,
      env: exec.env,
      cwd: exec.cwd,
      ...(exec.rendered.stdin === undefined ? {} : { stdin: exec.rendered.stdin }),
      ...(exec.rendered.timeoutMs === undefined ? {} : { timeoutMs: exec.rendered.timeoutMs }),
      signal: exec.signal,
      onStdout: (chunk) => exec.stdout.push(chunk),
      onStderr: (chunk) => exec.stderr.push(chunk)
    })
    const base = {
      exitCode: outcome.exitCode,
      signal: outcome.signal,
      timedOut: outcome.timedOut,
      cancelled: outcome.cancelled,
      durationMs: outcome.durationMs
    }
    if (outcome.spawnError === undefined) return base
    const name = commandName(exec.rendered.argv[0] ?? exec.executable)
    const notFound = outcome.spawnError.code === 'ENOENT' && outcome.spawnError.cwd !== true
    return {
      ...base,
      exitCode: notFound ? 127 : (outcome.exitCode ?? 126),
      error: {
        code: outcome.spawnError.code,
        message: notFound
          ? `command not found: ${name}`
          : `cannot run ${name}: ${outcome.spawnError.message}`
      }
    }
  }
}
