// Registration of `runbook test` (flags documented in README.md and docs/TESTING.md).
import type { Command } from 'commander'
import { Option } from 'commander'
import { COVERAGE_FORMATS, TEST_REPORT_FORMATS } from './commands/test-formats.js'
import type { TestOptions } from './commands/test.js'
import type { CliIo } from './io.js'

const collect = (value: string, previous: string[]): string[] => [...previous, value]

/** Adds `test` to the program. */
export function registerTestCommand(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void
): void {
  program
    .command('test')
    .description(
      "Replay every scenario of the runbooks under PATH (NAME.scenario.yaml, NAME.scenarios/*.yaml, gert's scenarios/NAME/CASE/) and check its expectations (X.test.yaml). Exit 0 all passed, 1 a scenario failed or coverage is too low, 3 invalid input."
    )
    .argument('<path...>', 'runbook files, or directories to search for runbooks')
    .option(
      '--var <name=value>',
      'set a var in every scenario (repeatable; overrides inputs.yaml)',
      collect,
      []
    )
    .option('--runs-dir <dir>', 'where run directories go', '.runbook/runs')
    .option('--as <name>', 'who the runs are recorded as')
    .option('--require-scenarios', 'a runbook with no scenario is an error, not a warning', false)
    .option('--coverage', 'print steps and assertions exercised, per runbook', false)
    .option('--coverage-file <file>', 'also write the coverage to a file')
    .addOption(
      new Option('--coverage-format <format>', 'format of --coverage-file')
        .choices([...COVERAGE_FORMATS])
        .default('lcov')
    )
    .option('--min-coverage <percent>', 'fail (exit 1) when a runbook is covered below this')
    .addOption(new Option('--report <format>', 'write a report').choices([...TEST_REPORT_FORMATS]))
    .option('--report-file <file>', 'where the report goes (default stdout)')
    .option('--jobs <n>', 'worker processes (default: one per core when there are many scenarios)')
    .action(async (paths: string[], opts: TestOptions) => {
      setExit(await (await import('./commands/test.js')).testCommand(paths, opts, io))
    })
}
