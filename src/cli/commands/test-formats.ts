// The formats of `runbook test`, apart from the command so the CLI can list them without loading it.
export const TEST_REPORT_FORMATS = ['text', 'json', 'junit'] as const
export const COVERAGE_FORMATS = ['lcov', 'json'] as const
