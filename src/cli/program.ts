// The `runbook` command line: commander wiring only. Each command lives in commands/ and returns
// its exit code; usage errors exit 3 (invalid input) with commander's message, never a stack trace.
// A command's module is loaded when the command runs: each import() is a chunk of its own in
// dist/cli/, read and compiled only then, so `--version` and `--help` cost little more than
// Node's own start (bench/README.md, cold start). Modules these files import statically are in
// every command's start: import what is needed from its own module, not from a layer's index.
import { Command, CommanderError, Option } from 'commander'
import pkg from '../../package.json' with { type: 'json' }
import type { compileCommand } from './commands/compile.js'
import { ExitCode } from './exit-codes.js'
import type { CliIo } from './io.js'
import { registerRunCommands } from './run-commands.js'
import { registerTestCommand } from './test-command.js'

/** Builds the command tree; each action reports its exit code through `setExit`. */
export function createProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('runbook')
    .description('Governed, executable runbooks: validate, run, replay and verify.')
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s)
    })

  program
    .command('validate')
    .description(
      'Check runbook files: YAML, schema and domain rules. Exit 0 when all are valid, 3 otherwise.'
    )
    .argument('<file...>', 'runbook YAML files')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')
    )
    .option('--strict', 'treat warnings as errors', false)
    .action(async (files: string[], opts: { format: 'text' | 'json'; strict: boolean }) => {
      setExit(await (await import('./commands/validate.js')).validateCommand(files, opts, io))
    })

  program
    .command('convert')
    .description(
      "Print a runbook in gert's tree form as the flat runbook it stands for: steps guarded (when) by their branch conditions, in CEL. Exit 0 ok, 3 invalid input."
    )
    .argument('<file>', 'runbook YAML (tree: or steps:)')
    .option('-o, --out <file>', "flat runbook YAML to write ('-': standard output)")
    .action(async (file: string, opts: { out?: string }) => {
      setExit(await (await import('./commands/convert.js')).convertCommand(file, opts, io))
    })

  registerRunCommands(program, io, setExit)
  registerTestCommand(program, io, setExit)

  program
    .command('compile')
    .description(
      'Compile a Markdown TSG into a runbook and a mapping report. Exit 0 ok, 1 TODOs, 2 unreadable, 3 failed.'
    )
    .argument('<tsg>', 'Markdown troubleshooting guide')
    .option('-o, --out <file>', "runbook YAML to write ('-': standard output)")
    .option('-m, --mapping <file>', 'mapping.md report to write')
    .option('--name <name>', 'meta.name of the runbook (default: from the title)')
    .addOption(
      new Option('--llm <provider>', 'refine with an LLM (off by default)').choices([
        'openai-compatible'
      ])
    )
    .option('--llm-url <url>', 'OpenAI-compatible API base URL (env RUNBOOK_LLM_URL)')
    .option('--llm-model <model>', 'model name (env RUNBOOK_LLM_MODEL)')
    .option('--llm-timeout <seconds>', 'seconds to wait for the LLM', '60')
    .action(async (file: string, opts: Parameters<typeof compileCommand>[1]) => {
      setExit(await (await import('./commands/compile.js')).compileCommand(file, opts, io))
    })

  program
    .command('schema')
    .description('Print the runbook/v0 JSON Schema.')
    .action(async () => {
      setExit((await import('./commands/schema.js')).schemaCommand(io))
    })

  return program
}

/** Runs the CLI with `args` (without the node and script names); resolves to the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.Ok
  const program = createProgram(io, (code) => {
    exitCode = code
  })
  try {
    await program.parseAsync([...args], { from: 'user' })
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? ExitCode.Ok : ExitCode.InvalidInput
    }
    throw err
  }
  return exitCode
}
