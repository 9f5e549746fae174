// `runbook test` for every face: discovery, replay of each scenario, expectations, coverage and
// reports. The CLI prints them; the Action annotates and summarises them.
export { runTests, AUTO_MIN_SCENARIOS } from './run-tests.js'
export type { RunbookTest, TestRun, TestSettings } from './run-tests.js'
export type {
  ScenarioResult,
  TestFailure,
  AssertionSeen,
  GuardSeen,
  OutcomeSeen
} from './result.js'
export { coverageOf, lcov } from './coverage.js'
export type {
  RunbookCoverage,
  StepCoverage,
  AssertionCoverage,
  GuardCoverage,
  OutcomeCoverage
} from './coverage.js'
export {
  closingLine,
  coverageJson,
  coverageText,
  jsonReport,
  junitReport,
  scenarioText,
  tally,
  textReport
} from './report.js'
export type { Tally } from './report.js'
export { findRunbooks, scenariosOf, runbookName, shown, byPath } from './discover.js'
export type { RunbookFiles, ScenarioFiles } from './discover.js'
export { parseExpectations, parseInputs, RUNBOOK_TEST_SCHEMA } from './expectations.js'
export { serveWorker } from './pool.js'
export type { WorkerSpawn } from './pool.js'
