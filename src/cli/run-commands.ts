// Registration of the run commands: exec, resume and verify (flags documented in README.md).
import type { Command } from 'commander'
import { Option } from 'commander'
import { REPLAY_REPORT_FORMATS } from '../providers/replay/report-formats.js'
import type { DebugOptions } from './commands/debug.js'
import type { ExecOptions } from './commands/exec.js'
import type { ResumeOptions } from './commands/resume.js'
import type { VerifyOptions } from './commands/verify.js'
import type { CliIo } from './io.js'

const collect = (value: string, previous: string[]): string[] => [...previous, value]

/** The replay options exec and resume share. */
function withReplayOptions(command: Command, scenarioHelp: string): Command {
  return command
    .option('--scenario <file>', scenarioHelp)
    .option('--no-delay', "replay: skip the scenario's response delays")
    .addOption(
      new Option('--report <format>', 'replay: write a report').choices([...REPLAY_REPORT_FORMATS])
    )
    .option('--report-file <file>', 'replay: where the report goes (default stdout)')
}

/** Adds exec, resume and verify to the program. */
export function registerRunCommands(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void
): void {
  const exec = program
    .command('exec')
    .description(
      'Run a runbook (real mode), replay it against a scenario, or print its plan (dry-run). Exit 0 passed, 1 step failed, 2 governance refused, 3 invalid input, 5 paused.'
    )
    .argument('<runbook>', 'runbook YAML file')
    .addOption(
      new Option(
        '--mode <mode>',
        'real runs commands; replay answers them from --scenario; dry-run only prints the plan'
      )
        .choices(['real', 'replay', 'dry-run'])
        .default('real')
    )
    .option(
      '--var <name=value>',
      'set a var (repeatable); overrides meta.vars and the environment',
      collect,
      []
    )
    .option(
      '--as <name>',
      'who runs (and approves): default $RUNBOOK_ACTOR, $GITHUB_ACTOR or $USER'
    )
    .option('--role <role>', 'your role, for approvals that need one')
    .option('--runs-dir <dir>', 'where run directories go', '.runbook/runs')
    .option(
      '--evidence-file <file>',
      'evidence and approvals for manual steps, given in advance (replay: instead of SCENARIO.evidence.yaml)'
    )
    .option(
      '--resume <run-id>',
      'continue a paused or crashed run instead of starting one (same as runbook resume)'
    )
    .option('--json', 'stream the trace events as JSON lines instead of progress', false)
    .addOption(quietOption())
    .addOption(verboseOption())
    .option(
      '--record <file>',
      'real mode: also write a cli-replay scenario of this run (and FILE.evidence.yaml), redacted'
    )
  withReplayOptions(exec, 'replay: the cli-replay scenario.yaml that answers the cli steps').action(
    async (file: string, opts: ExecOptions & { resume?: string }) => {
      if (opts.resume !== undefined) {
        setExit(
          await (
            await import('./commands/resume.js')
          ).resumeCommand(
            opts.resume,
            { ...opts, evidence: [], check: [], attach: [], choose: [], approve: false },
            io
          )
        )
        return
      }
      setExit(await (await import('./commands/exec.js')).execCommand(file, opts, io))
    }
  )

  const resume = program
    .command('resume')
    .description(
      'Continue a paused or crashed run, with the evidence, approvals or confirmation it waits for. Exit 4 when it cannot be resumed.'
    )
    .argument('<run-id>', 'the run id, e.g. 20261122T153042-a7f3')
    .option('--runs-dir <dir>', 'where run directories are', '.runbook/runs')
    .option('--evidence <name=value>', 'text evidence (repeatable)', collect, [])
    .option('--check <name=item>', 'tick a checklist item (repeatable)', collect, [])
    .option('--attach <name=path>', 'attach a file as evidence (repeatable)', collect, [])
    .option('--choose <name=option>', 'pick an option of a choice (repeatable)', collect, [])
    .option('--approve', 'approve the waiting step (or confirm a destructive one) as --as', false)
    .option(
      '--as <name>',
      'who resumes and approves: default $RUNBOOK_ACTOR, $GITHUB_ACTOR or $USER'
    )
    .option('--role <role>', 'the approver role')
    .option('--evidence-file <file>', 'evidence and approvals in a file (step_id -> name -> item)')
    .option('--var <name=value>', 'give again a var stored redacted (repeatable)', collect, [])
    .option(
      '--cancel <reason>',
      'end the paused run as cancelled (by --as), with this reason, instead of resuming it; exit 0'
    )
    .option('--json', 'stream the trace events as JSON lines', false)
    .addOption(quietOption())
    .addOption(verboseOption())
  withReplayOptions(resume, 'replay runs: the scenario again (it is not stored in the run)').action(
    async (runId: string, opts: ResumeOptions) => {
      setExit(await (await import('./commands/resume.js')).resumeCommand(runId, opts, io))
    }
  )

  program
    .command('verify')
    .description(
      'Check a run directory: hash chain, manifest digests, snapshots, and that every step, assertion, evidence and approval is satisfied. Exit 0 or 1.'
    )
    .argument('<run>', 'a run directory, or a run id under --runs-dir')
    .option('--runs-dir <dir>', 'where run directories are', '.runbook/runs')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')
    )
    .option('--allow-skips', 'accept steps a person skipped (runbook debug: skip)', false)
    .action(async (run: string, opts: VerifyOptions) => {
      setExit(await (await import('./commands/verify.js')).verifyCommand(run, opts, io))
    })

  program
    .command('debug')
    .description(
      'Walk a runbook step by step in a REPL (or serve the Debug Adapter Protocol with --dap), with the governance, trace and snapshots of exec. Exit codes as for exec.'
    )
    .argument('[runbook]', 'runbook YAML file (with --dap, the launch request may name it)')
    .addOption(
      new Option('--mode <mode>', 'real runs commands; replay answers them from --scenario')
        .choices(['real', 'replay'])
        .default('real')
    )
    .option('--scenario <file>', 'replay: the cli-replay scenario.yaml')
    .option('--no-delay', "replay: skip the scenario's response delays")
    .option('--var <name=value>', 'set a var (repeatable)', collect, [])
    .option('--as <name>', 'who debugs (skips and confirmations), and who `approve` approves as')
    .option('--role <role>', 'your role, for `approve`')
    .option('--resume <run-id>', 'debug a paused or crashed run instead of starting one')
    .option('--runs-dir <dir>', 'where run directories go', '.runbook/runs')
    .option('--evidence-file <file>', 'evidence and approvals given in advance, shown at each stop')
    .option(
      '--history-file <file>',
      'the REPL history (default $RUNBOOK_HISTORY or ~/.runbook_history)'
    )
    .option('--dap', 'speak the Debug Adapter Protocol on stdin/stdout instead of a REPL', false)
    .action(async (file: string | undefined, opts: DebugOptions) => {
      setExit(await (await import('./commands/debug.js')).debugCommand(file, opts, io))
    })
}

/** --quiet: no output preview under a step (a failed step still shows its output). */
function quietOption(): Option {
  return new Option('--quiet', 'show no output under passed steps').conflicts('verbose')
}

/** --verbose: all a step's output the run kept (its head and tail past 2 KiB each). */
function verboseOption(): Option {
  return new Option(
    '--verbose',
    "show each step's whole output (redacted), even without a terminal; a terminal shows its last lines by default"
  )
}
