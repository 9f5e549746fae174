// Record mode (`runbook exec --record OUT.yaml`): wrappers around the real cli and manual providers
// that keep what each cli step did - argv, stdin, exit code, stdout, stderr - and who confirmed a
// destructive step, all passed through the runbook's redaction first. Unlike cli-replay's
// recorder, no secret reaches the recording: an argv element that redaction changes is written as
// {{ .any }}, and a stdin it changes is left out of the match.
import type { ResolvedCommand } from '../../engine/ports.js'
import type {
  CliExecution,
  CliOutcome,
  CliProvider,
  Confirmation,
  ConfirmRequest,
  ConfirmUnavailable,
  ManualProvider,
  ManualRequest,
  ManualSubmission,
  OutputCollectorLike
} from '../../engine/providers.js'
import type { CollectedOutput } from '../../engine/ports.js'

/** One recorded cli step execution, already redacted. */
export interface RecordedCall {
  step_id: string
  step_index: number
  attempt: number
  /** For match.argv: elements redaction changed are `{{ .any }}`. */
  argv: string[]
  /** For match.stdin; absent when the step had none or redaction changed it. */
  stdin?: string
  exit: number
  stdout: string
  stderr: string
}

export class Recorder {
  readonly calls: RecordedCall[] = []
  /** Cli steps confirmed (two-step confirmation), and by whom. */
  readonly confirmations: { step_id: string; by: string }[] = []
  /** Executions that cannot be replayed (killed, timed out, not started), with the reason. */
  readonly skipped: { step_id: string; reason: string }[] = []

  constructor(readonly redact: (text: string) => string) {}

  /** Wraps the real cli provider: everything it runs is recorded. */
  cli(inner: CliProvider): CliProvider {
    return new RecordingCliProvider(inner, this)
  }

  /** Wraps the real manual provider: confirmations it gives are recorded. */
  manual(inner: ManualProvider): ManualProvider {
    return {
      collect: (req: ManualRequest): Promise<ManualSubmission> => inner.collect(req),
      confirm: async (
        req: ConfirmRequest
      ): Promise<Confirmation | ConfirmUnavailable | undefined> => {
        const given = await inner.confirm(req)
        if (given !== undefined && 'by' in given)
          this.confirmations.push({ step_id: req.step.id, by: given.by })
        return given
      },
      close: () => inner.close?.()
    }
  }
}

class RecordingCliProvider implements CliProvider {
  readonly mode: CliProvider['mode']

  constructor(
    private readonly inner: CliProvider,
    private readonly recorder: Recorder
  ) {
    this.mode = inner.mode
  }

  validate(step: Parameters<CliProvider['validate']>[0]): string[] {
    return this.inner.validate(step)
  }

  resolve(argv0: string, cwd: string, pathEnv: string): Promise<ResolvedCommand> {
    return this.inner.resolve(argv0, cwd, pathEnv)
  }

  finish(): Promise<string[]> {
    return this.inner.finish?.() ?? Promise.resolve([])
  }

  async execute(exec: CliExecution): Promise<CliOutcome> {
    const stdout = new Tee(exec.stdout)
    const stderr = new Tee(exec.stderr)
    const outcome = await this.inner.execute({ ...exec, stdout, stderr })
    const { redact } = this.recorder
    if (
      outcome.error !== undefined ||
      outcome.cancelled ||
      outcome.timedOut ||
      outcome.exitCode === null
    ) {
      const why =
        outcome.error?.message ??
        (outcome.cancelled
          ? 'interrupted'
          : outcome.timedOut
            ? 'timed out'
            : `killed by signal ${outcome.signal ?? '?'}`)
      this.recorder.skipped.push({ step_id: exec.step.id, reason: redact(why) })
      return outcome
    }
    const stdin = exec.rendered.stdin
    this.recorder.calls.push({
      step_id: exec.step.id,
      step_index: exec.index,
      attempt: exec.attempt,
      argv: exec.rendered.argv.map((a) => (redact(a) === a ? a : '{{ .any }}')),
      ...(stdin === undefined || stdin === '' || redact(stdin) !== stdin ? {} : { stdin }),
      exit: outcome.exitCode,
      stdout: redact(stdout.text()),
      stderr: redact(stderr.text())
    })
    return outcome
  }
}

/** Passes chunks on to the engine's collector and keeps a copy. */
class Tee implements OutputCollectorLike {
  private readonly chunks: Buffer[] = []

  constructor(private readonly inner: OutputCollectorLike) {}

  push(chunk: Buffer): void | Promise<void> {
    this.chunks.push(Buffer.from(chunk))
    return this.inner.push(chunk)
  }

  end(): Promise<CollectedOutput> {
    return this.inner.end()
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8')
  }
}
